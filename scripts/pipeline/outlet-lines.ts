/**
 * The line rules that name an article's outlet: credits, labels, self-credits and URLs. Pure
 * functions of one trimmed line or paragraph, general shapes only: the names are read from the
 * text, never listed here (proper nouns live in the dictionaries alone).
 */

/** A name's last word that makes it a publication's: "Example Times", "Example News Agency". */
const MEDIA_WORD =
  /\b(news|times|tribune|herald|express|agency|press|journal|gazette|telegraph|chronicle|observer|radio|tv|television|network|wire|daily|dispatch|recorder|guardian|post|mirror|monitor|broadcasting|channel|media)\W*$/i;
/** Who writes, not who publishes: "Staff Reporter", "Web Desk", "Agencies". */
const NOT_AN_OUTLET = /^((our|staff|web|news|monitoring|special|foreign|political)\s+)?(reporters?|correspondents?|desk|report|writer|bureau|agencies|editor)$/i;
/** A host name as a name: "example.com", "Example.az", "news.example.co.uk". */
const HOST = /^[A-Za-z0-9][A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.([a-z]{2,3}|[A-Z][a-z]|com|net|org|info|news|online|media)$/;

/** The text as an outlet's name: a short, capitalised name or a host; null for anything else. */
export function outletName(text: string): string | null {
  const name = text.trim().replace(/\s+/g, ' ');
  if (name.length < 2 || name.length > 60 || name.split(' ').length > 8) return null;
  if (!/^[\p{Lu}\d]/u.test(name) && !HOST.test(name)) return null;
  if (/[.!?;:]$/.test(name) && !/\b\p{Lu}\.$/u.test(name)) return null; // prose, not a name
  if (NOT_AN_OUTLET.test(name) || /^(updated|published|posted|end|ends|file|photo)$/i.test(name)) return null;
  return name;
}

/** A name that says it is a publication: "The Example Times", "Example News", "example.com". */
export function isMediaName(text: string, allowThe = false): boolean {
  const name = outletName(text);
  if (name === null) return false;
  return MEDIA_WORD.test(name) || HOST.test(name) || (allowThe && /^The\s+\p{Lu}/u.test(name));
}

/** "https://www.example.com/a/b" → "example.com"; null for anything that is no web address. */
export function hostOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (!/^https?:$/.test(parsed.protocol) || !parsed.hostname.includes('.')) return null;
  return parsed.hostname.toLowerCase().replace(/^www\./, '');
}

/** A line that is a web address and nothing else, optionally labelled ("Source: https://…"). */
export function urlLineOf(line: string): string | null {
  const m = /^(?:(?:source|url|link|read (?:more|it) at|originally published (?:at|on|in))\s*:?\s*)?<?(https?:\/\/\S+?)>?$/i.exec(line);
  return m?.[1] && hostOf(m[1]) !== null ? m[1] : null;
}

/** "Source: Example Times" on a line of its own: the outlet it names (or the host of its address). */
export function sourceLabelOf(line: string): string | null {
  const m = /^source\s*:\s*(.+)$/i.exec(line);
  if (!m?.[1]) return null;
  const url = urlLineOf(m[1]);
  return url !== null ? hostOf(url) : outletName(m[1]);
}

/** A credit alone on a line, as agencies close a story: "— Agency", "(Agency)". */
export function creditLineOf(line: string): string | null {
  const m = /^(?:[—–-]{1,2}\s*([^—–()]+)|\(([^()]{2,40})\))$/u.exec(line);
  const name = m?.[1] ?? m?.[2];
  return name !== undefined && /^[\p{Lu}\d]/u.test(name) && name.split(/\s+/).length <= 4 ? outletName(name) : null;
}

/** The credit closing a paragraph, "…, officials said. — Agency": the agency, or null. */
export function trailingCreditOf(line: string): string | null {
  const m = /[.!?]["”’)]?\s+[—–-]{1,2}\s*([A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,3})$/u.exec(line);
  return m?.[1] ? outletName(m[1]) : null;
}

/**
 * An outlet named after its web address names itself in the lede: "…, Example.az reports." or
 * "reports Example.az". Only a host-shaped name counts, since "Reuters reports" in another
 * outlet's story credits a source, not the publisher.
 */
export function selfCreditOf(paragraph: string): string | null {
  // Both forms hold the word, in this case: most paragraphs are spared the scan for a host.
  if (!paragraph.includes('reports')) return null;
  const host = String.raw`([A-Za-z0-9][A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,6})`;
  const m = new RegExp(String.raw`(?:^|[\s,;(])${host}\s+reports\b|\breports\s+${host}(?=[\s.,;)]|$)`, 'u').exec(paragraph);
  const name = m?.[1] ?? m?.[2];
  return name !== undefined && HOST.test(name) ? name : null;
}

/** The agency a dateline names in brackets: "PLACE (Agency) —" → "Agency". */
export function datelineAgencyOf(bracketed: string | undefined): string | null {
  const inner = bracketed?.trim().replace(/^\(|\)$/g, '');
  return inner ? outletName(inner) : null;
}
