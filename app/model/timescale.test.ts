import { describe, expect, it } from 'vitest';
import { axisTicks, dayNumber, dayUnder, timeScale, xOf } from './timescale.ts';

describe('the timeline scale', () => {
  const scale = timeScale({ min: '2025-10-11', max: '2025-10-30' }, 20, 400);

  it('gives every day of the span an equal cell', () => {
    expect(scale.days).toBe(20);
    expect(scale.cell).toBe(20);
    expect(xOf(scale, '2025-10-11')).toBe(20);
    expect(xOf(scale, '2025-10-12')).toBe(40);
    expect(xOf(scale, '2025-10-31')).toBe(420);
    expect(dayNumber(scale, '2025-10-30')).toBe(19);
  });

  it('finds the day under a point, clamped to the span', () => {
    expect(dayUnder(scale, 20)).toBe('2025-10-11');
    expect(dayUnder(scale, 39.9)).toBe('2025-10-11');
    expect(dayUnder(scale, 40)).toBe('2025-10-12');
    expect(dayUnder(scale, -500)).toBe('2025-10-11');
    expect(dayUnder(scale, 5000)).toBe('2025-10-30');
  });

  it('makes a one-day span one wide cell', () => {
    const one = timeScale({ min: '2025-10-30', max: '2025-10-30' }, 0, 300);
    expect([one.days, one.cell]).toEqual([1, 300]);
    expect(dayUnder(one, 299)).toBe('2025-10-30');
  });

  it('spaces labelled ticks at least the gap apart: days, weeks, then months', () => {
    expect(axisTicks(scale, 56).map((t) => t.label)).toEqual(['11 Oct', '18 Oct', '25 Oct']);
    expect(axisTicks(scale, 40).map((t) => t.day)).toEqual(['2025-10-11', '2025-10-13', '2025-10-15', '2025-10-17', '2025-10-19', '2025-10-21',
      '2025-10-23', '2025-10-25', '2025-10-27', '2025-10-29']);
    expect(axisTicks(scale, 20)).toHaveLength(20);
    const year = timeScale({ min: '2025-01-01', max: '2025-12-31' }, 0, 730);
    const ticks = axisTicks(year, 56);
    expect(ticks.every((t) => t.day.endsWith('-01'))).toBe(true);
    expect(ticks[0]!.label).toMatch(/^[A-Z][a-z]{2} 2025$/);
    const gaps = ticks.slice(1).map((t, i) => xOf(year, t.day) - xOf(year, ticks[i]!.day));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(56);
  });
});
