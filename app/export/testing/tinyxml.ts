/**
 * A small, strict XML reader for the export tests: enough of XML 1.0 to check that what the
 * serializers write is well formed and to read it back. Not for the app: no DTDs, no CDATA.
 */

/** An element: its name, attributes (entities decoded), child elements and text. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes entity and character references; throws on a bare & or an unknown entity. */
function decode(raw: string): string {
  return raw.replace(/&([^;&\s]*);?/g, (all, ref: string) => {
    if (!all.endsWith(';')) throw new Error(`bare & in ${JSON.stringify(raw)}`);
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const c = PREDEFINED[ref];
    if (c === undefined) throw new Error(`unknown entity &${ref};`);
    return c;
  });
}

class Reader {
  pos = 0;
  constructor(readonly src: string) {}
  fail(why: string): never {
    throw new Error(`${why} at ${this.pos}: ${JSON.stringify(this.src.slice(this.pos, this.pos + 30))}`);
  }
  skipMisc(): void {
    for (;;) {
      const ws = /^\s*/.exec(this.src.slice(this.pos))![0].length;
      this.pos += ws;
      const rest = this.src.slice(this.pos);
      const close = rest.startsWith('<?') ? '?>' : rest.startsWith('<!--') ? '-->' : null;
      if (!close) return;
      const end = this.src.indexOf(close, this.pos);
      if (end < 0) this.fail('unclosed declaration or comment');
      this.pos = end + close.length;
    }
  }
  name(): string {
    const m = NAME.exec(this.src.slice(this.pos)) ?? this.fail('expected a name');
    this.pos += m[0].length;
    return m[0];
  }
  attrs(): Record<string, string> {
    const out: Record<string, string> = {};
    for (;;) {
      const m = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(this.src.slice(this.pos));
      if (!m) return out;
      if (m[1]! in out) this.fail(`duplicate attribute ${m[1]}`);
      out[m[1]!] = decode(m[3] ?? m[4] ?? '');
      this.pos += m[0].length;
    }
  }
  element(): XmlElement {
    if (this.src[this.pos] !== '<') this.fail('expected <');
    this.pos++;
    const el: XmlElement = { name: this.name(), attrs: this.attrs(), children: [], text: '' };
    this.pos += /^\s*/.exec(this.src.slice(this.pos))![0].length;
    if (this.src.startsWith('/>', this.pos)) return (this.pos += 2), el;
    if (this.src[this.pos++] !== '>') this.fail('expected > or />');
    this.content(el);
    return el;
  }
  content(el: XmlElement): void {
    for (;;) {
      const lt = this.src.indexOf('<', this.pos);
      if (lt < 0) this.fail(`unclosed <${el.name}>`);
      el.text += decode(this.src.slice(this.pos, lt));
      this.pos = lt;
      if (this.src.startsWith('<!--', lt)) this.skipMisc();
      else if (this.src.startsWith('</', lt)) {
        this.pos += 2;
        if (this.name() !== el.name) this.fail(`mismatched </…> for <${el.name}>`);
        if (!/^\s*>/.test(this.src.slice(this.pos))) this.fail('expected >');
        this.pos = this.src.indexOf('>', this.pos) + 1;
        return;
      } else el.children.push(this.element());
    }
  }
}

/** Parses a whole document; throws unless it is well formed with exactly one root element. */
export function parseXml(src: string): XmlElement {
  const r = new Reader(src.replace(/^\uFEFF/, ''));
  r.skipMisc();
  const root = r.element();
  r.skipMisc();
  if (r.pos !== r.src.length) r.fail('content after the root element');
  return root;
}

/** Every descendant element named `name`, in document order. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...findAll(c, name)]);
}
