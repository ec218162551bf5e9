/** Export: PNG, SVG, graphology JSON, GEXF and CSV of what is shown, from a button and its menu. */
import type { Core } from 'cytoscape';
import { type KeyboardEvent, type RefObject, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { GraphFile } from '../../graph-data/schema.ts';
import { readTheme } from '../cytoscape/theme.ts';
import { saveBlob } from '../export/download.ts';
import type { ExportKind } from '../export/filename.ts';
import { useView } from '../state/provider.tsx';
import './ExportMenu.css';

/** The menu's items, in order, with the line under each that says what the file holds. */
const ITEMS: { kind: ExportKind; label: string; hint: string }[] = [
  { kind: 'png', label: 'Picture (PNG)', hint: 'The graph as framed on screen, at twice the resolution, with the legend.' },
  { kind: 'svg', label: 'Drawing (SVG)', hint: 'Every shown actor and relation as a vector drawing, with the legend.' },
  { kind: 'json', label: 'Graph data (JSON)', hint: 'Shown actors, relations and their evidence, in graphology’s format; importing it restores this view.' },
  { kind: 'gexf', label: 'Network (GEXF)', hint: 'Shown actors and relations for Gephi, with colours and positions.' },
  {
    kind: 'csv', label: 'Evidence (CSV)',
    hint: 'One row per shown sentence. A cell that starts with = + - or @ gets a leading apostrophe, so spreadsheets keep it as text.',
  },
];

/** Closes the menu on a press outside it. */
function useCloseOutside(box: RefObject<HTMLDivElement | null>, open: boolean, close: () => void) {
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (e.target instanceof Node && !box.current?.contains(e.target)) close();
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [box, open, close]);
}

/** Arrow keys, Home and End move between the items; Escape closes and returns to the button. */
function menuKeys(e: KeyboardEvent, panel: HTMLElement | null, close: () => void) {
  const items = [...(panel?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[e.key];
  if (e.key === 'Escape') {
    // This Escape is the menu's; the page's "Escape clears the selection" must not see it.
    e.preventDefault();
    e.stopPropagation();
    close();
  } else if (to !== undefined && items.length) {
    e.preventDefault();
    items[(to + items.length) % items.length]?.focus();
  }
}

/** The Export button; the menu under it saves the current view as a file. */
export function ExportMenu({ graph, cyRef }: { graph: GraphFile; cyRef: RefObject<Core | null> }) {
  const { view } = useView();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState({ text: '', failed: false });
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  useCloseOutside(box, open, useCallback(() => setOpen(false), []));
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [open]);

  const run = async (kind: ExportKind) => {
    const cy = cyRef.current;
    if (!cy || busy) return;
    close();
    setBusy(true);
    setStatus({ text: 'Preparing the file…', failed: false });
    try {
      // The exporters are loaded on first use: they are a good part of the code and few visits export.
      const { makeExport } = await import('../export/exports.ts');
      const file = await makeExport(kind, { graph, view, cy, theme: readTheme() });
      saveBlob(file.blob, file.name);
      setStatus({ text: `Saved ${file.name}`, failed: false });
    } catch (err) {
      setStatus({ text: `Export failed: ${err instanceof Error ? err.message : String(err)}`, failed: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      ref={box} className="menu export-menu" onKeyDown={(e) => open && menuKeys(e, panel.current, close)}
      // Tabbing out of the menu closes it, as a press outside does.
      onBlur={(e) => open && !box.current?.contains(e.relatedTarget as Node | null) && setOpen(false)}
    >
      <button ref={button} type="button" aria-expanded={open} aria-controls={`${id}-panel`} aria-busy={busy} onClick={() => setOpen(!open)}>
        Export<span className="export-caret" aria-hidden="true"> ▾</span>
      </button>
      <div ref={panel} id={`${id}-panel`} className="menu-panel export-panel" role="group" aria-label="Export the shown graph" hidden={!open}>
        {ITEMS.map((item) => {
          // The table and the matrix hide the canvas, and a hidden canvas has no picture to take.
          const off = item.kind === 'png' && view.mode !== 'graph';
          return (
            <div key={item.kind} className="export-item">
              <button type="button" data-export={item.kind} disabled={off} aria-describedby={`${id}-${item.kind}`} onClick={() => void run(item.kind)}>
                {item.label}
              </button>
              <p id={`${id}-${item.kind}`} className="hint muted">
                {off ? 'Switch to the graph to save a picture.' : item.hint}
              </p>
            </div>
          );
        })}
      </div>
      {/* The browser shows the download; a failure has nowhere else to show, so it is shown here. */}
      <p className={status.failed ? 'export-status' : 'sr-only'} role="status">
        {status.text}
      </p>
    </div>
  );
}
