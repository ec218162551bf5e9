import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../graph-data/schema.ts';
import { nearestYearShift } from './calendar.ts';
import { articleDating, corpusReference, ownReference, publicationDay } from './dating.ts';

const day = (d: string, inferred = false): EventDate => ({ start: d, end: d, precision: 'day', ...(inferred && { inferred: true as const }) });

describe('corpusReference', () => {
  it('is the lower median of the dates the articles give, whatever their order', () => {
    expect(corpusReference(['2024-03-09', null, '2024-03-01', '2024-03-05'])).toBe('2024-03-05');
    expect(corpusReference(['2024-03-05', '2024-03-01'])).toBe('2024-03-01');
    expect(corpusReference(['2024-03-01', '2024-03-05'])).toBe('2024-03-01');
  });

  it('is not moved by one stray article from another year', () => {
    expect(corpusReference(['2024-03-01', '2024-03-02', '2019-07-07'])).toBe('2024-03-01');
  });

  it('is null when no article gives a date', () => {
    expect(corpusReference([null, null])).toBeNull();
    expect(corpusReference([])).toBeNull();
  });
});

describe('articleDating', () => {
  it('reads a dated article against its own date, whatever the corpus says', () => {
    expect(articleDating('2024-03-14', '03-10', '2020-01-01')).toEqual({ anchor: '2024-03-14', published: '2024-03-14', yearInferred: false });
  });

  it('takes an undated article\'s dateline day as its publication day, in the year nearest the reference', () => {
    expect(articleDating(null, '03-10', '2024-03-20')).toEqual({ anchor: { kind: 'published', day: '2024-03-10', yearInferred: true }, published: '2024-03-10', yearInferred: true });
    expect(articleDating(null, '12-30', '2025-01-04').published).toBe('2024-12-30');
  });

  it('otherwise lends only years, and leaves the publication day to the events', () => {
    expect(articleDating(null, null, '2024-03-20')).toEqual({ anchor: { kind: 'reference', day: '2024-03-20' }, published: null, yearInferred: false });
  });

  it('reads nothing but written years with no reference at all', () => {
    expect(articleDating(null, '03-10', null)).toEqual({ anchor: null, published: null, yearInferred: false });
  });
});

describe('publicationDay', () => {
  it('is the given date, not inferred', () => {
    expect(publicationDay(articleDating('2024-03-14', null, null), [day('2024-03-20')])).toEqual({ date: '2024-03-14', dateInferred: false });
  });

  it('is the latest day the article reports when it gives none, marked inferred', () => {
    const events = [day('2024-03-02', true), { start: '2024-03-04', end: '2024-03-06', precision: 'range' as const, inferred: true as const }, day('2023-01-01')];
    expect(publicationDay(articleDating(null, null, '2024-03-20'), events)).toEqual({ date: '2024-03-06', dateInferred: true });
  });

  it('is the dateline day, marked inferred, even when the article looks ahead to a later meeting', () => {
    expect(publicationDay(articleDating(null, '03-10', '2024-03-20'), [day('2024-03-25', true)])).toEqual({ date: '2024-03-10', dateInferred: true });
  });

  it('is null when nothing is dated', () => {
    expect(publicationDay(articleDating(null, null, null), [])).toEqual({ date: null, dateInferred: false });
  });
});

describe('ownReference', () => {
  it('is the latest date the article writes in full', () => {
    expect(ownReference(['The pact was signed on 2 May 2021.', 'It sank on March 2.', 'Talks resumed on 1 June 2023.'])).toBe('2023-06-01');
  });

  it('is null when the article writes no year', () => {
    expect(ownReference(['It sank on March 2.', 'Pilots struck on Tuesday.'])).toBeNull();
  });
});

describe('nearestYearShift', () => {
  it('moves a span by the whole years that bring it nearest the reference, 0 when it holds the reference', () => {
    expect(nearestYearShift('2004-10-17', '2004-10-17', '2025-10-28')).toBe(21);
    expect(nearestYearShift('2004-01-03', '2004-01-03', '2025-12-20')).toBe(22);
    expect(nearestYearShift('2003-12-30', '2004-01-02', '2025-01-01')).toBe(21);
    expect(nearestYearShift('2004-10', '2004-10', '2025-10-28')).toBe(21);
  });
});
