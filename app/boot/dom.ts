/**
 * Building the page's first elements in plain DOM, before React has loaded (notice.ts,
 * drawEarly.ts). Text goes in as text, never as markup.
 */

/** A `tag` element with `className` (none when empty), then `children`: text or elements. */
export function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, ...children: (HTMLElement | string)[]): HTMLElementTagNameMap[K] {
  const made = doc.createElement(tag);
  if (className) made.className = className;
  made.append(...children);
  return made;
}
