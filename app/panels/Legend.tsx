/** What the shapes and colours of the graph mean, drawn from the tables the stylesheet uses. */
import { memo, type ReactNode } from 'react';
import { RELATION_TYPES, STATUSES } from '../../graph-data/shapes.ts';
import type { GraphFile } from '../../graph-data/schema.ts';
import { scaleOf } from '../cytoscape/scale.ts';
import { KIND_STYLE, RELATION_STYLE, STATUS_STYLE, type Kind } from '../cytoscape/tables.ts';
import { EdgeSwatch, NodeSwatch } from './Swatch.tsx';

// currentColor: the legend's CSS gives these the theme's muted and alleged colours, as the canvas has.
const NEUTRAL = 'currentColor';

function Group({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div className="legend-group">
      <h3 id={id}>{title}</h3>
      <ul aria-labelledby={id}>{children}</ul>
    </div>
  );
}

/**
 * The legend: actor kinds present in the graph, relation types, how edges are drawn, alleged
 * actors. A large graph draws arrows, curves and dashes only in the focus (stylesheet.ts), and
 * says so here.
 */
export const Legend = memo(function Legend({ graph }: { graph: GraphFile }) {
  const kinds = (Object.keys(KIND_STYLE) as Kind[]).filter((k) => graph.nodes.some((n) => n.attributes.kind === k));
  const solid = STATUSES.filter((s) => !STATUS_STYLE[s].dashed);
  const dashed = STATUSES.filter((s) => STATUS_STYLE[s].dashed);
  const { large } = scaleOf(graph.nodes.length);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="sr-only">Legend</h2>
      <Group id="legend-actors" title="Actors">
        {kinds.map((k) => (
          <li key={k}>
            <NodeSwatch colour={KIND_STYLE[k].colour} outline={NEUTRAL} /> {KIND_STYLE[k].label}
          </li>
        ))}
        <li className="legend-alleged" data-legend="alleged-actor">
          <NodeSwatch colour={KIND_STYLE.state.colour} outline={NEUTRAL} dashed /> alleged actor: known only through others&rsquo; claims
        </li>
        <li className="muted">size: sentences about it</li>
      </Group>
      <Group id="legend-types" title="Relations">
        {RELATION_TYPES.map((t) => (
          <li key={t}>
            <EdgeSwatch colour={RELATION_STYLE[t].colour} /> {RELATION_STYLE[t].label}
          </li>
        ))}
      </Group>
      <Group id="legend-lines" title="Lines">
        <li>
          <EdgeSwatch colour={NEUTRAL} arrow /> one actor to another
        </li>
        <li>
          <EdgeSwatch colour={NEUTRAL} /> mutual
        </li>
        <li>
          <EdgeSwatch colour={NEUTRAL} /> {solid.join(' or ')}
        </li>
        <li data-legend="alleged-line">
          <EdgeSwatch colour={NEUTRAL} dashed={!large} faint={large} /> {dashed.join(', ')} only
        </li>
        {large && (
          <li className="muted" data-legend="focus-only">
            arrows, curves and dashes: only around the hovered or selected actor or relation
          </li>
        )}
        <li className="muted">width: sentences that state it</li>
      </Group>
    </section>
  );
});
