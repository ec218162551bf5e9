/** One article read sentence by sentence: context first, then frames, status and dates. */
import { analyse, type View } from './analysis.ts';
import { advance, articleContext, type ArticleContext, type Discourse, resolveImplicit } from './context.ts';
import { resolveEventDate } from './dates.ts';
import type { Lexicon } from './lexicon.ts';
import { relationsOf } from './relations/index.ts';
import { negated } from './modality.ts';
import { mediatorSlots } from './relations/talks.ts';
import { type Attribution, attributionSites, findAttributions, type Site, statusOf } from './status.ts';
import type { EventDate } from '../../graph-data/schema.ts';
import type { Article, Candidate, Finding, Mention, Sentence } from './types.ts';

/** What one article yields: its findings and the views the diagnostics look at. */
export interface ArticleResult {
  findings: Finding[];
  views: View[];
}

const SYMMETRIC = new Set(['negotiation', 'agreement']);

/** Runs the frames over every sentence of an article, carrying discourse from one to the next. */
export function extractArticle(article: Article, sentences: Sentence[], lex: Lexicon): ArticleResult {
  const views = sentences.map((s) => analyse(s, lex));
  const sites = views.map((v) => attributionSites(v, lex));
  const mediators = mediatorsOf(views, lex);
  const ctx = articleContext(views, mediators, lex, speakersOf(views, sites, articleContext(views, mediators, lex), lex));
  const findings: Finding[] = [];
  let d: Discourse = { lastPerson: null, lastActor: null };
  let open: Attribution | null = null;
  let quoted: Attribution | null = null;
  views.forEach((view, s) => {
    // A quotation that runs on, or a new one right after a quoted speaker, is still that speaker's.
    const carried: Attribution | null = open ?? (/^[“"]/.test(view.sentence.text) ? quoted : null);
    const attributions = findAttributions(view, sites[s] ?? [], ctx, d, lex, carried);
    const v = resolveImplicit(view, ctx, d, attributions[0]?.actor ?? null, lex);
    const candidates = relationsOf(v, { ctx, lex, attributions });
    // Dates are parsed once per sentence, and only for sentences that state a relation.
    const when = candidates.length ? resolveEventDate(v.sentence.text, article.dating ?? article.meta.date) : null;
    const first = findings.length;
    for (const c of candidates) {
      const f = toFinding(article, v, c, attributions, when);
      // The sentence's first finding of each relation is kept; a sentence states only a few.
      if (!statedBefore(findings, first, f)) findings.push(f);
    }
    open = openQuote(view) ? (attributions[0] ?? carried) : null;
    quoted = view.quotes.length ? (attributions[0] ?? carried) : null;
    d = advance(d, view);
  });
  return { findings, views };
}

// Mediators named anywhere in the article stand behind "the hosts" and "mediators" everywhere in it;
// with none named, the country of the city the talks are held in is the host.
function mediatorsOf(views: View[], lex: Lexicon): string[] {
  const ctx0 = articleContext(views, [], lex);
  const env = { ctx: { ...ctx0, pair: null }, lex, attributions: [] };
  const named = new Set<string>();
  for (const v of views) {
    for (const h of v.hits) if (h.entry.type === 'mediation' && !negated(v, h, lex)) mediatorSlots(v, h, env).forEach((s) => s.mention && !s.mention.implicit && named.add(s.actor));
  }
  if (named.size) return [...named].sort();
  const hosts = new Set<string>();
  for (const v of views) {
    v.tokens.forEach((t, i) => {
      if (lex.places.has(t.norm) && v.tokens[i - 1]?.norm === 'in') hosts.add(lex.places.get(t.norm) ?? '');
    });
  }
  return [...hosts].filter((a) => a && !ctx0.pair?.includes(a)).sort();
}

// The sides whose named officials speak in the article; unnamed "sources" are taken to be theirs.
function speakersOf(views: View[], sites: Site[][], ctx: ArticleContext, lex: Lexicon): string[] {
  const none: Discourse = { lastPerson: null, lastActor: null };
  const homeless = { ...ctx, home: null };
  return views.flatMap((v, s) => findAttributions(v, sites[s] ?? [], homeless, none, lex, null).flatMap((a) => (a.actor ? [a.actor] : [])));
}

/** Whether findings[from…] already hold the relation of `f`. */
function statedBefore(findings: Finding[], from: number, f: Finding): boolean {
  for (let k = from; k < findings.length; k++) {
    const g = findings[k] as Finding;
    if (g.source === f.source && g.type === f.type && g.target === f.target) return true;
  }
  return false;
}

function openQuote(v: View): boolean {
  const last = v.quotes[v.quotes.length - 1];
  return !!last && last[1] === v.tokens.length && !/[”"]$/.test(v.sentence.text.trim());
}

function toFinding(article: Article, v: View, c: Candidate, attributions: Attribution[], when: EventDate | null): Finding {
  const { status, speaker } = statusOf(c, c.at, c.speech, attributions);
  const undirected = SYMMETRIC.has(c.type);
  const [source, target] = undirected && c.target < c.source ? [c.target, c.source] : [c.source, c.target];
  const s = v.sentence;
  return {
    type: c.type, source, target, undirected,
    article: article.id, sentence: s.index, start: s.start, end: s.end, text: s.text,
    status, speaker, implicit: isImplicit(c.sourceMention) || isImplicit(c.targetMention),
    trigger: c.trigger.text, when,
    marks: marksOf(v, c),
  };
}

const isImplicit = (m: Mention | null): boolean => !m || m.implicit;

function marksOf(v: View, c: Candidate): Finding['marks'] {
  const marks: Finding['marks'] = [...span(v, c.sourceMention, 'source'), ...span(v, c.targetMention, 'target'), [c.trigger.start, c.trigger.end, 'trigger']];
  return marks.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function span(v: View, m: Mention | null, role: 'source' | 'target'): Finding['marks'] {
  const a = m && v.tokens[m.first];
  const b = m && v.tokens[m.last - 1];
  return a && b && !m.implicit ? [[a.start, b.end, role]] : [];
}
