/** The only stage that touches the disk: a folder of articles in, SourceFiles out; plus cleaning. */
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from './decode.ts';
import { InputError } from './errors.ts';
import type { SourceFile } from './types.ts';

export { cleanArticle } from './article-clean.ts';

/** The names an article file may have; anything else in the folder is ignored with a notice. */
export const ARTICLE_EXT = /\.(txt|md)$/i;

/** An article file found in the folder, not yet read. */
export interface ArticleEntry {
  id: string;
  file: string;
  path: string;
  /** Size on disk, for progress. */
  bytes: number;
}

/** Reads every .txt and .md file of a folder, sorted by name; other entries become notices. */
export function readArticleFolder(dir: string): { sources: SourceFile[]; notices: string[] } {
  const { entries, notices } = listArticleFolder(dir);
  const byName = [...entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { sources: byName.map(readArticle), notices };
}

/**
 * The articles of a folder without reading them, in id order (the order the build reads them),
 * and notices for what is not an article. Throws on a twin id or a folder with no article.
 */
export function listArticleFolder(dir: string): { entries: ArticleEntry[]; notices: string[] } {
  const notices: string[] = [];
  const entries: ArticleEntry[] = [];
  const byId = new Map<string, string>();
  for (const entry of listFolder(dir)) {
    const path = join(dir, entry.name);
    const size = fileSize(path, entry);
    if (size === null || !ARTICLE_EXT.test(entry.name)) {
      notices.push(`ignored ${path}${entry.isDirectory() ? '/' : ''}: not a .txt or .md article`);
      continue;
    }
    const id = entry.name.replace(ARTICLE_EXT, '');
    const twin = byId.get(id);
    if (twin !== undefined) throw new InputError(path, `same article id "${id}" as ${join(dir, twin)}`);
    byId.set(id, entry.name);
    entries.push({ id, file: entry.name, path, bytes: size });
  }
  if (entries.length === 0) throw new InputError(dir, 'no .txt or .md articles in the folder');
  return { entries: entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), notices };
}

/** Reads one article: strict UTF-8, BOM dropped, line ends normalised; throws an InputError naming it. */
export function readArticle(entry: ArticleEntry): SourceFile {
  return { id: entry.id, file: entry.file, text: readText(entry.path) };
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

/** The size of a file, or of the file a link points to; null for anything else. */
function fileSize(path: string, entry: Dirent): number | null {
  if (!entry.isFile() && !entry.isSymbolicLink()) return null;
  try {
    const st = statSync(path);
    return st.isFile() ? st.size : null;
  } catch {
    return null; // a dangling link is reported as ignored, like any other non-article
  }
}

function readText(path: string): string {
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
