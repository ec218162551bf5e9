/**
 * Bytes for links: deflate-raw through the platform's CompressionStream (the browser's and Node's
 * own, no library), base64url without padding, and an inflate that stops at a byte cap, so a
 * small hostile link cannot expand into gigabytes.
 */

const ALPHABET = /^[A-Za-z0-9_-]*$/;

/** Base64url without "=" padding: safe in a fragment as it is. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode(...bytes) overflows the argument limit on large inputs.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of a base64url text, or null when it is not one. */
export function fromBase64Url(text: string): Uint8Array | null {
  // A length of 4n+1 cannot come from any byte string.
  if (!ALPHABET.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * Every byte of `stream`, or 'too-large' as soon as there are more than `cap`; `onBytes` hears
 * the running total after each chunk (the graph's download reports its progress with it).
 */
export async function collect(stream: ReadableStream<Uint8Array>, cap: number, onBytes?: (received: number) => void): Promise<Uint8Array | 'too-large'> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    onBytes?.(total);
    if (total > cap) {
      // Stop the inflater now: the rest is never produced, let alone kept.
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Raw deflate (no zlib header: two bytes shorter, and the link carries its own version). */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const out = await collect(new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw')), Infinity);
  return out as Uint8Array;
}

/** What inflating gave: the bytes, or why not. */
export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; problem: 'corrupt' | 'too-large' };

/** Inflates raw deflate, reading at most `cap` bytes of output; never throws. */
export async function inflate(bytes: Uint8Array, cap: number): Promise<Inflated> {
  try {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    const out = await collect(stream, cap);
    return out === 'too-large' ? { ok: false, problem: out } : { ok: true, bytes: out };
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
}
