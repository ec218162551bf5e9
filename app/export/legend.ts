/**
 * What the legend says, as data: the same tables and the same words as panels/Legend.tsx (a test
 * compares the two), for the legends drawn into the PNG and SVG exports.
 */
import { RELATION_TYPES, STATUSES } from '../../graph-data/shapes.ts';
import { KIND_STYLE, RELATION_STYLE, STATUS_STYLE, type Kind } from '../cytoscape/tables.ts';

/** A little drawing before a row: a node disc or an edge line; a null colour is the theme's muted one. */
export type Swatch =
  | { kind: 'node'; fill: string; alleged: boolean }
  | { kind: 'edge'; colour: string | null; dashed: boolean; arrow: boolean }
  | null;

/** One line of the legend. */
export interface LegendRow {
  swatch: Swatch;
  text: string;
  muted?: boolean;
}

/** A titled group of rows. */
export interface LegendGroup {
  title: string;
  rows: LegendRow[];
}

const line = (text: string, dashed = false, arrow = false): LegendRow => ({ swatch: { kind: 'edge', colour: null, dashed, arrow }, text });

/** The legend's groups: the actor kinds in `kinds` (in the table's order), every relation type, the line styles. */
export function legendGroups(kinds: readonly Kind[]): LegendGroup[] {
  const present = (Object.keys(KIND_STYLE) as Kind[]).filter((k) => kinds.includes(k));
  const solid = STATUSES.filter((s) => !STATUS_STYLE[s].dashed);
  const dashed = STATUSES.filter((s) => STATUS_STYLE[s].dashed);
  return [
    {
      title: 'Actors',
      rows: [
        ...present.map((k): LegendRow => ({ swatch: { kind: 'node', fill: KIND_STYLE[k].colour, alleged: false }, text: KIND_STYLE[k].label })),
        { swatch: { kind: 'node', fill: KIND_STYLE.state.colour, alleged: true }, text: 'alleged actor: known only through others\u2019 claims' },
        { swatch: null, text: 'size: sentences about it', muted: true },
      ],
    },
    {
      title: 'Relations',
      rows: RELATION_TYPES.map((t) => ({ swatch: { kind: 'edge', colour: RELATION_STYLE[t].colour, dashed: false, arrow: false }, text: RELATION_STYLE[t].label })),
    },
    {
      title: 'Lines',
      rows: [
        line('one actor to another', false, true),
        line('mutual'),
        line(solid.join(' or ')),
        line(`${dashed.join(', ')} only`, true),
        { swatch: null, text: 'width: sentences that state it', muted: true },
      ],
    },
  ];
}
