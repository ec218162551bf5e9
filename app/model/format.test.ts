import { describe, expect, it } from 'vitest';
import { formatDate, formatPublished, formatSpan, formatWhen, plural } from './format.ts';

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
    expect(formatWhen({ start: '2025-10-12', end: '2025-10-12', precision: 'day' }, '2025-10-12')).toBe('12 Oct 2025');
    expect(formatWhen({ start: '2025-10-18', end: '2025-10-19', precision: 'range' }, '2025-10-18')).toBe('18–19 Oct 2025');
    expect(formatWhen({ start: '2025-10-19', end: '2025-10-19', precision: 'range' }, '2025-10-19')).toBe('19 Oct 2025');
    expect(formatWhen({ start: '2025-10', end: '2025-10', precision: 'month' }, null)).toBe('Oct 2025');
  });

  it('says each part of a span once', () => {
    expect(formatSpan('2025-09-30', '2025-10-02')).toBe('30 Sep – 2 Oct 2025');
    expect(formatSpan('2024-12-30', '2025-01-02')).toBe('30 Dec 2024 – 2 Jan 2025');
    expect(formatSpan('2025-09', '2025-10')).toBe('Sep 2025 – Oct 2025');
    expect(formatSpan('2025-10-05', '2025-10-05')).toBe('5 Oct 2025');
  });

  it('gives the publication date, marked when inferred, or says it is unknown', () => {
    expect(formatPublished({ date: '2025-10-30', dateInferred: false })).toBe('published 30 Oct 2025');
    expect(formatPublished({ date: '2025-10-29', dateInferred: true })).toBe('published ~29 Oct 2025 (inferred)');
    expect(formatPublished({ date: null, dateInferred: false })).toBe('publication date unknown');
    expect(formatPublished(undefined)).toBe('publication date unknown');
  });
});
