import type { ArticleMeta } from '../../graph-data/schema.ts';
import { plural } from '../model/format.ts';
import { TYPE_HEADINGS } from '../model/phrases.ts';
import type { TypeGroup } from '../model/relations.ts';
import { EdgeCard } from './EdgeCard.tsx';

/** Every edge, in sections by relation type. */
export function RelationList({ groups, articles }: { groups: TypeGroup[]; articles: Map<string, ArticleMeta> }) {
  if (groups.length === 0) {
    return <p className="empty">The graph has no relations yet.</p>;
  }
  return (
    <>
      {groups.map((g) => (
        <section key={g.type} className="type-group" aria-labelledby={`type-${g.type}`}>
          <h2 id={`type-${g.type}`}>
            {TYPE_HEADINGS[g.type]} <span className="muted">{plural(g.edges.length, 'edge')}</span>
          </h2>
          {g.edges.map((e) => (
            <EdgeCard key={e.key} edge={e} articles={articles} />
          ))}
        </section>
      ))}
    </>
  );
}
