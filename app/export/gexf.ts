/**
 * The shown subgraph as GEXF 1.3 (gexf.net/1.3), the format Gephi opens natively. Typed attribute
 * columns carry what Dyad knows; viz: elements carry its colours, sizes and, when given, positions.
 */
import { STATUSES } from '../../graph-data/shapes.ts';
import type { GraphFile } from '../../graph-data/schema.ts';
import { edgeWidth, nodeSize } from '../cytoscape/sizes.ts';
import { KIND_STYLE, RELATION_STYLE } from '../cytoscape/tables.ts';
import { actorVolume, distinctSentences } from '../model/volume.ts';
import { xmlEscape as x, xmlNumber } from './xml.ts';

type Node = GraphFile['nodes'][number];
type Edge = GraphFile['edges'][number];

/** What the file says beyond the graph: its description and, optionally, where each actor is drawn. */
export interface GexfOptions {
  description: string;
  positions?: Record<string, [number, number]>;
}

const NODE_COLUMNS = [['kind', 'string'], ['core', 'boolean'], ['alleged', 'boolean'], ['mentions', 'integer']] as const;
const EDGE_COLUMNS = [['type', 'string'], ['sentences', 'integer'], ['statuses', 'string']] as const;

function columns(cls: 'node' | 'edge', cols: readonly (readonly [string, string])[]): string {
  const rows = cols.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`);
  return [`    <attributes class="${cls}">`, ...rows, '    </attributes>'].join('\n');
}

function values(pairs: [string, string | number | boolean][]): string {
  return pairs.map(([k, v]) => `          <attvalue for="${k}" value="${x(String(v))}"/>`).join('\n');
}

/** "#rrggbb" as GEXF's viz:color attributes. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

function nodeXml(n: Node, volume: ReadonlyMap<string, number>, at: [number, number] | undefined): string {
  const a = n.attributes;
  // Gephi's y axis points up, the screen's down: the y is flipped so the picture is not mirrored.
  const position = at ? [`        <viz:position x="${xmlNumber(at[0])}" y="${xmlNumber(-at[1])}" z="0"/>`] : [];
  return [
    `      <node id="${x(n.key)}" label="${x(a.label)}">`,
    '        <attvalues>',
    values([['kind', a.kind], ['core', a.core], ['alleged', a.alleged], ['mentions', a.mentions]]),
    '        </attvalues>',
    `        <viz:color ${rgb(KIND_STYLE[a.kind].colour)}/>`,
    `        <viz:size value="${nodeSize(volume.get(n.key) ?? 0) / 2}"/>`,
    ...position,
    '      </node>',
  ].join('\n');
}

function edgeXml(e: Edge): string {
  const { type, undirected, evidence } = e.attributes;
  const sentences = distinctSentences(evidence);
  const statuses = STATUSES.filter((s) => evidence.some((v) => v.status === s));
  const dashed = statuses.length === 1 && statuses[0] === 'alleged';
  // kind keeps two relations between one pair apart: Gephi merges parallel edges of one kind.
  const head = `      <edge id="${x(e.key)}" source="${x(e.source)}" target="${x(e.target)}"${undirected ? ' type="undirected"' : ''}`;
  return [
    `${head} kind="${type}" label="${x(RELATION_STYLE[type].label)}" weight="${sentences}">`,
    '        <attvalues>',
    values([['type', type], ['sentences', sentences], ['statuses', statuses.join(', ')]]),
    '        </attvalues>',
    `        <viz:color ${rgb(RELATION_STYLE[type].colour)}/>`,
    `        <viz:thickness value="${edgeWidth(sentences)}"/>`,
    `        <viz:shape value="${dashed ? 'dashed' : 'solid'}"/>`,
    '      </edge>',
  ].join('\n');
}

const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The GEXF document for `sub`; nodes and edges sorted by key, so the same view gives the same bytes. */
export function toGexf(sub: GraphFile, options: GexfOptions): string {
  const volume = actorVolume(sub);
  const nodes = [...sub.nodes].sort(byKey).map((n) => nodeXml(n, volume, options.positions?.[n.key]));
  const edges = [...sub.edges].sort(byKey).map(edgeXml);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <meta>',
    '    <creator>Dyad</creator>',
    `    <description>${x(options.description)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    columns('node', NODE_COLUMNS),
    columns('edge', EDGE_COLUMNS),
    `    <nodes count="${nodes.length}">`,
    ...nodes,
    '    </nodes>',
    `    <edges count="${edges.length}">`,
    ...edges,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
