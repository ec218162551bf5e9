/**
 * Moving around inside the sidebar. A button that replaces the panel it sits in would leave focus
 * on <body>; `go` dispatches, then the sidebar focuses where the user's eyes go next.
 */
import { createContext, useContext } from 'react';
import type { Action } from '../state/view.ts';

/** Dispatches `actions` in order, then focuses the first match of `focus` in the sidebar (default: the panel heading). */
export type Go = (actions: Action[], focus?: string) => void;

/** Provided by the Sidebar. */
export const GoContext = createContext<Go | null>(null);

/** The sidebar's `go`. */
export function useGo(): Go {
  const go = useContext(GoContext);
  if (!go) throw new Error('useGo must be used inside <Sidebar>');
  return go;
}

/** The CSS selector of the heading every panel focuses when it takes over the sidebar. */
export const HEADING = '.panel-heading';

/** A stable attribute value for a button that opens the reader, so focus can come back to it. */
export function readTarget(article: string, sentence: number | null): string {
  return `${article}#${sentence ?? ''}`;
}

/** The selector of that button; quotes and backslashes escaped, since an article id is data. */
export function readSelector(article: string, sentence: number | null): string {
  return `[data-read="${readTarget(article, sentence).replace(/["\\]/g, '\\$&')}"]`;
}
