import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../graph-data/schema.ts';
import { findFullDate, inferPublicationDate, resolveEventDate, writtenDates } from './dates.ts';

const day = (d: string): EventDate => ({ start: d, end: d, precision: 'day' });
const range = (start: string, end: string): EventDate => ({ start, end, precision: 'range' });
const month = (m: string): EventDate => ({ start: m, end: m, precision: 'month' });

// 2024-03-14 is a Thursday.
const ARTICLE = '2024-03-14';

describe('resolveEventDate', () => {
  it.each([
    ['an absolute date with its year', 'The ferry sank on March 2, 2023.', day('2023-03-02')],
    ['a month and day, American order', 'The ferry sank on March 2.', day('2024-03-02')],
    ['a day and month, British order', 'The ferry sank on 2 March.', day('2024-03-02')],
    ['a weekday: the latest on or before the article date', 'Pilots struck on Tuesday.', day('2024-03-12')],
    ['a weekday that is the article day itself', 'Pilots struck on Thursday.', day('2024-03-14')],
    ['a weekday with a time of day', 'Shots were heard on Sunday night.', day('2024-03-10')],
    ['yesterday', 'The captain resigned yesterday.', day('2024-03-13')],
    ['hours ago', 'The ship left port two hours ago.', day('2024-03-14')],
    ['a range with a hyphen', 'Talks were held on March 4-6 in the port.', range('2024-03-04', '2024-03-06')],
    ['a range with "and"', 'Talks were held on March 4 and 5 in the port.', range('2024-03-04', '2024-03-05')],
    ['a range in brackets', 'Five days of talks (March 4-8) ended badly.', range('2024-03-04', '2024-03-08')],
    ['the weekend', 'The ferry ran aground over the weekend.', range('2024-03-09', '2024-03-10')],
    ['earlier this month', 'The row began earlier this month.', month('2024-03')],
    ['last month', 'The row began last month.', month('2024-02')],
    ['a month alone', 'The row began in January.', month('2024-01')],
  ])('resolves %s', (_, text, expected) => {
    expect(resolveEventDate(text, ARTICLE)).toEqual(expected);
  });

  it('gives a yearless date the year that puts it on or before the article date', () => {
    expect(resolveEventDate('The ferry sank on December 28.', '2024-01-05')).toEqual(day('2023-12-28'));
    expect(resolveEventDate('The ferry sank in November.', '2024-01-05')).toEqual(month('2023-11'));
  });

  it('keeps the article year for a date a few weeks ahead: a scheduled meeting, not last year', () => {
    expect(resolveEventDate('The sides meet again on March 25.', ARTICLE)).toEqual(day('2024-03-25'));
  });

  it('crosses the year inside a range', () => {
    expect(resolveEventDate('Talks ran from December 30 to January 2.', '2024-01-05')).toEqual(range('2023-12-30', '2024-01-02'));
  });

  it.each([
    ['no date at all', 'The ferry sailed at dawn.'],
    ['a duration in hours', 'The talks went on for 13 hours.'],
    ['a duration as an adjective', 'A 48-hour truce and four-day talks followed.'],
    ['a year alone', 'The pact dates from 2019.'],
    ['tomorrow, a plan', 'The ferry sails tomorrow.'],
    ['next week, a plan', 'The sides meet next week.'],
    ['a day that does not exist', 'The ferry sank on 31 November.'],
    ['a month name used as a verb', 'Crowds will march on the harbour.'],
  ])('gives null for %s', (_, text) => {
    expect(resolveEventDate(text, ARTICLE)).toBeNull();
  });

  it('takes the first event date of several, preferring written dates to relative words', () => {
    expect(resolveEventDate('On March 3 a ship sank, and on March 5 another.', ARTICLE)).toEqual(day('2024-03-03'));
    expect(resolveEventDate('The row began this month, with a clash on March 9.', ARTICLE)).toEqual(day('2024-03-09'));
  });

  it('without an article date keeps only dates that carry their own year', () => {
    expect(resolveEventDate('The ferry sank on March 2, 2023.', null)).toEqual(day('2023-03-02'));
    expect(resolveEventDate('Pilots struck on Tuesday.', null)).toBeNull();
    expect(resolveEventDate('The ferry sank on March 2.', null)).toBeNull();
    expect(resolveEventDate('The row began last month.', null)).toBeNull();
    expect(resolveEventDate('The ship left two hours ago.', null)).toBeNull();
    expect(resolveEventDate('It sailed on Monday and sank on March 2, 2023.', null)).toEqual(day('2023-03-02'));
  });
});

describe('inferPublicationDate', () => {
  it('takes the latest day among day and range dates, ignoring months', () => {
    expect(inferPublicationDate([day('2024-03-02'), range('2024-03-04', '2024-03-06'), month('2024-04')])).toBe('2024-03-06');
  });

  it('is null with no day or range date', () => {
    expect(inferPublicationDate([])).toBeNull();
    expect(inferPublicationDate([month('2024-02')])).toBeNull();
  });
});

describe('findFullDate', () => {
  it('finds a date with year, month and day, and where it is', () => {
    expect(findFullDate('Posted March 4, 2024 10:30')).toMatchObject({ date: '2024-03-04', index: 7 });
    expect(findFullDate('2024-03-04')).toMatchObject({ date: '2024-03-04', index: 0, end: 10 });
    expect(findFullDate('March 4')).toBeNull();
    // Counted back from some day, not written: no publication date of its own.
    expect(findFullDate('Updated 2 hours ago')).toBeNull();
    expect(findFullDate('Published 3 days ago')).toBeNull();
  });
});

describe('resolveEventDate in an undated article, against a reference day from its corpus', () => {
  // The corpus's median publication day: it lends years, never days.
  const ref = (day: string) => ({ kind: 'reference' as const, day });
  const inferred = (d: EventDate): EventDate => ({ ...d, inferred: true });

  it.each([
    ['a day and month, British order', 'The ferry sank on 2 March.', inferred(day('2024-03-02'))],
    ['a month and day, American order', 'The ferry sank on March 2.', inferred(day('2024-03-02'))],
    ['a range with a hyphen', 'Talks were held on March 4-6 in the port.', inferred(range('2024-03-04', '2024-03-06'))],
    ['a range with "and"', 'Talks were held on March 4 and 5 in the port.', inferred(range('2024-03-04', '2024-03-05'))],
    ['a month alone', 'The row began in February.', inferred(month('2024-02'))],
    ['a day some weeks after the reference', 'The sides meet again on April 20.', inferred(day('2024-04-20'))],
  ])('gives %s the year nearest the reference, marked inferred', (_, text, expected) => {
    expect(resolveEventDate(text, ref(ARTICLE))).toEqual(expected);
  });

  it('keeps a date that carries its own year as written, not inferred', () => {
    expect(resolveEventDate('The ferry sank on March 2, 2021.', ref(ARTICLE))).toEqual(day('2021-03-02'));
    expect(resolveEventDate('The row began in October 2019.', ref(ARTICLE))).toEqual(month('2019-10'));
  });

  it('crosses the year boundary to whichever side is nearer', () => {
    expect(resolveEventDate('The ferry sank on January 3.', ref('2024-12-20'))).toEqual(inferred(day('2025-01-03')));
    expect(resolveEventDate('The ferry sank on December 28.', ref('2025-01-05'))).toEqual(inferred(day('2024-12-28')));
    expect(resolveEventDate('The row began in November.', ref('2025-01-05'))).toEqual(inferred(month('2024-11')));
    expect(resolveEventDate('Talks ran from December 30 to January 2.', ref('2024-12-20'))).toEqual(inferred(range('2024-12-30', '2025-01-02')));
    expect(resolveEventDate('Talks ran from December 30 to January 2.', ref('2025-01-10'))).toEqual(inferred(range('2024-12-30', '2025-01-02')));
  });

  it('puts a date half a year away on the earlier side: news speaks of the past', () => {
    // 2024-07-02 lies 183 days after 2024-01-01 and 183 days before 2025-01-01.
    expect(resolveEventDate('The ferry sank on January 1.', ref('2024-07-02'))).toEqual(inferred(day('2024-01-01')));
  });

  it('reads 29 February only in a year that has one', () => {
    expect(resolveEventDate('The ferry sank on February 29.', ref('2024-05-01'))).toEqual(inferred(day('2024-02-29')));
    expect(resolveEventDate('The ferry sank on February 29.', ref('2022-05-01'))).toBeNull();
  });

  it.each([
    ['a weekday', 'Pilots struck on Tuesday.'],
    ['yesterday', 'The captain resigned yesterday.'],
    ['hours ago', 'The ship left port two hours ago.'],
    ['the weekend', 'The ferry ran aground over the weekend.'],
    ['earlier this month', 'The row began earlier this month.'],
    ['last month', 'The row began last month.'],
    ['no date at all', 'The ferry sailed at dawn.'],
    ['a year alone', 'The pact dates from 2019.'],
  ])('leaves %s unread: the reference is no publication day', (_, text) => {
    expect(resolveEventDate(text, ref(ARTICLE))).toBeNull();
  });

  it('takes the first date it can read, passing over relative ones', () => {
    expect(resolveEventDate('It sailed on Monday and sank on March 2.', ref(ARTICLE))).toEqual(inferred(day('2024-03-02')));
  });

  it('without any reference keeps only dates that carry their own year', () => {
    expect(resolveEventDate('The ferry sank on March 2.', null)).toBeNull();
    expect(resolveEventDate('The ferry sank on March 2, 2023.', null)).toEqual(day('2023-03-02'));
  });
});

describe('resolveEventDate against a publication day whose year is inferred (a dateline "PORT, Mar 14")', () => {
  const dateline = { kind: 'published' as const, day: ARTICLE, yearInferred: true };

  it('reads dates relative to the day, and marks those whose year the text does not give', () => {
    expect(resolveEventDate('Pilots struck on Tuesday.', dateline)).toEqual({ ...day('2024-03-12'), inferred: true });
    expect(resolveEventDate('The ferry sank on March 2.', dateline)).toEqual({ ...day('2024-03-02'), inferred: true });
    expect(resolveEventDate('The ferry sank on March 2, 2023.', dateline)).toEqual(day('2023-03-02'));
  });

  it('reads exactly as against a given date when the year is the text\'s own', () => {
    expect(resolveEventDate('Pilots struck on Tuesday.', { ...dateline, yearInferred: false })).toEqual(day('2024-03-12'));
  });
});

describe('writtenDates', () => {
  it('lists the dates that carry their own year, in text order, and nothing relative or yearless', () => {
    expect(writtenDates('On March 2, 2023 a ship sank; on May 5 another, and on 9 June 2022 a third.')).toEqual([day('2023-03-02'), day('2022-06-09')]);
    expect(writtenDates('The row began in June 2022.')).toEqual([month('2022-06')]);
    expect(writtenDates('It sank on Tuesday, March 2.')).toEqual([]);
  });
});
