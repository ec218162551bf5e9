/**
 * The eval's text output. The summary block comes last, because hooks show only the last lines;
 * the misses, the lead's tuning tool, come first and read article by article, sentence by sentence.
 */
import { RELATION_TYPES, STATUSES } from '../../graph-data/schema.ts';
import type { GoldItem } from './gold.ts';
import { collapse, sentenceOf, SYMMETRIC_TYPES, type Outcome, type Predicted } from './match.ts';
import type { EdgeScore, EvidenceScore, Ratio, Scores } from './score.ts';

/** What the header says about the inputs. */
export interface Inputs {
  goldFile: string;
  graphFile: string;
  article: string | null;
  gold: readonly GoldItem[];
  preds: readonly Predicted[];
}

/** A share with three decimals; "-" when there was nothing to count. */
export function num(value: number | null): string {
  return value === null ? '-' : value.toFixed(3);
}

function ratioText(r: Ratio): string {
  return `${num(r.value)} (${r.hit}/${r.total})`;
}

/** The sentence cut to about `width` characters around the trigger, so that the trigger shows. */
export function shorten(text: string, triggerAt: number | null, width = 160): string {
  if (text.length <= width) return collapse(text);
  const start = Math.max(0, Math.min((triggerAt ?? 0) - Math.floor(width / 3), text.length - width));
  const cut = collapse(text.slice(start, start + width));
  return `${start > 0 ? '…' : ''}${cut}${start + width < text.length ? '…' : ''}`;
}

/** `a → b`, or `a ↔ b` when either direction would match. */
function arrow(source: string, target: string, bothWays: boolean): string {
  return `${source} ${bothWays ? '↔' : '→'} ${target}`;
}

function goldArrow(g: GoldItem): string {
  return arrow(g.source, g.target, SYMMETRIC_TYPES.has(g.type) || (g.type === 'clash' && g.mutual));
}

function predArrow(p: Predicted): string {
  return arrow(p.source, p.target, p.undirected || SYMMETRIC_TYPES.has(p.type));
}

/** One listed problem; `rank` keeps misses before status errors before extras in one sentence. */
interface Entry {
  article: string;
  sentence: number | null;
  rank: number;
  lines: [string, string];
}

function entry(article: string, sentence: number | null, rank: number, label: string, head: string, text: string): Entry {
  const where = (sentence === null ? 's?' : `s${sentence}`).padEnd(5);
  return { article, sentence, rank, lines: [`  ${where} ${label.padEnd(6)} ${head}`, `${' '.repeat(15)}${text}`] };
}

/** Misses, status disagreements and extras of one outcome, as unsorted entries. */
function entries(outcome: Outcome, preds: readonly Predicted[]): Entry[] {
  const misses = outcome.misses.map((g) =>
    entry(g.article, sentenceOf(g, preds), 0, 'FN', `${g.type.padEnd(11)} ${goldArrow(g)}  [${g.status}]`, `"${g.quote}"`),
  );
  const status = outcome.pairs
    .filter(({ gold, pred }) => gold.status !== pred.status)
    .map(({ gold, pred }) =>
      entry(gold.article, pred.sentence, 1, 'STATUS', `${gold.type.padEnd(11)} ${goldArrow(gold)}  [gold ${gold.status}, got ${pred.status}]`, `"${gold.quote}"`),
    );
  const extras = outcome.falsePositives.map((p) =>
    entry(p.article, p.sentence, 2, 'FP', `${p.type.padEnd(11)} ${predArrow(p)}  [${p.status}] trigger "${p.trigger}"`, shorten(p.text, p.triggerAt)),
  );
  return [...misses, ...status, ...extras];
}

/** Sentence order; misses whose sentence no evidence quotes go last, in gold-file order. */
function compareEntries(a: Entry, b: Entry): number {
  const sa = a.sentence ?? Number.POSITIVE_INFINITY;
  const sb = b.sentence ?? Number.POSITIVE_INFINITY;
  return a.article.localeCompare(b.article) || sa - sb || a.rank - b.rank;
}

/** The `--misses` listing: per article, false negatives (FN), status disagreements and false positives (FP). */
export function formatMisses(outcome: Outcome, preds: readonly Predicted[]): string[] {
  const sorted = entries(outcome, preds).sort(compareEntries); // Array.sort is stable: ties keep input order
  const lines = ['misses: FN = gold item not extracted, FP = extracted but not in gold, STATUS = matched, other status'];
  let article: string | null = null;
  for (const e of sorted) {
    if (e.article !== article) {
      article = e.article;
      const tp = outcome.pairs.filter((pair) => pair.gold.article === article).length;
      const count = (rank: number) => sorted.filter((x) => x.article === article && x.rank === rank).length;
      lines.push('', `── ${article}  (tp ${tp}, fn ${count(0)}, fp ${count(2)}, status ${count(1)})`);
    }
    lines.push(...e.lines);
  }
  return [...lines, ''];
}

/** Which files were compared and how much each held. */
export function formatHeader(inputs: Inputs, outcome: Outcome): string[] {
  const optional = inputs.gold.filter((g) => g.optional).length;
  const lines = [
    `gold   ${inputs.goldFile}: ${inputs.gold.length} items (${optional} optional)`,
    `graph  ${inputs.graphFile}: ${inputs.preds.length} pieces of evidence`,
  ];
  if (inputs.article !== null) lines.push(`only article ${inputs.article}`);
  if (outcome.neutral.length > 0) lines.push(`${outcome.neutral.length} extracted matched only optional gold items (not counted)`);
  return lines;
}

/** Status confusion: rows are the gold status, columns the extracted one. */
export function formatStatusTable(confusion: Scores['status']['confusion']): string[] {
  const head = `${'status gold\\got'.padEnd(17)}${STATUSES.map((s) => s.padStart(11)).join('')}`;
  const rows = STATUSES.map(
    (g) => `  ${g.padEnd(15)}${STATUSES.map((p) => String(confusion.get(`${g}>${p}`) ?? 0).padStart(11)).join('')}`,
  );
  return [head, ...rows];
}

function counts(s: EvidenceScore): string {
  return `${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}`;
}

/** Evidence-level scores per relation type. */
export function formatTypeTable(byType: Scores['byType']): string[] {
  const head = `${'type'.padEnd(13)}${'P'.padEnd(7)}${'R'.padEnd(7)}${'F1'.padEnd(6)}${'tp'.padStart(5)}${'fp'.padStart(5)}${'fn'.padStart(5)}`;
  const rows = RELATION_TYPES.map((type) => {
    const s = byType[type];
    return `${type.padEnd(13)}${num(s.p).padEnd(7)}${num(s.r).padEnd(7)}${num(s.f1).padEnd(6)}${counts(s)}`;
  });
  return [head, ...rows];
}

function prfText(s: { p: number | null; r: number | null; f1: number | null }): string {
  return `P ${num(s.p)} R ${num(s.r)} F1 ${num(s.f1)}`;
}

function edgeLine(label: string, s: EdgeScore): string {
  return `edges     ${label}  ${prfText(s)} (extracted ${s.predicted}, correct ${s.correct}; gold ${s.gold}, found ${s.found})`;
}

/** The closing block, seven lines, the part a hook shows. */
export function formatSummary(scores: Scores): string[] {
  const evidence = (label: string, s: EvidenceScore) => `evidence  ${label}  ${prfText(s)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  return [
    evidence('core', scores.evidence.core),
    evidence('all ', scores.evidence.all),
    `explicit recall ${ratioText(scores.explicitRecall)}  implicit recall ${ratioText(scores.implicitRecall)}`,
    edgeLine('core', scores.edges.core),
    edgeLine('all ', scores.edges.all),
    `status agreement ${ratioText(scores.status.agreement)}`,
    `India alleged: ${scores.india}`,
  ];
}

/** The whole report, line by line. */
export function formatReport(inputs: Inputs, outcome: Outcome, scores: Scores, misses: boolean): string[] {
  return [
    ...(misses ? formatMisses(outcome, inputs.preds) : []),
    ...formatHeader(inputs, outcome),
    '',
    ...formatStatusTable(scores.status.confusion),
    '',
    ...formatTypeTable(scores.byType),
    '',
    ...formatSummary(scores),
  ];
}
