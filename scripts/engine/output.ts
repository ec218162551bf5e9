/**
 * Output files written piece by piece to a temporary sibling, then renamed over their targets:
 * a rename within a folder is atomic, so a reader sees the old file or the new one, never a part.
 * On any failure the temporaries are removed and the targets are left as they were.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../pipeline/errors.ts';

/** Pending text is written out in pieces of about this many characters or bytes. */
const FLUSH_AT = 1 << 20;

/** An output file being written. */
export interface Staged {
  path: string;
  temp: string;
  write(text: string): void;
  writeBytes(bytes: Uint8Array): void;
}

interface Internal extends Staged {
  /** Writes what is pending and waits until the disk has it. */
  sync(): void;
  close(): void;
}

/** A temporary sibling of `path`, named so that it cannot clash with another run's. */
export function tempSibling(path: string, ext = 'tmp'): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.${ext}`);
}

/** Opens a temporary file for `path`, creating its folder; throws an InputError naming `path`. */
export function stage(path: string): Staged {
  const temp = tempSibling(path);
  const fd = guard(path, () => {
    mkdirSync(dirname(path), { recursive: true });
    return openSync(temp, 'wx');
  });
  let pending: (string | Uint8Array)[] = [];
  let size = 0;
  let open = true;
  const file: Internal & { flush(): void } = {
    path,
    temp,
    flush() {
      if (!pending.length) return;
      const bytes = Buffer.concat(pending.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
      pending = [];
      size = 0;
      guard(path, () => writeAll(fd, bytes));
    },
    write(text) {
      pending.push(text);
      size += text.length;
      if (size >= FLUSH_AT) file.flush();
    },
    writeBytes(bytes) {
      pending.push(bytes);
      size += bytes.length;
      if (size >= FLUSH_AT) file.flush();
    },
    sync() {
      file.flush();
      guard(path, () => fsyncSync(fd));
    },
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
  return file;
}

/** Flushes every file to disk, then renames each over its target, in order. */
export function commit(files: Staged[]): void {
  for (const f of files as Internal[]) f.sync();
  for (const f of files as Internal[]) {
    f.close();
    guard(f.path, () => renameSync(f.temp, f.path));
  }
}

/** Closes and removes the temporaries; the targets stay as they were. */
export function discard(files: Staged[]): void {
  for (const f of files as Internal[]) {
    try {
      f.close();
    } catch {
      // already closed or never opened: only the file itself matters
    }
    rmSync(f.temp, { force: true });
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** Runs `act`, which writes for `path`; any failure becomes an InputError naming `path`. */
export function guard<T>(path: string, act: () => T): T {
  try {
    return act();
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(path, `cannot write the file (${errorCode(e)})`);
  }
}

function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'it does not exist' : (code ?? String(e));
}
