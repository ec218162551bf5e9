import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ArticleTexts, GraphFile } from '../../graph-data/schema.ts';
import { servedApp } from './app.ts';
import type { BuiltApp } from './app.ts';
import { openPage } from './page.ts';

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

// The committed data, read here without the app's model code, so the two can check each other.
const graph = GraphFile.parse(readJson('graph-data/graph.json'));
const texts = ArticleTexts.parse(readJson('graph-data/graph.articles.json'));
const label = (id: string) => graph.nodes.find((n) => n.key === id)?.attributes.label ?? id;
const meta = (id: string) => graph.attributes.articles.find((a) => a.id === id);
const ACCUSATION = 'pakistan|accusation|india';

/** What has the keyboard focus, described well enough to steer by. */
interface Focused {
  tag: string;
  text: string;
  edge: string | null;
  inTable: boolean;
  sortColumn: string | null;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return {
      tag: a?.tagName.toLowerCase() ?? '',
      text: a?.textContent?.trim() ?? '',
      edge: a?.getAttribute('data-edge') ?? null,
      inTable: !!a?.closest('.relation-table'),
      sortColumn: a?.closest('th')?.className ?? null,
    };
  });

/** Presses Tab (or Shift+Tab) until `done` holds for the focused element; fails after `max` presses. */
async function tabUntil(page: Page, done: (f: Focused) => boolean, key = 'Tab', max = 80): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (done(f)) return f;
  }
  throw new Error(`focus never reached the element after ${max} × ${key}`);
}

/** Switches the main area to the relation table with the shell's own toolbar. */
async function showTable(page: Page) {
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await page.locator('.relation-table tbody tr').first().waitFor();
}

/** Opens an edge's evidence panel the way a user does: its row in the table. */
async function selectEdge(page: Page, key: string) {
  await showTable(page);
  await page.locator(`.relation-table tr[data-edge="${key}"]`).click();
  await page.locator(`.evidence-panel[data-edge="${key}"]`).waitFor();
}

const sentencesOf = (page: Page) =>
  page.$$eval('.evidence-panel li.evidence', (items) =>
    items.map((li) => ({
      article: li.getAttribute('data-article') ?? '',
      sentence: Number(li.getAttribute('data-sentence')),
      text: li.querySelector('.sentence')?.textContent ?? '',
      cite: li.querySelector('cite')?.textContent ?? '',
    })),
  );

describe('the explorer panels on graph-data/graph.json', () => {
  let browser: Browser;
  let app: BuiltApp;

  servedApp((b, a) => {
    browser = b;
    app = a;
  });

  it('shows, for every edge, each of its sentences verbatim from the article it names', async () => {
    const { page, problems } = await openPage(browser, app.url);
    await showTable(page);
    expect(await page.locator('.relation-table tbody tr').count()).toBe(graph.edges.length);
    for (const edge of graph.edges) {
      await page.locator(`.relation-table tr[data-edge="${edge.key}"]`).click();
      await page.locator(`.evidence-panel[data-edge="${edge.key}"]`).waitFor();
      const shown = await sentencesOf(page);
      expect(shown, edge.key).toHaveLength(edge.attributes.evidence.length);
      for (const s of shown) {
        expect(texts[s.article]?.includes(s.text), `${edge.key}: ${s.text}`).toBe(true);
        expect(s.cite, `${edge.key}: the article named`).toBe(meta(s.article)?.title ?? s.article);
      }
      const live = await page.locator('.sidebar [aria-live="polite"]').textContent();
      expect(live, edge.key).toContain(label(edge.source));
      expect(live, edge.key).toContain(label(edge.target));
    }
    expect(await problems()).toEqual([]);
  });

  it('works the relation table with the keyboard alone', async () => {
    const { page, problems } = await openPage(browser, app.url);
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Table');
    await page.keyboard.press('Enter');
    // As a user waits to see the table: its code loads on demand, and the focus must not go past
    // its place before it is there (80 Tabs could fall short of going round again).
    await page.locator('.relation-table tbody tr').first().waitFor();
    const first = await tabUntil(page, (f) => f.tag === 'tr' && f.inTable);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const row = await focused(page);
    const keys = await page.$$eval('.relation-table tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-edge')));
    expect(row.edge).toBe(keys[2]);
    expect(row.edge).not.toBe(first.edge);

    await page.keyboard.press('Enter');
    const panel = page.locator(`.evidence-panel[data-edge="${row.edge}"]`);
    await panel.waitFor();
    const cells = await page.locator(`tr[data-edge="${row.edge}"] td`).allTextContents();
    const heading = (await panel.locator('h2').textContent()) ?? '';
    expect(heading).toContain(cells[0]);
    expect(heading).toContain(cells[2]);
    expect(heading).toContain(`${cells[3]!.split(' ')[0]} sentence`);

    const before = await page.$$eval('.relation-table tbody tr td.col-source', (tds) => tds.map((td) => td.textContent));
    await tabUntil(page, (f) => f.sortColumn === 'col-source', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('th.col-source').getAttribute('aria-sort')).toBe('ascending');
    const after = await page.$$eval('.relation-table tbody tr td.col-source', (tds) => tds.map((td) => td.textContent));
    expect(after).not.toEqual(before);
    expect(after).toEqual([...after].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'en', { sensitivity: 'base' })));
    // Focus stays on the header, and the rows' one tab stop is still the row it was on.
    expect((await focused(page)).sortColumn).toBe('col-source');
    await tabUntil(page, (f) => f.tag === 'tr');
    expect((await focused(page)).edge).toBe(row.edge);
    expect(await problems()).toEqual([]);
  });

  it('opens the article on demand at exactly the chosen sentence and marks the other relation sentences', async () => {
    const { page, problems } = await openPage(browser, app.url);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await selectEdge(page, ACCUSATION);
    expect(fetched.filter((u) => u.includes('graph.articles'))).toEqual([]);
    const chosen = (await sentencesOf(page))[1]!;
    await page.locator('.evidence-panel li.evidence').nth(1).getByRole('button', { name: 'Read in article' }).click();

    const mark = page.locator('.reader-chosen');
    await mark.waitFor();
    expect(fetched.filter((u) => u.includes('graph.articles'))).toHaveLength(1);
    expect(await page.locator('.reader').getAttribute('data-article')).toBe(chosen.article);
    expect(await mark.count()).toBe(1);
    expect(await mark.textContent()).toBe(chosen.text);
    expect(await mark.evaluate((el) => el === document.activeElement)).toBe(true);
    const inView = await mark.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const s = el.closest('.sidebar')!.getBoundingClientRect();
      return r.top >= Math.max(s.top, 0) && r.bottom <= Math.min(s.bottom, window.innerHeight);
    });
    expect(inView).toBe(true);

    // Every other sentence of this article that the graph cites is marked, and only those.
    const cited = new Map<number, string>();
    for (const e of graph.edges) for (const x of e.attributes.evidence) if (x.article === chosen.article) cited.set(x.sentence, x.text);
    const marks = await page.$$eval('.reader-sentence', (els) =>
      els.map((el) => ({ sentence: Number(el.getAttribute('data-sentence')), text: el.textContent ?? '' })),
    );
    expect(new Set(marks.map((m) => m.sentence))).toEqual(new Set(cited.keys()));
    for (const m of marks) expect(cited.get(m.sentence)).toContain(m.text);
    expect(await page.locator('.reader-text').textContent()).toBe(texts[chosen.article]!.replace(/\s*\n\s*\n\s*/g, '').trim());

    // Escape closes the reader and gives focus back to the button that opened it.
    await page.keyboard.press('Escape');
    await page.locator(`.evidence-panel[data-edge="${ACCUSATION}"]`).waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Read in article' });
    expect(await page.evaluate(() => document.activeElement?.closest('li.evidence')?.getAttribute('data-sentence'))).toBe(
      String(chosen.sentence),
    );
    expect(await problems()).toEqual([]);
  });

  it('leads from a marked sentence in the reader to the evidence of its relation', async () => {
    const { page } = await openPage(browser, app.url);
    await selectEdge(page, ACCUSATION);
    await page.getByRole('button', { name: 'Read in article' }).first().click();
    const other = page.locator('.reader-sentence:not(.reader-chosen)').first();
    const sentence = await other.getAttribute('data-sentence');
    const edge = (await other.getAttribute('data-edges'))!.split(' ')[0]!;
    await other.focus();
    await page.keyboard.press('Enter');
    await page.locator(`.evidence-panel[data-edge="${edge}"]`).waitFor();
    expect(await page.locator(`.evidence-panel li.evidence[data-sentence="${sentence}"]`).count()).toBeGreaterThan(0);
    expect(await focused(page)).toMatchObject({ tag: 'h2' });

    // A selection made elsewhere (here the table) closes the reader rather than hiding behind it.
    await page.getByRole('button', { name: 'Read in article' }).first().click();
    await page.locator('.reader-chosen').waitFor();
    const elsewhere = graph.edges.find((e) => e.key !== edge)!.key;
    await page.locator(`.relation-table tr[data-edge="${elsewhere}"]`).click();
    await page.locator(`.evidence-panel[data-edge="${elsewhere}"]`).waitFor();
    expect(await page.locator('.reader').count()).toBe(0);
  });

  it('says clearly when the article texts cannot be loaded, and recovers on retry', async () => {
    const { page } = await openPage(browser, app.url);
    await page.route(/graph\.articles.*\.json/, (route) => route.fulfill({ status: 500, body: 'down' }));
    await selectEdge(page, ACCUSATION);
    await page.getByRole('button', { name: 'Read in article' }).first().click();
    await expect.poll(() => page.locator('.reader [role="alert"]').textContent()).toContain('could not be loaded');
    await page.unroute(/graph\.articles.*\.json/);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.reader-chosen').waitFor();
  });

  it('shows India as an alleged actor, with the sentence that explains why', async () => {
    const india = graph.nodes.find((n) => n.key === 'india');
    expect(india?.attributes.alleged).toBe(true);
    const { page, problems } = await openPage(browser, app.url);
    await selectEdge(page, ACCUSATION);
    await page.locator('.evidence-panel h2 button[data-node="india"]').click();
    const panel = page.locator('.actor-panel[data-node="india"]');
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toContain('alleged actor');
    const note = panel.locator('.alleged-note');
    expect(await note.textContent()).toContain('India appears only through others’ claims');
    const text = (await note.locator('.sentence').textContent()) ?? '';
    const status = await note.locator('.badge').textContent();
    // The sentence is evidence touching India, and a claim: not India acting in the article's voice.
    const evidence = graph.edges
      .filter((e) => e.source === 'india' || e.target === 'india')
      .flatMap((e) => e.attributes.evidence.map((x) => ({ ...x, accusedIndia: e.attributes.type === 'accusation' && e.target === 'india' })))
      .filter((x) => x.text === text);
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.some((x) => x.status !== 'reported' || x.accusedIndia)).toBe(true);
    expect(evidence.map((x) => x.status)).toContain(status);
    await expect.poll(() => panel.getByRole('button', { name: /accused by\s+Pakistan/ }).count()).toBe(1);
    await panel.getByRole('button', { name: /accused by\s+Pakistan/ }).click();
    await page.locator(`.evidence-panel[data-edge="${ACCUSATION}"]`).waitFor();
    expect(await problems()).toEqual([]);
  });
});
