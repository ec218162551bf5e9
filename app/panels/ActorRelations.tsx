/** An actor's relations, grouped by type; each opens the evidence of its edge. */
import type { Direction, RelationGroup } from '../model/actor.ts';
import { TYPE_HEADINGS } from '../model/phrases.ts';
import { useGo } from './nav.ts';

/** The arrow reads the direction; the phrase says it in words too, so the glyph is decorative. */
const ARROWS: Record<Direction, { before: string; after: string }> = {
  out: { before: '', after: ' →' },
  in: { before: '← ', after: '' },
  mutual: { before: '', after: ' ↔' },
};

/** "accuses → India (5)", "← accused by Afghan Taliban (2)", as buttons under type headings. */
export function ActorRelations({ groups }: { groups: RelationGroup[] }) {
  const go = useGo();
  if (groups.length === 0) return <p className="empty">No relation of this actor passes the filters.</p>;
  return (
    <div className="actor-relations">
      {groups.map((g) => (
        <section key={g.type} className={`type-${g.type}`} aria-label={TYPE_HEADINGS[g.type]}>
          <h4>{TYPE_HEADINGS[g.type]}</h4>
          <ul>
            {g.relations.map((r) => (
              <li key={r.edge.key}>
                <button
                  type="button"
                  className="relation-link"
                  data-edge={r.edge.key}
                  onClick={() => go([{ type: 'select', selection: { kind: 'edge', key: r.edge.key } }])}
                >
                  <span aria-hidden="true">{ARROWS[r.direction].before}</span>
                  {r.phrase}
                  <span aria-hidden="true">{ARROWS[r.direction].after}</span> <strong>{r.other.label}</strong>{' '}
                  <span className="muted">({r.edge.sentences})</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
