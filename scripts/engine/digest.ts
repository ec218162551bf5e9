/**
 * One article's part made small enough to cross a thread: its evidence already checked against
 * the contract and written as graph.json text, grouped by edge, plus the tallies the nodes need.
 */
import type { ArticleMeta, Evidence, RelationType } from '../../graph-data/schema.ts';
import { groupEvidence, toEvidence } from '../pipeline/evidence.ts';
import { evidenceFault, isEvidence } from '../../graph-data/evidence-check.ts';
import { articleFault, isArticleMeta } from '../../graph-data/graph-check.ts';
import { readArticle, type ArticleEntry } from '../pipeline/articles.ts';
import type { ArticlePart, Diagnostic } from '../pipeline/index.ts';
import type { Finding, SourceFile } from '../pipeline/types.ts';
import type { Appender, Placed } from './spill.ts';

/** Evidence objects sit this deep in graph.json: edges[] → edge → attributes → evidence[] → item. */
export const EVIDENCE_INDENT = ' '.repeat(10);

/**
 * Evidence items as graph.json writes them inside an edge: each on a line of its own at its depth,
 * joined by ",\n". One line per item rather than JSON.stringify's two-space tree: a diff still
 * shows which sentence came or went, the file is under half the size (a sentence's marks took a
 * dozen lines), and the workers stringify it in less time.
 */
export function evidenceJson(items: Evidence[]): string {
  return items.map((e) => EVIDENCE_INDENT + evidenceLine(e)).join(',\n');
}

/**
 * One item as JSON.stringify writes it, field by field in toEvidence's order (the tests hold the
 * two equal): stringify walks the object generically and took a twentieth of a one-thread build.
 */
function evidenceLine(e: Evidence): string {
  const q = JSON.stringify;
  let marks = '';
  for (const [from, to, role] of e.marks) marks += `${marks ? ',' : ''}[${q(from)},${q(to)},${q(role)}]`;
  const w = e.when;
  const inferred = w?.inferred === undefined ? '' : `,"inferred":${q(w.inferred)}`;
  const when = w === null ? 'null' : `{"start":${q(w.start)},"end":${q(w.end)},"precision":${q(w.precision)}${inferred}}`;
  return (
    `{"article":${q(e.article)},"sentence":${q(e.sentence)},"start":${q(e.start)},"end":${q(e.end)},"text":${q(e.text)},` +
    `"status":${q(e.status)},"speaker":${q(e.speaker)},"implicit":${q(e.implicit)},"trigger":${q(e.trigger)},"date":${q(e.date)},` +
    `"when":${when},"marks":[${marks}]}`
  );
}

/** One article's evidence for one edge, as graph.json text (evidenceJson). */
export interface EdgeChunk {
  key: string;
  type: RelationType;
  undirected: boolean;
  source: string;
  target: string;
  /** How many pieces of evidence the chunk holds. */
  count: number;
  /** Where its UTF-8 text lies in the digest's `evidence` bytes. */
  at: number;
  bytes: number;
}

/** What the nodes need from one article about one actor. */
export interface ActorTally {
  id: string;
  mentions: number;
  names: string[];
  /** Some relation of the article touches the actor. */
  touched: boolean;
  /** Some relation touching it is stated in the article's own voice, and is no accusation against it. */
  stated: boolean;
}

/** An article's contribution, as plain data (it is posted from a worker to the main thread). */
export interface ArticleDigest {
  meta: ArticleMeta;
  edges: EdgeChunk[];
  /** The chunks' text, UTF-8: bytes cross threads without a copy (a transfer), strings do not. */
  evidence: Uint8Array;
  actors: ActorTally[];
  diagnostics: Diagnostic[];
  names: [string, number][];
  /** The article's text as the texts file stores it: a JSON string, UTF-8 (moved across threads like `evidence`). */
  text: Uint8Array;
}

/** A digest as the merge takes it: its evidence already in a scratch file, and where. */
export type StoredDigest = Omit<ArticleDigest, 'evidence'> & { evidence: Placed };

/** Appends the digest's evidence to scratch file number `spill` (on the thread that made it: this one, or a worker). */
export function storeEvidence(d: ArticleDigest, scratch: Appender, spill: number): StoredDigest {
  return { ...d, evidence: { spill, at: scratch.append(d.evidence) } };
}

/** Thrown when the stages make something graph.json may not hold: a bug, never bad input. */
export class ContractError extends Error {
  constructor(problem: string) {
    super(`the build broke the graph-data/schema.ts contract: ${problem}`);
    this.name = 'ContractError';
  }
}

const ENCODER = new TextEncoder();

/** Checks the part against the contract and turns it into a digest; `text` is the article's stored text. */
export function digestArticle(part: ArticlePart, text: string): ArticleDigest {
  const given: unknown = part.meta;
  if (!isArticleMeta(given)) throw new ContractError(`article ${part.meta.id}: ${articleFault(given) ?? 'invalid'}`);
  const edges: EdgeChunk[] = [];
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (const [key, list] of groupEvidence(part.findings)) {
    const first = list[0] as Finding;
    // Encoded chunk by chunk: each chunk's length in bytes comes with it, with no second pass.
    const bytes = ENCODER.encode(evidenceJson(list.map((f) => checked(f, key, text))));
    edges.push({ key, type: first.type, undirected: first.undirected, source: first.source, target: first.target, count: list.length, at, bytes: bytes.length });
    chunks.push(bytes);
    at += bytes.length;
  }
  // One buffer of its own for the whole article, which a transfer needs (Buffer.concat may share its pool).
  const evidence = new Uint8Array(at);
  let offset = 0;
  for (const c of chunks) {
    evidence.set(c, offset);
    offset += c.length;
  }
  const meta = Object.fromEntries(Object.entries(part.meta).map(([k, v]) => [k, typeof v === 'string' ? copy(v) : v])) as ArticleMeta;
  const diagnostics = part.diagnostics.map((d) => ({ ...d, message: copy(d.message) }));
  const names = [...part.names].map(([name, n]): [string, number] => [copy(name), n]);
  return { meta, edges, evidence, actors: tallies(part), diagnostics, names, text: ENCODER.encode(JSON.stringify(text)) };
}

/** Reads one article's file and digests what `analyse` makes of it: on this thread or in a worker. */
export function digestEntry(entry: ArticleEntry, analyse: (source: SourceFile) => ArticlePart): ArticleDigest {
  const source = readArticle(entry);
  return digestArticle(analyse(source), source.text);
}

// A title, a byline or a diagnostic is a slice of the article's text, and a slice keeps the whole
// text alive: kept in the totals until the end, they would hold the corpus in memory. Joined to
// another string and cut again, a string is copied out of what it was sliced from. (A worker's
// message copies them on its way anyway; on this thread nothing else would.)
function copy(s: string): string {
  return (' ' + s).slice(1);
}

function checked(f: Finding, key: string, text: string): Evidence {
  const ev = toEvidence(f);
  if (!isEvidence(ev)) throw new ContractError(`edge ${key}: evidence ${evidenceFault(ev) ?? 'invalid'}`);
  // Offsets are the promise the reader relies on: every evidence text is the slice it points at.
  if (text.slice(ev.start, ev.end) !== ev.text) {
    throw new ContractError(`edge ${key}: evidence in ${ev.article} at ${ev.start}-${ev.end} is not the text at those offsets`);
  }
  return ev;
}

// ontology.md: an actor is alleged when nothing stated in the articles' own voice touches it,
// apart from accusations against it. Each article says whether it touches and whether it states.
function tallies(part: ArticlePart): ActorTally[] {
  const out = new Map<string, ActorTally>();
  const tally = (id: string): ActorTally => {
    let t = out.get(id);
    if (!t) out.set(id, (t = { id, mentions: part.mentions.counts.get(id) ?? 0, names: [...(part.mentions.names.get(id) ?? [])].map(copy), touched: false, stated: false }));
    return t;
  };
  for (const id of part.mentions.counts.keys()) tally(id);
  for (const f of part.findings) {
    for (const id of [f.source, f.target]) {
      const t = tally(id);
      t.touched = true;
      if (f.status === 'reported' && !(f.type === 'accusation' && f.target === id)) t.stated = true;
    }
  }
  return [...out.values()];
}
