import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../graph-data/schema.ts';
import { findFullDate, inferPublicationDate, resolveEventDate } from './dates.ts';

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
  });
});
