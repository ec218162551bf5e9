/**
 * Parts of the page that the first view does not show, each loaded the first time it is shown:
 * the relation table and the sources matrix (behind the graph until chosen), and the reader's
 * text (which waits for the article texts anyway).
 */
import { lazy } from 'react';

export const RelationTable = lazy(() => import('./RelationTable.tsx').then((m) => ({ default: m.RelationTable })));
export const SourceMatrix = lazy(() => import('./SourceMatrix.tsx').then((m) => ({ default: m.SourceMatrix })));
export const ReaderText = lazy(() => import('./ReaderText.tsx').then((m) => ({ default: m.ReaderText })));

/** What shows while one of them arrives: a line, in the place the part will take. */
export function Arriving({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}
