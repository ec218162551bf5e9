/**
 * A scratch file for evidence text (UTF-8). graph.json lists evidence edge by edge, but articles yield it
 * article by article; keeping it all in memory until the end would cost more than the corpus.
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';

/** Appended bytes are written out in blocks of about this size: one system call, not hundreds. */
const BLOCK = 4 << 20;

/** Append-only text storage on disk, read back by [offset, length] in bytes. */
export interface Spill {
  /** Stores bytes; returns the offset they start at. */
  append(bytes: Uint8Array): number;
  /** The bytes at [offset, offset + length). */
  read(offset: number, length: number): Buffer;
  /** Closes and deletes the file; safe to call twice. */
  dispose(): void;
}

/** Creates the scratch file at `path` (which must not exist). */
export function openSpill(path: string): Spill {
  const fd = openSync(path, 'wx+');
  let written = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let open = true;
  const flush = (): void => {
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
    read(offset, length) {
      if (offset + length > written) flush();
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
