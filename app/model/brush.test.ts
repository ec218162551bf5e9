import { describe, expect, it } from 'vitest';
import { dragRange, handleDays, handleLimits, playNext, playStart, stepDay } from './brush.ts';

const SPAN = { min: '2025-10-11', max: '2025-10-30' };

describe('the brush', () => {
  it('turns a drag either way into an ordered range', () => {
    expect(dragRange('2025-10-19', '2025-10-12')).toEqual({ from: '2025-10-12', to: '2025-10-19' });
    expect(dragRange('2025-10-12', '2025-10-19')).toEqual({ from: '2025-10-12', to: '2025-10-19' });
    expect(dragRange('2025-10-15', '2025-10-15')).toEqual({ from: '2025-10-15', to: '2025-10-15' });
  });

  it('stands an open side’s handle at its end of the span', () => {
    expect(handleDays({ from: null, to: null }, SPAN)).toEqual({ from: SPAN.min, to: SPAN.max });
    expect(handleDays({ from: '2025-10-14', to: null }, SPAN)).toEqual({ from: '2025-10-14', to: SPAN.max });
  });

  it('moves a handle by key, a day or a week, never past the span or the other handle', () => {
    const range = { from: '2025-10-14', to: '2025-10-20' };
    const from = handleLimits('from', range, SPAN);
    const to = handleLimits('to', range, SPAN);
    expect(from).toEqual({ lo: SPAN.min, hi: '2025-10-20' });
    expect(to).toEqual({ lo: '2025-10-14', hi: SPAN.max });
    expect(stepDay('2025-10-14', 'ArrowRight', from.lo, from.hi)).toBe('2025-10-15');
    expect(stepDay('2025-10-14', 'ArrowDown', from.lo, from.hi)).toBe('2025-10-13');
    expect(stepDay('2025-10-14', 'PageUp', from.lo, from.hi)).toBe('2025-10-20');
    expect(stepDay('2025-10-14', 'PageDown', from.lo, from.hi)).toBe(SPAN.min);
    expect(stepDay('2025-10-20', 'ArrowRight', from.lo, '2025-10-20')).toBe('2025-10-20');
    expect(stepDay('2025-10-20', 'Home', to.lo, to.hi)).toBe('2025-10-14');
    expect(stepDay('2025-10-20', 'End', to.lo, to.hi)).toBe(SPAN.max);
    expect(stepDay('2025-10-20', 'a', to.lo, to.hi)).toBeUndefined();
  });
});

describe('play', () => {
  it('starts at the first day, or resumes where it paused unless that was the end', () => {
    expect(playStart(null, SPAN.min, SPAN.max)).toBe(SPAN.min);
    expect(playStart('2025-10-20', SPAN.min, SPAN.max)).toBe('2025-10-20');
    expect(playStart(SPAN.max, SPAN.min, SPAN.max)).toBe(SPAN.min);
    expect(playStart('2025-10-01', SPAN.min, SPAN.max)).toBe(SPAN.min);
  });

  it('steps a day at a time and stops at the end', () => {
    expect(playNext('2025-10-29', SPAN.max)).toBe('2025-10-30');
    expect(playNext('2025-10-30', SPAN.max)).toBeNull();
    const days: string[] = [];
    for (let d: string | null = SPAN.min; d !== null; d = playNext(d, SPAN.max)) days.push(d);
    expect(days).toHaveLength(20);
    expect(days.at(-1)).toBe(SPAN.max);
  });
});
