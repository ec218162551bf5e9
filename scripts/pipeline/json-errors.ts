/**
 * Where JSON text first breaks, as a line and column. V8's JSON.parse names a position for some
 * errors only ("Unexpected token '}'" has none), so we rescan: a small recursive descent that
 * stops at the first character the grammar does not allow.
 */

class Stop {
  constructor(readonly at: number) {}
}

/** The 0-based offset of the first syntax error in `text`, or null when it is valid JSON. */
export function jsonErrorOffset(text: string): number | null {
  const s = { text, i: 0 };
  try {
    space(s);
    value(s);
    space(s);
    if (s.i < text.length) throw new Stop(s.i);
    return null;
  } catch (e) {
    if (e instanceof Stop) return e.at;
    throw e;
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

interface Scan {
  text: string;
  i: number;
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/y;

function space(s: Scan): void {
  while (/[ \t\n\r]/.test(s.text[s.i] ?? '')) s.i++;
}

function expect(s: Scan, c: string): void {
  if (s.text[s.i] !== c) throw new Stop(s.i);
  s.i++;
}

function sticky(s: Scan, re: RegExp): void {
  re.lastIndex = s.i;
  const m = re.exec(s.text);
  if (!m) throw new Stop(stringStop(s));
  s.i += m[0].length;
}

/** Inside a broken string, the bad character is the first one the string rule rejects. */
function stringStop(s: Scan): number {
  if (s.text[s.i] !== '"') return s.i;
  const m = /^"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*/.exec(s.text.slice(s.i));
  return s.i + (m?.[0].length ?? 0);
}

function value(s: Scan): void {
  const c = s.text[s.i] ?? '';
  if (c === '{') return list(s, '}', () => (sticky(s, STRING), space(s), expect(s, ':'), space(s), value(s)));
  if (c === '[') return list(s, ']', () => value(s));
  if (c === '"') return sticky(s, STRING);
  if (c === '-' || /\d/.test(c)) return sticky(s, NUMBER);
  for (const word of ['true', 'false', 'null']) if (s.text.startsWith(word, s.i)) return void (s.i += word.length);
  throw new Stop(s.i);
}

/** `{…}` or `[…]`: items separated by commas, no trailing comma. */
function list(s: Scan, close: string, item: () => void): void {
  s.i++;
  space(s);
  if (s.text[s.i] === close) return void s.i++;
  for (;;) {
    item();
    space(s);
    if (s.text[s.i] === close) return void s.i++;
    expect(s, ',');
    space(s);
  }
}
