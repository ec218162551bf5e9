/** Bench corpora: the bundled articles copied under new ids until a size is reached. */
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What was written. */
export interface Corpus {
  dir: string;
  bytes: number;
  articles: number;
}

/**
 * Fills `dir` with copies of the .txt/.md files of `from` until at least `targetBytes` are
 * written: copy n of "x.txt" is "c0042-x.txt". The same inputs always give the same folder.
 */
export function makeCorpus(from: string, dir: string, targetBytes: number): Corpus {
  const sources = readdirSync(from).filter((f) => /\.(txt|md)$/i.test(f)).sort().map((f) => ({ name: f, bytes: readFileSync(join(from, f)) }));
  if (!sources.length) throw new Error(`no articles in ${from}`);
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let articles = 0;
  for (let copy = 0; bytes < targetBytes; copy++) {
    for (const s of sources) {
      writeFileSync(join(dir, `c${String(copy).padStart(4, '0')}-${s.name}`), s.bytes);
      bytes += s.bytes.length;
      articles++;
    }
  }
  return { dir, bytes, articles };
}

/**
 * Deals the files of `c` out into `parts` folders under `dir` in turn: part i holds files i,
 * i + parts, … (hard links where the file system allows). Equal shares, as the build's workers
 * get when neither is slowed.
 */
export function splitCorpus(c: Pick<Corpus, 'dir'>, dir: string, parts: number): Corpus[] {
  const shares = Array.from({ length: parts }, (_, i): Corpus => ({ dir: join(dir, `part${i}`), bytes: 0, articles: 0 }));
  for (const s of shares) mkdirSync(s.dir, { recursive: true });
  readdirSync(c.dir).sort().forEach((name, n) => {
    const share = shares[n % parts] as Corpus;
    const [from, to] = [join(c.dir, name), join(share.dir, name)];
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
    share.bytes += statSync(to).size;
    share.articles++;
  });
  return shares;
}
