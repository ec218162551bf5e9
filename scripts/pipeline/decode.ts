/** Bytes to stored text: strict UTF-8, BOM dropped, line ends normalised; nothing else changes. */
import { InputError } from './errors.ts';

/** Decodes a file's bytes, or throws an InputError naming the first bad byte and its line. */
export function decodeText(bytes: Uint8Array, file: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new InputError(file, { reason: `binary file (NUL byte at byte ${nul})`, byte: nul, line: lineOf(bytes, nul) });
  }
  let text: string;
  try {
    // The default ignoreBOM: false makes the decoder drop a leading BOM for us.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstBadByte(bytes);
    const hex = (bytes[bad] ?? 0).toString(16).padStart(2, '0');
    throw new InputError(file, {
      reason: `not UTF-8 (byte 0x${hex} at byte ${bad})`,
      byte: bad,
      line: lineOf(bytes, bad),
    });
  }
  return text.replace(/\r\n?/g, '\n');
}

/**
 * The offset of the first byte that makes the input invalid UTF-8. A streaming decode accepts a
 * prefix that stops inside a character, so "prefix k decodes" is monotonic and we can bisect.
 */
function firstBadByte(bytes: Uint8Array): number {
  let ok = 0;
  let bad = bytes.length;
  while (bad - ok > 1) {
    const mid = (ok + bad) >> 1;
    if (decodes(bytes.subarray(0, mid), true)) ok = mid;
    else bad = mid;
  }
  const at = bad - 1;
  if (decodes(bytes.subarray(0, at), false)) return at;
  // The byte cuts an unfinished character short: blame that character's lead byte.
  let lead = at - 1;
  while (lead > 0 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead--;
  return lead;
}

function decodes(bytes: Uint8Array, asPrefix: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: asPrefix });
    return true;
  } catch {
    return false;
  }
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
