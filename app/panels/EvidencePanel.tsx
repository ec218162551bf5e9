/** The heart of Dyad: a relation and every sentence that states it, as the filters let through. */
import { fromOutlet } from '../model/matrix.ts';
import { outletColumns } from '../model/outlets.ts';
import { countLabel, TYPE_HEADINGS } from '../model/phrases.ts';
import { hiddenLabel } from '../model/shown.ts';
import type { PanelData } from './data.ts';
import { EvidenceItem } from './EvidenceItem.tsx';
import { Headline } from './Headline.tsx';
import { Missing, PanelClose } from './PanelParts.tsx';
import { readTarget, useGo } from './nav.ts';
import { StatusHelp } from './StatusHelp.tsx';

/**
 * The selected edge: its headline, its counts, then each visible sentence with where it comes
 * from; with `outlet` (a cell of the sources matrix), only that outlet's sentences, and a way back to all.
 */
export function EvidencePanel({ data, edgeKey, outlet = null }: { data: PanelData; edgeKey: string; outlet?: string | null }) {
  const go = useGo();
  const edge = data.shown.find((e) => e.key === edgeKey);
  if (!edge) return <Missing what="relation" id={edgeKey} />;
  const hidden = hiddenLabel(edge);
  const evidence = fromOutlet(data.graph, edge.evidence, outlet);
  return (
    <section className={`panel evidence-panel type-${edge.type}`} data-edge={edge.key} aria-labelledby="evidence-heading">
      <header className="panel-head">
        <p className="kicker">{TYPE_HEADINGS[edge.type]}</p>
        <PanelClose />
        <h2 id="evidence-heading" className="panel-heading" tabIndex={-1}>
          <Headline edge={edge} />
          {/* On a line of its own; the dot is for screen readers, who hear the heading as one line. */}
          <span className="headline-count">
            <span className="visually-hidden"> · </span>
            {countLabel(edge)}
          </span>
        </h2>
        {hidden !== null && <p className="hidden-note">{hidden}</p>}
        {outlet !== null && <OutletChip data={data} outlet={outlet} shown={evidence.length} />}
      </header>
      <StatusHelp />
      <ol className="evidence-list">
        {evidence.map((e, i) => (
          <EvidenceItem
            key={`${e.article}:${e.sentence}:${i}`}
            evidence={e}
            article={data.articles.get(e.article)}
            readTarget={readTarget(e.article, e.sentence)}
            onRead={() => go([{ type: 'open-reader', article: e.article, sentence: e.sentence }], '.reader-chosen')}
          />
        ))}
      </ol>
    </section>
  );
}

/** "Showing only Dawn (2 sentences) · Show all": the outlet focus a matrix cell opened, and its undoing. */
function OutletChip({ data, outlet, shown }: { data: PanelData; outlet: string; shown: number }) {
  const go = useGo();
  const column = outletColumns(data.graph).find((c) => c.key === outlet);
  const name = column ? `${column.label}${column.known ? '' : ' (outlet unknown)'}` : outlet;
  return (
    <p className="outlet-chip" data-outlet={outlet}>
      <span>
        Showing only <strong>{name}</strong>
        {shown === 0 ? ': none of its sentences pass the filters' : ` (${shown === 1 ? '1 sentence' : `${shown} sentences`})`}
      </span>
      <button type="button" className="link" onClick={() => go([{ type: 'set-outlet', outlet: null }])}>
        Show all
      </button>
    </p>
  );
}
