/** Small pieces shared by the panels. */
import { useGo } from './nav.ts';

/** Clears the selection; the sidebar then shows its how-to again. */
export function PanelClose({ label = 'Close' }: { label?: string }) {
  const go = useGo();
  return (
    <button type="button" className="panel-close" onClick={() => go([{ type: 'select', selection: null }])}>
      <span aria-hidden="true">×</span> {label}
    </button>
  );
}

/** A selection that points at nothing: a link from an older graph, say. Never a crash. */
export function Missing({ what, id }: { what: string; id: string }) {
  return (
    <section className="panel" aria-labelledby="missing-heading">
      <header className="panel-head">
        <PanelClose />
        <h2 id="missing-heading" className="panel-heading" tabIndex={-1}>
          No such {what}
        </h2>
      </header>
      <p>
        The {what} <code>{id}</code> is not in this graph. It may come from a link made with other data.
      </p>
    </section>
  );
}
