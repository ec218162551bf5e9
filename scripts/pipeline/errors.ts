/** Errors in the user's input: the CLI prints them as one line naming the file, and exits 1. */

/** Where in a file the problem is; every field is optional because not every check can say. */
export interface InputErrorDetail {
  /** What is wrong, without the file name. */
  reason: string;
  /** 1-based line, where the problem has one. */
  line?: number;
  /** 1-based column, for text files. */
  column?: number;
  /** 0-based byte offset, for encoding problems. */
  byte?: number;
  /** JSON path ("actors[2].aliases[0]"), for dictionary files. */
  path?: string;
}

/** Bad input (a missing folder, a binary article, a malformed dictionary): never a bug. */
export class InputError extends Error {
  readonly file: string;
  readonly detail: InputErrorDetail;

  constructor(file: string, detail: InputErrorDetail | string) {
    const d = typeof detail === 'string' ? { reason: detail } : detail;
    super(`${file}: ${where(d)}${d.reason}`);
    this.name = 'InputError';
    this.file = file;
    this.detail = d;
  }
}

function where(d: InputErrorDetail): string {
  if (d.path !== undefined) return `${d.path || '(top level)'}: `;
  if (d.line === undefined) return '';
  return d.column === undefined ? `line ${d.line}: ` : `line ${d.line}, column ${d.column}: `;
}
