/** One line under the graph that says what is selected. The sidebar's live region announces it, so this one stays quiet. */
import type { GraphFile } from '../../graph-data/schema.ts';
import { describeSelection } from '../model/selection.ts';
import { useView } from '../state/provider.tsx';

/** "Selected: Pakistan accuses India · Esc clears", or a hint when nothing is. */
export function SelectionStatus({ graph }: { graph: GraphFile }) {
  const { view } = useView();
  const text = describeSelection(graph, view.selection);
  const key = view.selection?.key;
  return (
    <p className="selection-status" data-selection={key ?? ''}>
      {text === null ? 'Click an edge to read its sentences, or an actor to see its relations.' : `Selected: ${text}`}
      {text !== null && <span className="muted"> · Esc clears</span>}
    </p>
  );
}
