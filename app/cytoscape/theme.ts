/** The colours the canvas borrows from the page, so that the graph follows light and dark mode. */

/** The page colours the stylesheet needs; values are CSS colours cytoscape can parse (hex). */
export interface Theme {
  fg: string;
  bg: string;
  muted: string;
  accent: string;
  alleged: string;
}

/** The light theme of styles.css: the fallback when a variable is missing, and the tests' theme. */
export const LIGHT: Theme = { fg: '#16202e', bg: '#f6f7f9', muted: '#5b6676', accent: '#1d4ed8', alleged: '#9a3412' };

const VARIABLES: Record<keyof Theme, string> = {
  fg: '--fg',
  bg: '--graph-bg',
  muted: '--muted',
  accent: '--accent',
  alleged: '--alleged',
};

/** Reads the CSS variables that styles.css sets for the current colour scheme. */
export function readTheme(root: Element = document.documentElement): Theme {
  const css = getComputedStyle(root);
  const read = (key: keyof Theme) => css.getPropertyValue(VARIABLES[key]).trim() || LIGHT[key];
  return { fg: read('fg'), bg: read('bg'), muted: read('muted'), accent: read('accent'), alleged: read('alleged') };
}
