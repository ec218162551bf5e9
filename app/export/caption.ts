/** The words that go with an export: what it shows, and which filters cut it down. */
import type { GraphFile } from '../../graph-data/schema.ts';
import { plural } from '../model/format.ts';
import type { Filters } from '../state/view.ts';
import { distinctSentences } from '../model/volume.ts';
import { shownArticles } from './subgraph.ts';

/** "Filtered: hiding clash, threat; alleged; 1 article; dates outside 2025-10-01 to 2025-10-30", or null. */
export function filterLine(f: Filters): string | null {
  const parts = [
    f.hiddenTypes.join(', '),
    f.hiddenStatuses.join(', '),
    f.hiddenArticles.length ? plural(f.hiddenArticles.length, 'article') : '',
    f.from !== null || f.to !== null ? `dates outside ${f.from ?? 'the start'} to ${f.to ?? 'the end'}` : '',
    f.reportedBy !== null ? `articles published after ${f.reportedBy} or undated` : '',
  ].filter(Boolean);
  return parts.length ? `Filtered: hiding ${parts.join('; ')}` : null;
}

/** Caption lines: a title, the counts of what `sub` holds, and the filters when any are on. */
export function caption(sub: GraphFile, f: Filters): string[] {
  const sentences = sub.edges.reduce((sum, e) => sum + distinctSentences(e.attributes.evidence), 0);
  const counts = [
    plural(sub.nodes.length, 'actor'),
    plural(sub.edges.length, 'relation'),
    `${plural(sentences, 'sentence')} from ${plural(shownArticles(sub).length, 'article')}`,
  ].join(' · ');
  const filters = filterLine(f);
  return ['Dyad: relations between political actors', counts, ...(filters ? [filters] : [])];
}
