/** The CLI's disk access: reading a dictionary. */
import { readFileSync } from 'node:fs';
import { decodeText } from '../pipeline/decode.ts';
import type { TextFile } from '../pipeline/dictionaries.ts';
import { InputError } from '../pipeline/errors.ts';

/** Reads a UTF-8 text file (BOM dropped, line ends normalised) or throws an InputError naming it. */
export function readText(path: string): TextFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new InputError(path, `cannot read the file (${errorCode(e)})`);
  }
  return { file: path, text: decodeText(bytes, path) };
}

function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'it does not exist' : (code ?? String(e));
}
