/**
 * Scratch files for evidence text (UTF-8). graph.json lists evidence edge by edge, but articles
 * yield it article by article; keeping it all in memory until the end would cost more than the
 * corpus. With workers, each worker appends its articles' evidence to a scratch file of its own
 * (this thread opens it and hands the worker its descriptor): the bytes never cross to this
 * thread until graph.json is written, so it neither copies nor collects them while the workers run.
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';

/** Appended bytes are written out in blocks of about this size: one system call, not hundreds. */
const BLOCK = 4 << 20;

/** Where a piece of evidence lies: in which scratch file, from which byte. */
export interface Placed {
  spill: number;
  at: number;
}

/** Appends to an open file, a block at a time. */
export interface Appender {
  /** Stores bytes; returns the offset they start at. */
  append(bytes: Uint8Array): number;
  /** Writes out what is still pending: call it before anything reads the file. */
  flush(): void;
}

/** Appends to the file open at `fd` from its start; the file's first reader must wait for flush(). */
export function appender(fd: number): Appender {
  let written = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = (): void => {
    if (!pendingBytes) return;
    const bytes = Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, written + done);
    written += bytes.length;
  };
  return {
    append(bytes) {
      const at = written + pendingBytes;
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= BLOCK) flush();
      return at;
    },
    flush,
  };
}

/** A scratch file: created empty, read back by [offset, length] in bytes, then deleted. */
export interface Spill {
  /** Its descriptor, for an appender on this thread or on a worker. */
  fd: number;
  /** The bytes at [offset, offset + length), which must have been flushed. */
  read(offset: number, length: number): Buffer;
  /** Closes and deletes the file; safe to call twice. */
  dispose(): void;
}

/** Creates the scratch file at `path` (which must not exist). */
export function openSpill(path: string): Spill {
  const fd = openSync(path, 'wx+');
  let open = true;
  return {
    fd,
    read(offset, length) {
      const buf = Buffer.allocUnsafe(length);
      let done = 0;
      while (done < length) {
        const n = readSync(fd, buf, done, length - done, offset + done);
        if (n === 0) throw new Error(`spill file ${path} ends before byte ${offset + length}`);
        done += n;
      }
      return buf;
    },
    dispose() {
      if (!open) return;
      open = false;
      closeSync(fd);
      rmSync(path, { force: true });
    },
  };
}
