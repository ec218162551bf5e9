/**
 * The articles of a synthetic graph: every piece of evidence becomes a sentence of some article,
 * among sentences that state nothing, and its offsets are where that sentence lands in the text.
 */
import type { ArticleMeta, Evidence, EventDate, RelationType, Status } from '../../graph-data/schema.ts';
import { cumulative, type Random } from './random.ts';
import { BYLINES, filler, HEADLINE, OUTLETS, relationSentence, SPEAKERS } from './synthetic-words.ts';

/** A piece of evidence before it has a place in a text. */
export interface Claim {
  /** Index of the edge it supports. */
  edge: number;
  type: RelationType;
  source: string;
  target: string;
  status: Status;
}

/** Evidence items per article on average: a news story states a handful of relations. */
const CLAIMS_PER_ARTICLE = 6;
/** Articles are dated over this many weeks from FIRST_DAY. */
const WEEKS = 8;
const FIRST_DAY = Date.UTC(2025, 8, 1);
const STATUS_SUMS = cumulative([55, 38, 7]);
export const STATUS_ORDER: readonly Status[] = ['reported', 'attributed', 'alleged'];

// Memoised: a 20,000-edge graph asks for the same few dozen days a few hundred thousand times.
const DAYS = new Map<number, string>();
function isoDay(day: number): string {
  let iso = DAYS.get(day);
  if (!iso) DAYS.set(day, (iso = new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10)));
  return iso;
}

/** A status drawn in the proportions of the seed corpus: mostly reported, many attributed, few alleged. */
export const drawStatus = (random: Random): Status => STATUS_ORDER[random.weighted(STATUS_SUMS)] as Status;

/** When the event happened: often unsaid; else a day or two before publication, rarely a range or a month. */
function eventDate(published: number, random: Random): EventDate | null {
  if (random.chance(0.5)) return null;
  const day = isoDay(published - random.int(4));
  const roll = random.next();
  if (roll < 0.85) return { start: day, end: day, precision: 'day' };
  if (roll < 0.95) return { start: isoDay(published - 5 - random.int(3)), end: day, precision: 'range' };
  return { start: day.slice(0, 7), end: day.slice(0, 7), precision: 'month' };
}

/** The articles, their texts, and each claim's evidence in claim order. */
export interface Written {
  articles: ArticleMeta[];
  texts: Record<string, string>;
  evidence: Evidence[];
}

/** Writes `claims` into articles, each claim to a random article, in claim order within it. */
export function writeArticles(claims: Claim[], random: Random): Written {
  const count = Math.max(1, Math.ceil(claims.length / CLAIMS_PER_ARTICLE));
  const byArticle: number[][] = Array.from({ length: count }, () => []);
  for (let c = 0; c < claims.length; c++) byArticle[random.int(count)]?.push(c);
  const written: Written = { articles: [], texts: {}, evidence: new Array<Evidence>(claims.length) };
  byArticle.forEach((members, a) => {
    const id = `syn-${String(a).padStart(6, '0')}`;
    const published = random.int(WEEKS * 7);
    const dated = !random.chance(0.05);
    const today = isoDay(published);
    const sentences: string[] = [];
    const placed: { claim: number; index: number; sentence: Omit<Evidence, 'start' | 'end' | 'sentence'> }[] = [];
    for (const c of members) {
      const claim = claims[c] as Claim;
      for (let f = random.int(3); f > 0; f--) sentences.push(filler(random, today));
      const speaker = claim.status === 'attributed' ? random.pick(SPEAKERS) : null;
      const prefix = speaker ? `${speaker.charAt(0).toUpperCase()}${speaker.slice(1)} said ` : claim.status === 'alleged' ? 'It was alleged that ' : '';
      const s = relationSentence(claim.type, claim.source, claim.target, prefix, random);
      const when = eventDate(published, random);
      const date = when && when.precision !== 'month' ? when.start : null;
      placed.push({ claim: c, index: sentences.length, sentence: { article: id, text: s.text, status: claim.status, speaker, implicit: random.chance(0.1), trigger: s.trigger, date, when, marks: s.marks } });
      sentences.push(s.text);
    }
    for (let f = 1 + random.int(3); f > 0; f--) sentences.push(filler(random, today));
    const { text, offsets } = joinSentences(sentences);
    for (const p of placed) {
      const start = offsets[p.index] ?? 0;
      const { article, text: said, ...rest } = p.sentence;
      // In the schema's key order, as the build writes it.
      written.evidence[p.claim] = { article, sentence: p.index, start, end: start + said.length, text: said, ...rest };
    }
    written.texts[id] = text;
    const first = placed[0] ? (claims[placed[0].claim] as Claim) : null;
    written.articles.push(articleMeta(id, first, dated ? today : null, sentences.length, random));
  });
  return written;
}

/** What the build would know of an article: some have no title, outlet, byline or address. */
function articleMeta(id: string, first: Claim | null, date: string | null, sentences: number, random: Random): ArticleMeta {
  return {
    id, file: `${id}.txt`,
    title: first && random.chance(0.8) ? `${first.source} and ${first.target}: ${HEADLINE[first.type]}` : null,
    outlet: random.chance(0.9) ? random.pick(OUTLETS) : null,
    date,
    dateInferred: date !== null && random.chance(0.1),
    byline: random.chance(0.5) ? random.pick(BYLINES) : null,
    url: random.chance(0.6) ? `https://news.example.org/${id}` : null,
    sentences,
  };
}

/** Sentences joined into paragraphs of three, and where each sentence starts. */
function joinSentences(sentences: string[]): { text: string; offsets: number[] } {
  let text = '';
  const offsets = sentences.map((s, i) => {
    if (i > 0) text += i % 3 === 0 ? '\n\n' : ' ';
    const start = text.length;
    text += s;
    return start;
  });
  return { text, offsets };
}
