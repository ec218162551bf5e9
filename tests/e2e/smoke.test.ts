import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../app/csp.ts';
import { ArticleTexts, GraphFile } from '../../graph-data/schema.ts';
import { buildAndServe } from './app.ts';
import type { BuiltApp } from './app.ts';
import { launchChromium } from './chromium.ts';
import { openPage } from './page.ts';

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

// The committed data, read here independently of the app's own model code.
const graph = GraphFile.parse(readJson('graph-data/graph.json'));
const texts = ArticleTexts.parse(readJson('graph-data/graph.articles.json'));

describe('the explorer on graph-data/graph.json', () => {
  let browser: Browser;
  let app: BuiltApp;

  beforeAll(async () => {
    app = await buildAndServe();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('loads under the CSP with no console errors, failed requests or violations', async () => {
    const { page, problems, cspHeader } = await openPage(browser, app.url);
    expect(cspHeader).toBe(CSP);
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Dyad');
    expect(await page.locator('.stats').textContent()).toContain(`${graph.attributes.articles.length} article`);
    expect(await problems()).toEqual([]);
  });

  it('shows every edge with its sentence and evidence count', async () => {
    const { page } = await openPage(browser, app.url);
    expect(await page.locator('[data-edge]').count()).toBe(graph.edges.length);
    for (const edge of graph.edges) {
      const card = page.locator(`[data-edge="${edge.key}"]`);
      const evidence = edge.attributes.evidence;
      const sentences = new Set(evidence.map((e) => `${e.article}#${e.sentence}`)).size;
      const articles = new Set(evidence.map((e) => e.article)).size;
      expect(await card.locator('.count').textContent(), edge.key).toMatch(
        new RegExp(`^${sentences} sentences? in ${articles} articles?$`),
      );
      expect(await card.locator('li.evidence').count(), edge.key).toBe(evidence.length);
    }
  });

  it('shows only sentences found verbatim in the text of their article', async () => {
    const { page } = await openPage(browser, app.url);
    const shown = await page.$$eval('li.evidence', (items) =>
      items.map((li) => ({ article: li.getAttribute('data-article') ?? '', text: li.querySelector('.sentence')?.textContent ?? '' })),
    );
    expect(shown).toHaveLength(graph.edges.reduce((n, e) => n + e.attributes.evidence.length, 0));
    for (const { article, text } of shown) {
      expect(text.length, article).toBeGreaterThan(0);
      expect(texts[article], `texts file has article ${article}`).toBeDefined();
      expect(texts[article]!.includes(text), `${article}: ${text}`).toBe(true);
    }
  });

  it('fits a 768px wide window without sideways scrolling', async () => {
    const { page } = await openPage(browser, app.url);
    await page.setViewportSize({ width: 768, height: 1000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
