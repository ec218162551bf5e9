/** The CLI's disk access: reading a dictionary, and writing outputs so that none is ever half-written. */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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

/**
 * Writes every file to a temporary sibling, flushed to disk, then renames each over its target:
 * a rename within a folder is atomic, so a reader sees the old file or the new one, never a part.
 * On any failure the temporaries are removed and the targets are left as they were.
 */
export function writeAtomically(files: { path: string; text: string }[]): void {
  const temps: string[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const f of files) {
      current = f.path;
      mkdirSync(dirname(f.path), { recursive: true });
      const temp = join(dirname(f.path), `.${basename(f.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      temps.push(temp);
      writeFlushed(temp, f.text);
    }
    files.forEach((f, i) => {
      current = f.path;
      renameSync(temps[i] ?? '', f.path);
    });
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    throw new InputError(current, `cannot write the file (${errorCode(e)})`);
  }
}

function writeFlushed(path: string, text: string): void {
  const fd = openSync(path, 'wx');
  try {
    writeFileSync(fd, text); // loops until every byte is written
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'it does not exist' : (code ?? String(e));
}
