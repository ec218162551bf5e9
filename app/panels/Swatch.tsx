/**
 * Small drawings of what the canvas draws, for the legend and the filters. SVG presentation
 * attributes carry the colours from the same tables as the stylesheet; the CSP forbids style="…".
 */
import { FAINT_ALLEGED_OPACITY } from '../cytoscape/tables.ts';

/** What an edge swatch draws besides its colour: dashes or faintness for allegations, an arrowhead. */
interface EdgeLook {
  dashed?: boolean;
  faint?: boolean;
  arrow?: boolean;
}

/** A line in a relation type's colour: dashed (or, on a large graph, faint) for allegations, with an arrowhead when directed. */
export function EdgeSwatch({ colour, dashed = false, faint = false, arrow = false }: { colour: string } & EdgeLook) {
  return (
    <svg className="swatch" width="30" height="12" viewBox="0 0 30 12" aria-hidden="true" focusable="false">
      <line
        x1="1" y1="6" x2={arrow ? 21 : 29} y2="6" stroke={colour} strokeWidth="3"
        strokeDasharray={dashed ? '5 3' : undefined} strokeOpacity={faint ? FAINT_ALLEGED_OPACITY : undefined}
      />
      {arrow && <path d="M20 1 L29 6 L20 11 Z" fill={colour} />}
    </svg>
  );
}

/** A disc in an actor kind's colour; a dashed outline marks an alleged actor. */
export function NodeSwatch({ colour, outline, dashed = false }: { colour: string; outline: string; dashed?: boolean }) {
  return (
    <svg className="swatch" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <circle cx="9" cy="9" r="7" fill={colour} stroke={outline} strokeWidth={dashed ? 2 : 1.5} strokeDasharray={dashed ? '3 2' : undefined} />
    </svg>
  );
}
