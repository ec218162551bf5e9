/** Escaping for the XML the exports write (GEXF and SVG). */

// XML 1.0 cannot carry these at all, escaped or not: C0 controls other than tab, LF and CR, lone
// surrogates, U+FFFE and U+FFFF. A label that holds one would make the whole file unreadable.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // As character references, tab, LF and CR survive attribute-value normalisation, which would
  // otherwise turn them into spaces (and turn CR into LF in text).
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Text made safe for XML element content and for attribute values in either quote. */
export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c] ?? c);
}

/** A number as XML writes it: finite, at most two decimals, no exponent for the sizes we have. */
export function xmlNumber(n: number): string {
  return Number.isFinite(n) ? String(Math.round(n * 100) / 100) : '0';
}
