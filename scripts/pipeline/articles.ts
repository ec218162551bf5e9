/** The only stage that touches the disk: a folder of articles in, SourceFiles out; plus cleaning. */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from './decode.ts';
import { InputError } from './errors.ts';
import type { SourceFile } from './types.ts';

export { cleanArticle } from './article-clean.ts';

const ARTICLE_EXT = /\.(txt|md)$/i;

/** Reads every .txt and .md file of a folder, sorted by name; other entries become notices. */
export function readArticleFolder(dir: string): { sources: SourceFile[]; notices: string[] } {
  const entries = listFolder(dir);
  const notices: string[] = [];
  const sources: SourceFile[] = [];
  const byId = new Map<string, string>();
  for (const entry of entries) {
    if (!isFile(dir, entry) || !ARTICLE_EXT.test(entry.name)) {
      notices.push(`ignored ${join(dir, entry.name)}${entry.isDirectory() ? '/' : ''}: not a .txt or .md article`);
      continue;
    }
    const id = entry.name.replace(ARTICLE_EXT, '');
    const twin = byId.get(id);
    if (twin !== undefined) {
      throw new InputError(join(dir, entry.name), `same article id "${id}" as ${join(dir, twin)}`);
    }
    byId.set(id, entry.name);
    sources.push({ id, file: entry.name, text: readArticle(join(dir, entry.name)) });
  }
  if (sources.length === 0) throw new InputError(dir, 'no .txt or .md articles in the folder');
  return { sources, notices };
}

/** Folder entries sorted by code unit, not locale, so every machine reads them in one order. */
function listFolder(dir: string): Dirent[] {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (e) {
    throw new InputError(dir, `cannot open the folder (${code(e)})`);
  }
  if (!isDir) throw new InputError(dir, 'not a folder');
  const entries = readdirSync(dir, { withFileTypes: true });
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A file, or a link to one (a link's own entry says only that it is a link). */
function isFile(dir: string, entry: Dirent): boolean {
  if (!entry.isSymbolicLink()) return entry.isFile();
  try {
    return statSync(join(dir, entry.name)).isFile();
  } catch {
    return false; // a dangling link is reported as ignored, like any other non-article
  }
}

function readArticle(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new InputError(path, `cannot read the file (${code(e)})`);
  }
  const text = decodeText(bytes, path);
  if (text.trim() === '') throw new InputError(path, 'empty article');
  return text;
}

function code(e: unknown): string {
  const c = (e as NodeJS.ErrnoException).code;
  return c === 'ENOENT' ? 'it does not exist' : (c ?? String(e));
}
