/** The sidebar before anything is selected: how to use the explorer, and what the corpus holds. */
import { useMemo } from 'react';
import { plural } from '../model/format.ts';
import { countEvidence } from '../model/volume.ts';
import type { PanelData } from './data.ts';
import { StatusHelp } from './StatusHelp.tsx';

/** How many relations the filters show and hide, and the distinct sentences they cite. */
function counts(data: PanelData): { shown: number; hidden: number; sentences: number } {
  const shown = data.shown.filter((e) => e.evidence.length > 0);
  // Distinct: one sentence often carries several relations.
  const { sentences } = countEvidence(shown.flatMap((e) => e.evidence));
  return { shown: shown.length, hidden: data.shown.length - shown.length, sentences };
}

/** A short how-to and the size of the corpus, counted under the current filters. */
export function EmptyPanel({ data }: { data: PanelData }) {
  // Once per filter change (data changes with the filters), not on every hover.
  const { shown, hidden, sentences } = useMemo(() => counts(data), [data]);
  return (
    <section className="panel empty-panel" aria-labelledby="empty-heading">
      <header className="panel-head">
        <h2 id="empty-heading" className="panel-heading" tabIndex={-1}>
          Every edge has its sentences
        </h2>
      </header>
      <ul className="how-to">
        <li>
          <strong>Click an edge</strong> (or a row of the table) to read the sentences behind it, with who said
          them, when, and how sure the article is.
        </li>
        <li>
          <strong>Click an actor</strong> to see what it does, what is done to it, and the articles that say so.
        </li>
        <li>
          <strong>Read in article</strong> opens the full text at the sentence; every other sentence that carries a
          relation is underlined there, and leads to its own evidence.
        </li>
      </ul>
      <p className="corpus-stats">
        {plural(data.graph.attributes.articles.length, 'article')} · {plural(data.graph.nodes.length, 'actor')} ·{' '}
        {plural(shown, 'relation')} · {plural(sentences, 'cited sentence')}
        {hidden > 0 && <span className="muted"> ({plural(hidden, 'relation')} hidden by filters)</span>}
      </p>
      <StatusHelp open />
    </section>
  );
}
