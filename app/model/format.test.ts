import { describe, expect, it } from 'vitest';
import { formatDate, formatWhen, plural } from './format.ts';

describe('format', () => {
  it('pluralises by count', () => {
    expect(plural(1, 'sentence')).toBe('1 sentence');
    expect(plural(0, 'article')).toBe('0 articles');
    expect(plural(3, 'article')).toBe('3 articles');
  });

  it('formats days and months and leaves anything else alone', () => {
    expect(formatDate('2025-10-29')).toBe('29 Oct 2025');
    expect(formatDate('2025-01')).toBe('Jan 2025');
    expect(formatDate('2025-13-01')).toBe('2025-13-01');
    expect(formatDate('last week')).toBe('last week');
  });

  it('shows an event date with its precision', () => {
    expect(formatWhen(null, null)).toBeNull();
    expect(formatWhen(null, '2025-10-29')).toBe('29 Oct 2025');
    expect(formatWhen({ start: '2025-10-25', end: '2025-10-28', precision: 'range' }, '2025-10-25')).toBe(
      '25 Oct 2025 – 28 Oct 2025',
    );
    expect(formatWhen({ start: '2025-10', end: '2025-10', precision: 'month' }, null)).toBe('Oct 2025');
  });
});
