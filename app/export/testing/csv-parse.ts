/**
 * A strict RFC 4180 reader for the tests (unit and browser): quoted fields with doubled quotes,
 * CRLF after every record. Anything looser, such as a bare LF, is an error, not a guess.
 */

/** The records of `text` (a leading byte-order mark is skipped). */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (src[i + 1] === '"') (field += '"'), i++;
      else quoted = false;
    } else if (c === '"') {
      if (field !== '' || wasQuoted) throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = wasQuoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '\r' && src[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      wasQuoted = false;
      i++;
    } else if (c === '\r' || c === '\n') throw new Error(`a bare line break outside quotes at ${i}`);
    else if (wasQuoted) throw new Error(`text after a closing quote at ${i}`);
    else field += c;
  }
  if (quoted) throw new Error('an unclosed quote');
  if (field !== '' || row.length) throw new Error('the last record does not end in CRLF');
  return rows;
}
