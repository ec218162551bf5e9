/**
 * Where the bare page does what the explorer does, and no more: the renderer and the layout it
 * picks for a graph of a given size. Imported from the explorer, so that the two cannot drift
 * apart.
 */
import type { Core } from 'cytoscape';
import { runLayout } from '../../../app/cytoscape/layouts.ts';
import { DEFAULT_VIEW } from '../../../app/state/view.ts';

/** The explorer's renderer options (WebGL only on a hardware GPU, for a big graph). */
export { rendererOptions } from '../../../app/cytoscape/renderer.ts';

/** The explorer's opening layout, run as the explorer runs it. */
export function layOut(cy: Core): void {
  runLayout(cy, DEFAULT_VIEW.layout);
}
