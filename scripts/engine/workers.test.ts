import { describe, expect, it } from 'vitest';
import { chooseWorkers, LARGE_CORPUS_BYTES } from './workers.ts';

describe('chooseWorkers', () => {
  it('reads a small corpus on this thread and a large one on every core', () => {
    expect(chooseWorkers(null, 5e6, 1000, 2)).toBe(1);
    expect(chooseWorkers(null, LARGE_CORPUS_BYTES, 1000, 2)).toBe(1);
    expect(chooseWorkers(null, 50e6, 1000, 2)).toBe(2);
    expect(chooseWorkers(null, 50e6, 1000, 8)).toBe(8);
  });

  it('takes the number asked for, but never more threads than articles', () => {
    expect(chooseWorkers(3, 1e3, 10, 2)).toBe(3);
    expect(chooseWorkers(4, 50e6, 2, 8)).toBe(2);
    expect(chooseWorkers(0, 50e6, 10, 8)).toBe(1);
  });
});
