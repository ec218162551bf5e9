import { describe, expect, it } from 'vitest';
import { cleanArticle } from './articles.ts';
import { InputError } from './errors.ts';
import { splitSentences } from './sentences.ts';
import type { Article } from './types.ts';

const clean = (text: string, file = 'x.txt') => cleanArticle({ id: 'x', file, text });
const blocks = (a: Article) => a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)]);

const PREFIXED = ` date 2024-03-05 NORTHPORT: The council of Ruritania voted on Tuesday to reopen the ferry.

The vote followed weeks of debate.
`;

const FULL = `Ruritania and Freedonia resume ferry talks

By Anna Example
March 4, 2024

Negotiators meet again after a month of silence in the harbour dispute

Officials of both states sign a protocol in the old port on March 1, 2024. — Wire Service

Advertisement

The two delegations met in the port city, officials said.

Harbour row deepens

Freedonia accused Ruritania of closing the channel.

With additional reporting from Wire Service


Next Story >>>
Advertisement

More From Ruritania
kk
`;

const AGGREGATED = `Freedonia Announces Ferry Truce
(MENAFN- Example News Agency (ENA)) PORTVILLE, Mar 4 (ENA) -- The ministry announced a truce on Monday.
Talks lasted for six hours. (end)
`;

const FRONT = `---
title: "A title from front matter"
outlet: The Example Gazette
date: 2024-02-29
url: https://example.org/a
byline:
tags: ferries
---
Guessed headline here

By Someone Else

Body sentence here.
`;

const BULLETS = `Ferry row grows as ports close

  • Harbour master says ships wait at anchor
  • Freedonia repeats call for open lanes

Staff Reporter March 4, 2024 2 min read

PORTVILLE:

Ships waited off the coast on Sunday.
`;

describe('cleanArticle', () => {
  it('reads a date prefix and drops a leading dateline; a first line that is prose is no title', () => {
    const a = clean(PREFIXED);
    expect(a.meta).toMatchObject({ title: null, date: '2024-03-05', dateInferred: false, byline: null, outlet: null, url: null });
    expect(blocks(a)).toEqual([
      ['paragraph', 'The council of Ruritania voted on Tuesday to reopen the ferry.'],
      ['paragraph', 'The vote followed weeks of debate.'],
    ]);
  });

  it('finds headline, byline, date line and deck, keeps captions without their credit, drops boilerplate', () => {
    const a = clean(FULL);
    expect(a.meta).toMatchObject({ title: 'Ruritania and Freedonia resume ferry talks', byline: 'Anna Example', date: '2024-03-04' });
    expect(blocks(a)).toEqual([
      ['headline', 'Ruritania and Freedonia resume ferry talks'],
      ['subheadline', 'Negotiators meet again after a month of silence in the harbour dispute'],
      ['paragraph', 'Officials of both states sign a protocol in the old port on March 1, 2024.'],
      ['paragraph', 'The two delegations met in the port city, officials said.'],
      ['subheadline', 'Harbour row deepens'],
      ['paragraph', 'Freedonia accused Ruritania of closing the channel.'],
    ]);
  });

  it('reads an aggregator outlet, drops a dateline with a yearless date and a closing (end)', () => {
    const a = clean(AGGREGATED);
    expect(a.meta).toMatchObject({ title: 'Freedonia Announces Ferry Truce', outlet: 'Example News Agency (ENA), via MENAFN', date: null });
    expect(blocks(a)).toEqual([
      ['headline', 'Freedonia Announces Ferry Truce'],
      ['paragraph', 'The ministry announced a truce on Monday.'],
      ['paragraph', 'Talks lasted for six hours.'],
    ]);
  });

  it('lets front matter override guesses; an empty value clears one; front matter is no block', () => {
    const a = clean(FRONT);
    expect(a.meta).toMatchObject({
      title: 'A title from front matter',
      outlet: 'The Example Gazette',
      date: '2024-02-29',
      url: 'https://example.org/a',
      byline: null,
    });
    expect(blocks(a)).toEqual([
      ['headline', 'Guessed headline here'],
      ['paragraph', 'Body sentence here.'],
    ]);
  });

  it('reads bullet sub-headlines without their marker, and a byline on a date line', () => {
    const a = clean(BULLETS);
    expect(a.meta).toMatchObject({ title: 'Ferry row grows as ports close', byline: 'Staff Reporter', date: '2024-03-04' });
    expect(blocks(a)).toEqual([
      ['headline', 'Ferry row grows as ports close'],
      ['subheadline', 'Harbour master says ships wait at anchor'],
      ['subheadline', 'Freedonia repeats call for open lanes'],
      ['paragraph', 'Ships waited off the coast on Sunday.'],
    ]);
  });

  it('joins a hard-wrapped paragraph and reads markdown headings', () => {
    const a = clean('# Ferry lanes reopen\n\nThe lanes reopened after\nthree weeks of talks.\n\n## What comes next\n\nPilots return today.\n', 'x.md');
    expect(blocks(a)).toEqual([
      ['headline', 'Ferry lanes reopen'],
      ['paragraph', 'The lanes reopened after\nthree weeks of talks.'],
      ['subheadline', 'What comes next'],
      ['paragraph', 'Pilots return today.'],
    ]);
  });

  it('never changes the stored text; every block and sentence is a trimmed span of it', () => {
    for (const text of [PREFIXED, FULL, AGGREGATED, FRONT, BULLETS]) {
      const a = clean(text);
      expect(a.text).toBe(text);
      for (const b of a.blocks) {
        const s = a.text.slice(b.start, b.end);
        expect(s.length).toBeGreaterThan(0);
        expect(s.trim()).toBe(s);
      }
      for (const s of splitSentences(a)) expect(s.text).toBe(a.text.slice(s.start, s.end));
    }
  });

  it('keeps the outlet null where nothing names one: a caption\'s credit and a contributor are no outlet', () => {
    expect(clean(FULL).meta.outlet).toBeNull();
    expect(clean(PREFIXED).meta.outlet).toBeNull();
    expect(clean(BULLETS).meta).toMatchObject({ outlet: null, byline: 'Staff Reporter' });
  });

  it('reads the yearless day of an opening dateline, and no later one', () => {
    expect(clean(AGGREGATED).datelineDay).toBe('03-04');
    expect(clean(PREFIXED).datelineDay).toBeNull();
    expect(clean('The ministry spoke.\n\nPORTVILLE, Mar 9 -- It spoke again.\n').datelineDay).toBeNull();
  });

  it.each([
    ['a by-line', 'Ferry lanes reopen\n\nBy Anna Example | Harbour Times\n\nThe lanes reopened on Sunday.\n', 'Harbour Times'],
    ['a writer and publication on a date line', 'Ferry lanes reopen\n\nStaff Reporter, Harbour Times March 4, 2024\n\nThe lanes reopened on Sunday.\n', 'Harbour Times'],
    ['a "Source:" label', 'Ferry lanes reopen\n\nSource: Harbour Times\n\nThe lanes reopened on Sunday.\n\nPilots were glad.\n', 'Harbour Times'],
    ['a dateline\'s agency', 'PORTVILLE (Wire Service) — The lanes reopened on Sunday.\n', 'Wire Service'],
    ['a credit closing the story', 'The lanes reopened on Sunday.\n\nPilots were glad, officials said. — Wire Service\n\nAdvertisement\n', 'Wire Service'],
    ['a credit on a line of its own after the story', 'The lanes reopened on Sunday.\n\n(Wire Service)\n', 'Wire Service'],
    ['a host-shaped outlet naming itself in the lede', 'Ferry lanes reopen\n\nThe lanes reopened on Sunday, Harbour.az reports.\n', 'Harbour.az'],
    ['the host of a web address on a line of its own', 'The lanes reopened on Sunday.\n\nhttps://www.harbour-times.com/2024/ferry\n', 'harbour-times.com'],
  ])('names the outlet from %s', (_, text, outlet) => {
    expect(clean(text).meta.outlet).toBe(outlet);
  });

  it('prefers the publisher\'s own name to a wire\'s credit, and a name to a web address', () => {
    const text = 'By Anna Example | Harbour Times\n\nPORTVILLE (Wire Service) — The lanes reopened.\n\nhttps://harbour-times.com/a\n';
    expect(clean(text).meta).toMatchObject({ outlet: 'Harbour Times', url: 'https://harbour-times.com/a' });
    expect(blocks(clean(text))).toEqual([['paragraph', 'The lanes reopened.']]);
  });

  it('lets front matter name the outlet, or say there is none; its address stands in for a missing name', () => {
    expect(clean(FRONT).meta.outlet).toBe('The Example Gazette');
    expect(clean('---\noutlet:\n---\nBy Anna Example | Harbour Times\n\nThe lanes reopened.\n').meta.outlet).toBeNull();
    expect(clean('---\nurl: https://www.harbour-times.com/a\n---\nThe lanes reopened.\n').meta.outlet).toBe('harbour-times.com');
    expect(clean('---\nurl: https://www.harbour-times.com/a\n---\nBy Anna Example | Harbour Times\n\nThe lanes reopened.\n').meta.outlet).toBe('Harbour Times');
  });

  it('rejects unclosed front matter and an unreadable front matter date, naming the file and line', () => {
    expect(() => clean('---\ntitle: A\nBody.\n', 'f.md')).toThrow(InputError);
    expect(() => clean('---\ntitle: A\nBody.\n', 'f.md')).toThrow(/f\.md: line 1: .*never closed/);
    expect(() => clean('---\ndate: someday\n---\nBody.\n', 'f.md')).toThrow(/f\.md: line 2: front matter date "someday"/);
  });
});
