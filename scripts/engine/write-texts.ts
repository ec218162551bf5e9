/** graph.articles.json written entry by entry, byte for byte what JSON.stringify(texts, null, 2) makes. */
import type { Staged } from './output.ts';

/**
 * True for the keys a JS object lists before all others, in numeric order, whatever the order
 * they were added in: array indexes, "0" to "4294967294" written without leading zeros.
 */
export function isArrayIndex(key: string): boolean {
  return /^(0|[1-9][0-9]{0,9})$/.test(key) && Number(key) <= 4294967294;
}

/** The order JSON.stringify lists an object's keys in, given the order they were added in. */
export function jsonKeyOrder(keys: string[]): string[] {
  const indexes = keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
  return [...indexes, ...keys.filter((k) => !isArrayIndex(k))];
}

/**
 * Writes `{ "id": "text", … }` one entry at a time; the caller adds them in jsonKeyOrder. A text
 * comes as a string, or as `JSON.stringify(text)` already encoded (a worker's digest carries it so).
 */
export function textsWriter(out: Staged): { add(id: string, text: string | Uint8Array): void; end(): void } {
  let first = true;
  return {
    add(id, text) {
      out.write(`${first ? '{\n' : ',\n'}  ${JSON.stringify(id)}: `);
      if (typeof text === 'string') out.write(JSON.stringify(text));
      else out.writeBytes(text);
      first = false;
    },
    end() {
      out.write(first ? '{}\n' : '\n}\n');
    },
  };
}
