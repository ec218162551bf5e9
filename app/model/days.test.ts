import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayAt, dayIndex, daysBetween, daysOf, lastDayOfMonth } from './days.ts';

describe('days', () => {
  it('counts days across months, leap years and the year end', () => {
    expect(addDays('2025-10-31', 1)).toBe('2025-11-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2025-10-11', '2025-10-30')).toBe(20);
    expect(daysBetween('2025-10-11', '2025-10-11')).toBe(1);
  });

  it('turns a day into its number and back, for any day', () => {
    const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(day, (d) => dayAt(dayIndex(d)) === d));
  });

  it('widens a month-precise date to its whole month', () => {
    expect(lastDayOfMonth('2025-02')).toBe('2025-02-28');
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(daysOf({ start: '2025-10', end: '2025-11', precision: 'month' })).toEqual({ start: '2025-10-01', end: '2025-11-30' });
    expect(daysOf({ start: '2025-10-18', end: '2025-10-19', precision: 'range' })).toEqual({ start: '2025-10-18', end: '2025-10-19' });
  });
});
