import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServe } from './app.ts';
import type { BuiltApp } from './app.ts';
import { launchChromium } from './chromium.ts';
import { HOSTILE_TEXT, hostileGraph } from './hostile.ts';
import { openPage } from './page.ts';

describe('the explorer on a graph whose text contains markup', () => {
  let browser: Browser;
  let app: BuiltApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-hostile-'));
    const file = join(dir, 'graph.json');
    writeFileSync(file, JSON.stringify(hostileGraph()));
    app = await buildAndServe(file);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders the markup as text and runs none of it', async () => {
    const { page, problems } = await openPage(browser, app.url);
    // The evidence lives in the sidebar: open it through the relation table, as a user would.
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.locator('.relation-table tr[data-edge="pakistan|accusation|india"]').click();
    const panel = page.locator('.evidence-panel');
    await panel.waitFor();
    expect(await panel.locator('li.evidence .sentence').textContent()).toBe(HOSTILE_TEXT);
    expect(await panel.locator('li.evidence .meta:not(.source)').textContent()).toContain('speaker: <script>window.__pwned=1</script>');
    expect(await panel.locator('h2').textContent()).toContain('India <img src=x onerror="window.__pwned=1">');
    expect(await panel.locator('li.evidence mark').count()).toBe(3);
    expect(await page.locator('.relation-table td.col-target').textContent()).toBe('India <img src=x onerror="window.__pwned=1">');
    // The reader shows the hostile title as text too (the texts file has no such article: a notice, not a crash).
    await panel.getByRole('button', { name: 'Read in article' }).click();
    expect(await page.locator('.reader h2').textContent()).toBe('<img src=x onerror="window.__pwned=1">');
    await expect.poll(() => page.locator('.reader [role="alert"]').textContent()).toContain('no article');
    // The sources matrix names the outlet in a header and quotes the sentence in a cell's title: as text.
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    expect(await page.locator('.source-matrix th.col-outlet').getAttribute('title')).toBe('<script>window.__pwned=1</script>');
    expect(await page.locator('.source-matrix td.cell').getAttribute('title')).toContain(HOSTILE_TEXT);
    // The CSP would block inline script anyway; counting elements proves no markup was parsed at all.
    const injected = await page.evaluate(() => document.querySelectorAll('#root script, #root img').length);
    expect(injected).toBe(0);
    // This small graph came inside the page (boot/inlineGraph.ts), its "</script>" and all: the
    // block held, so the page's only script is its entry, and the markup became no element.
    const scripts = await page.evaluate(() => [...document.querySelectorAll('script')].map((s) => s.type));
    expect(scripts).toEqual(['module']);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await problems()).toEqual([]);
  });
});
