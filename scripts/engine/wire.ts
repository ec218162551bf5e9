/** Errors as they cross from a worker to the main thread, which rethrows them as they were. */
import { InputError, type InputErrorDetail } from '../pipeline/errors.ts';

/** An error flattened to plain data. */
export type WireError = { input: true; file: string; detail: InputErrorDetail } | { input: false; stack: string };

/** Flattens an error; an InputError keeps its file and detail, anything else its stack. */
export function toWire(e: unknown): WireError {
  if (e instanceof InputError) return { input: true, file: e.file, detail: e.detail };
  return { input: false, stack: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}

/** The error again: an InputError with the same message, or an Error whose stack is the worker's. */
export function fromWire(w: WireError): Error {
  if (w.input) return new InputError(w.file, w.detail);
  const e = new Error(w.stack.split('\n')[0] ?? 'worker error');
  e.stack = w.stack;
  return e;
}
