/** The page exposes its cytoscape instance, for the browser tests and for debugging in the console. */
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    cy?: Core;
  }
}
