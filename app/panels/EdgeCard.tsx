import type { ArticleMeta } from '../../graph-data/schema.ts';
import { countLabel, headlineParts } from '../model/phrases.ts';
import type { EdgeView } from '../model/relations.ts';
import { ActorName } from './Badges.tsx';
import { EvidenceItem } from './EvidenceItem.tsx';

/** An edge: who does what to whom, how well attested, and every sentence that says so. */
export function EdgeCard({ edge, articles }: { edge: EdgeView; articles: Map<string, ArticleMeta> }) {
  return (
    <section className={`edge type-${edge.type}`} data-edge={edge.key} aria-label={edge.key}>
      <header className="edge-head">
        <h3>
          {headlineParts(edge).map((p, i) =>
            'actor' in p ? <ActorName key={i} actor={p.actor} /> : <span key={i}>{p.text}</span>,
          )}
        </h3>
        <span className="count">{countLabel(edge)}</span>
      </header>
      <ol className="evidence-list">
        {edge.evidence.map((e, i) => (
          <EvidenceItem key={`${e.article}:${e.sentence}:${i}`} evidence={e} article={articles.get(e.article)} />
        ))}
      </ol>
    </section>
  );
}
