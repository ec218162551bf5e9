import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';
import type { Article, Block } from './types.ts';

/** An article of the given blocks, one per line, each a paragraph unless marked "# ". */
function article(...lines: string[]): Article {
  const blocks: Block[] = [];
  let text = '';
  for (const line of lines) {
    const heading = line.startsWith('# ');
    const body = heading ? line.slice(2) : line;
    blocks.push({ start: text.length, end: text.length + body.length, kind: heading ? 'subheadline' : 'paragraph' });
    text += `${body}\n\n`;
  }
  const meta = { id: 'a', file: 'a.txt', title: null, outlet: null, date: null, dateInferred: false, byline: null, url: null };
  return { id: 'a', file: 'a.txt', text, meta, blocks };
}

const texts = (...lines: string[]) => splitSentences(article(...lines)).map((s) => s.text);

describe('splitSentences', () => {
  it('splits a paragraph at full stops, question and exclamation marks', () => {
    expect(texts('The ferry sailed. Did it arrive? It did!')).toEqual(['The ferry sailed.', 'Did it arrive?', 'It did!']);
  });

  it.each([
    ['Mr.', 'Mr. Blom said the port would open.'],
    ['Mrs.', 'Mrs. Blom said the port would open.'],
    ['Dr.', 'Dr. Blom said the port would open.'],
    ['St.', 'The ship docked at St. Anne harbour.'],
    ['Gen.', 'Gen. Blom said the port would open.'],
    ['Lt.', 'Lt. Blom said the port would open.'],
    ['Col.', 'Col. Blom said the port would open.'],
    ['No. before a number', 'Pier No. 4 reopened at noon.'],
    ['U.S.', 'The U.S. Navy sent a cutter to the strait.'],
    ['U.N.', 'The U.N. Council met about the strait.'],
    ['an initial', 'Captain Anna B. Blom steered the ship home.'],
    ['a decimal', 'The channel is 4.5 metres deep at low tide.'],
    ['an ellipsis inside a quote', '“We waited… No ship came,” the pilot said.'],
    ['an ellipsis between words', '“We checked the manifest…no cargo was missing,” she said.'],
  ])('does not split after %s', (_, sentence) => {
    expect(texts(sentence)).toEqual([sentence]);
  });

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(texts('He called it “a fair deal.” The crew agreed.')).toEqual(['He called it “a fair deal.”', 'The crew agreed.']);
    expect(texts('The port reopened (after a week.) Ships came back.')).toEqual(['The port reopened (after a week.)', 'Ships came back.']);
    expect(texts("She said 'we are done.' The talks ended.")).toEqual(["She said 'we are done.'", 'The talks ended.']);
  });

  it('splits a quoted passage of several sentences into those sentences', () => {
    expect(texts('“The lanes are open. Ships may sail. Pilots are ready,” the minister said.')).toEqual([
      '“The lanes are open.',
      'Ships may sail.',
      'Pilots are ready,” the minister said.',
    ]);
  });

  it('does not split when the next word is in lower case', () => {
    expect(texts('Talks ended at 5 p.m. on Friday.')).toEqual(['Talks ended at 5 p.m. on Friday.']);
  });

  it('splits after a single capital that is a word, not an initial', () => {
    expect(texts('The minister posted on X. The post was removed.')).toEqual(['The minister posted on X.', 'The post was removed.']);
  });

  it('keeps a heading as one sentence, marked heading, even with a full stop inside', () => {
    const s = splitSentences(article('# Ports open. Ships wait', 'The ships wait.'));
    expect(s.map((x) => [x.text, x.heading])).toEqual([
      ['Ports open. Ships wait', true],
      ['The ships wait.', false],
    ]);
  });

  it('numbers sentences across the article and points every one at the stored text', () => {
    const a = article('# Ferry news', '  The ferry sailed.   It arrived late.  ', 'Nobody was hurt. Pier No. 4 reopened.');
    const s = splitSentences(a);
    expect(s.map((x) => x.index)).toEqual([0, 1, 2, 3, 4]);
    for (const x of s) {
      expect(x.text).toBe(a.text.slice(x.start, x.end));
      expect(x.text.trim()).toBe(x.text);
      expect(x.article).toBe('a');
    }
  });
});
