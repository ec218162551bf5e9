/** The five exports as files: each made from the graph, the view and the live canvas, then named. */
import type { Core } from 'cytoscape';
import type { GraphFile } from '../../graph-data/schema.ts';
import type { Theme } from '../cytoscape/theme.ts';
import { graphHash } from '../model/hash.ts';
import { snapshotOf } from '../state/snapshot-types.ts';
import type { ViewState } from '../state/view.ts';
import { caption } from './caption.ts';
import { evidenceCsv } from './csv.ts';
import { type ExportKind, exportName } from './filename.ts';
import { toGexf } from './gexf.ts';
import { layoutLegend } from './legend-layout.ts';
import { legendGroups } from './legend.ts';
import { composePng } from './png.ts';
import { readScene } from './read-scene.ts';
import { toSvg } from './svg.ts';
import { graphExport, visibleSubgraph } from './subgraph.ts';

/** Everything an export is made from. */
export interface ExportContext {
  graph: GraphFile;
  view: ViewState;
  cy: Core;
  theme: Theme;
}

/** A finished export: the bytes and the file name to save them under. */
export interface ExportFile {
  blob: Blob;
  name: string;
}

const TYPES: Record<ExportKind, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  json: 'application/json',
  gexf: 'application/xml',
  csv: 'text/csv;charset=utf-8',
};

/** Model positions of the shown actors, for GEXF's viz:position. */
function positions(cy: Core): Record<string, [number, number]> {
  return Object.fromEntries(cy.nodes().map((n) => [n.id(), [n.position('x'), n.position('y')] as [number, number]]));
}

async function content(kind: ExportKind, c: ExportContext): Promise<Blob | string> {
  const sub = visibleSubgraph(c.graph, c.view.filters);
  const lines = caption(sub, c.view.filters);
  // The legend lists the actor kinds of the whole graph, as the one on the page does.
  const groups = legendGroups(c.graph.nodes.map((n) => n.attributes.kind));
  switch (kind) {
    case 'png':
      return composePng(c.cy, layoutLegend(groups, lines, c.theme), c.theme.bg);
    case 'svg':
      return toSvg(readScene(c.cy), { theme: c.theme, legend: groups, caption: lines });
    case 'json':
      return JSON.stringify(graphExport(c.graph, c.view, snapshotOf(c.view, c.cy, graphHash(c.graph))), null, 2) + '\n';
    case 'gexf':
      return toGexf(sub, { description: lines.join('. '), positions: positions(c.cy) });
    case 'csv':
      return evidenceCsv(sub);
  }
}

/** Makes the file for `kind` from the current view. */
export async function makeExport(kind: ExportKind, c: ExportContext): Promise<ExportFile> {
  const made = await content(kind, c);
  const blob = typeof made === 'string' ? new Blob([made], { type: TYPES[kind] }) : made;
  return { blob, name: exportName(kind, c.graph, c.view) };
}
