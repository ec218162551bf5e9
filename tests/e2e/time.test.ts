import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedApp, type BuiltApp } from './app.ts';
import { waitForGraph } from './cy.ts';
import { openPage } from './page.ts';
import { drag, shareLink } from './share.ts';
import { dayPoint, edgesInRange, edgesReportedBy, eventDays, eventSpan, graph, outletOf, panelSentences, plusDays, shownOnCanvas, written } from './time.ts';

const SPAN = eventSpan();
const DAYS = eventDays();
const fragment = (page: Page) => decodeURIComponent(new URL(page.url()).hash);

/** The Dates menu's two fields, which the brush keeps in step. */
async function dateFields(page: Page): Promise<[string, string]> {
  await page.locator('summary', { hasText: 'Dates' }).click();
  const values = [await page.getByLabel('From', { exact: true }).inputValue(), await page.getByLabel('To', { exact: true }).inputValue()] as [string, string];
  await page.keyboard.press('Escape');
  return values;
}

describe('time and sources on graph-data/graph.json', () => {
  let browser: Browser;
  let app: BuiltApp;

  servedApp((b, a) => {
    browser = b;
    app = a;
  });

  async function open(hash = '', options: { reducedMotion?: 'reduce' } = {}) {
    const opened = await openPage(browser, app.url + hash, { colorScheme: 'light' });
    if (options.reducedMotion) await opened.page.emulateMedia({ reducedMotion: options.reducedMotion });
    await waitForGraph(opened.page, graph.nodes.length);
    return opened;
  }

  it('brushes a range by dragging on the timeline: edges with no sentence in it are hidden', async () => {
    expect(DAYS.length).toBeGreaterThanOrEqual(4);
    const [from, to] = [DAYS[1]!, DAYS.at(-2)!];
    const want = edgesInRange(from, to);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(graph.edges.length);
    const { page, problems } = await open();
    expect(await shownOnCanvas(page)).toHaveLength(graph.edges.length);
    // Right to left, as a hand might: the brush orders the days itself.
    await drag(page, await dayPoint(page, to, SPAN), await dayPoint(page, from, SPAN));
    await expect.poll(() => fragment(page)).toBe(`#from=${from}&to=${to}`);
    expect(await shownOnCanvas(page)).toEqual(want);
    expect(await dateFields(page)).toEqual([from, to]);
    expect(await page.locator('.timeline-shown').textContent()).toMatch(/^Showing /);
    await page.getByRole('button', { name: 'Any date' }).click();
    await expect.poll(() => shownOnCanvas(page)).toHaveLength(graph.edges.length);
    expect(await problems()).toEqual([]);
  });

  it('brushes a range from the keyboard alone: the handles are sliders, and the date fields follow', async () => {
    const [from, to] = [DAYS[1]!, DAYS.at(-2)!];
    const { page, problems } = await open();
    const start = page.getByRole('slider', { name: 'Event dates from' });
    const end = page.getByRole('slider', { name: 'Event dates to' });
    await start.focus();
    await page.keyboard.press('Home');
    for (let d = SPAN.min; d < from; d = plusDays(d, 1)) await page.keyboard.press('ArrowRight');
    await end.focus();
    await page.keyboard.press('End');
    for (let d = SPAN.max; d > to; d = plusDays(d, -1)) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => fragment(page)).toBe(`#from=${from}&to=${to}`);
    expect(await start.getAttribute('aria-valuetext')).toBe(written(from));
    expect(await end.getAttribute('aria-valuetext')).toBe(written(to));
    expect(await shownOnCanvas(page)).toEqual(edgesInRange(from, to));
    // A handle never passes the other: End on the start handle stops at the end handle's day.
    await start.focus();
    await page.keyboard.press('End');
    await expect.poll(() => fragment(page)).toBe(`#from=${to}&to=${to}`);
    expect(await shownOnCanvas(page)).toEqual(edgesInRange(to, to));
    expect(await dateFields(page)).toEqual([to, to]);
    expect(await problems()).toEqual([]);
  });

  it('plays the days one by one, shows the current day, pauses, and stops at the end', async () => {
    const { page, problems } = await open(`#from=${plusDays(SPAN.max, -2)}`, { reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => fragment(page)).toContain(`to=${plusDays(SPAN.max, -2)}`);
    // The current day is on screen while it plays: in the bar, and by the moving handle.
    expect(await page.locator('.timeline-shown[data-playing]').textContent()).toContain(written(plusDays(SPAN.max, -2)));
    await expect.poll(() => page.locator('.handle-end .handle-label').textContent(), { timeout: 5_000 }).toBe(written(plusDays(SPAN.max, -1)));
    await expect.poll(() => fragment(page), { timeout: 10_000 }).toContain(`to=${SPAN.max}`);
    await page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 5_000 });
    expect(await page.locator('.timeline-shown').textContent()).toMatch(/^Showing .*\d{4}$/);
    expect(await shownOnCanvas(page)).toEqual(edgesInRange(plusDays(SPAN.max, -2), SPAN.max));
    // Play again from the end starts over from the range's start; a pause holds the day.
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => fragment(page)).toContain(`to=${plusDays(SPAN.max, -2)}`);
    await page.getByRole('button', { name: 'Pause' }).click();
    const held = fragment(page);
    await page.waitForTimeout(2_200);
    expect(fragment(page)).toBe(held);
    expect(await problems()).toEqual([]);
  });

  it('"as reported by" a day before an article was published leaves that article’s evidence out', async () => {
    const dated = graph.attributes.articles.filter((a) => a.date !== null).sort((a, b) => a.date!.localeCompare(b.date!));
    const article = dated.at(-1)!;
    const day = plusDays(article.date!, -1);
    const { page, problems } = await open();
    await page.getByRole('button', { name: 'As reported by' }).click();
    const slider = page.getByRole('slider', { name: 'As reported by' });
    await slider.focus();
    for (let d = dated.at(-1)!.date!; d > day; d = plusDays(d, -1)) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => fragment(page)).toBe(`#reported=${day}`);
    expect(await shownOnCanvas(page)).toEqual(edgesReportedBy(day));
    const undated = graph.attributes.articles.filter((a) => a.date === null).length;
    if (undated > 0) expect(await page.locator('.timeline-note').textContent()).toContain(`${undated} article`);
    // An edge the article shares with an earlier one shows only the earlier one's sentences.
    const shared = graph.edges.find((e) => e.attributes.evidence.some((x) => x.article === article.id) && edgesReportedBy(day).includes(e.key));
    expect(shared, 'an edge stated by the article and by one published earlier').toBeDefined();
    await page.getByRole('button', { name: 'Table' }).click();
    await page.locator(`.relation-table tr[data-edge="${shared!.key}"]`).click();
    const sentences = await panelSentences(page);
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) expect(graph.attributes.articles.find((a) => a.id === s.article)!.date! <= day, s.article).toBe(true);
    expect(await page.locator('.evidence-panel .hidden-note').textContent()).toMatch(/hidden by filters/);
    expect(await problems()).toEqual([]);
  });

  it('opens, from a cell of the sources matrix, exactly that outlet’s sentences of that relation', async () => {
    const { page, problems } = await open();
    await page.getByRole('button', { name: 'Sources' }).click();
    const cells = page.locator('.source-matrix td.cell:not(.empty)');
    // The matrix is loaded the first time it is shown.
    await cells.first().waitFor();
    expect(await cells.count()).toBeGreaterThan(1);
    for (const i of [0, (await cells.count()) - 1]) {
      const cell = cells.nth(i);
      const [edgeKey, outlet] = [await cell.locator('xpath=..').getAttribute('data-edge'), await cell.getAttribute('data-outlet')];
      expect(await cell.getAttribute('title')).toMatch(/“.+”/);
      await cell.click();
      await page.locator(`.evidence-panel[data-edge="${edgeKey}"] .outlet-chip[data-outlet="${outlet}"]`).waitFor();
      const edge = graph.edges.find((e) => e.key === edgeKey)!;
      const want = new Set(edge.attributes.evidence.filter((x) => outletOf(x.article) === outlet).map((x) => `${x.article}#${x.sentence}`));
      const shown = (await panelSentences(page)).map((s) => `${s.article}#${s.sentence}`);
      expect(shown.length).toBeGreaterThan(0);
      expect(new Set(shown)).toEqual(want);
    }
    // The keyboard: the cell last opened is the tab stop; Home goes to the row's header, arrows move, Enter opens.
    await page.locator('.source-matrix tbody [data-r][tabindex="0"]').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const at = () => page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      return { r: Number(a.dataset.r), c: Number(a.dataset.c), outlet: a.dataset.outlet ?? null, empty: a.classList.contains('empty'), edge: a.parentElement?.getAttribute('data-edge') ?? '' };
    });
    const rowOf = (await at()).r;
    expect(await at()).toMatchObject({ c: 1 });
    await page.keyboard.press('ArrowUp');
    expect((await at()).r).toBe(Math.max(0, rowOf - 1));
    for (let i = 0; i < 30 && (await at()).empty; i++) await page.keyboard.press('ArrowDown');
    // The first column's outlet may carry nothing this far down: then look upwards.
    for (let i = 0; i < 60 && (await at()).empty; i++) await page.keyboard.press('ArrowUp');
    const target = await at();
    expect(target.empty).toBe(false);
    await page.keyboard.press('Enter');
    await expect.poll(() => fragment(page)).toContain(`select=${target.edge}&outlet=${target.outlet}`);
    await page.locator(`.outlet-chip[data-outlet="${target.outlet}"]`).waitFor();
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => page.locator('.outlet-chip').count()).toBe(0);
    // However wide the table, it scrolls in its own box: the page never scrolls sideways.
    await page.setViewportSize({ width: 768, height: 900 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    expect(await problems()).toEqual([]);
  });

  it('restores the timeline range, the matrix and the outlet from a snapshot link; Reset clears them', async () => {
    const [from, to] = [DAYS[1]!, DAYS.at(-2)!];
    const { page, problems } = await open();
    await drag(page, await dayPoint(page, from, SPAN), await dayPoint(page, to, SPAN));
    await page.getByRole('button', { name: 'Sources' }).click();
    const cell = page.locator('.source-matrix td.cell:not(.empty)').first();
    const outlet = (await cell.getAttribute('data-outlet'))!;
    await cell.click();
    await page.locator('.outlet-chip').waitFor();
    const before = { hidden: await shownOnCanvas(page), sentences: await panelSentences(page), address: fragment(page) };
    expect(before.address).toContain(`from=${from}&to=${to}`);
    const link = await shareLink(page);
    expect(link).toMatch(/#snap=/);

    const fresh = await open(link.slice(app.url.length));
    await fresh.page.locator('.source-matrix').waitFor();
    expect(await fresh.page.getByRole('button', { name: 'Sources' }).getAttribute('aria-pressed')).toBe('true');
    expect(await shownOnCanvas(fresh.page)).toEqual(before.hidden);
    expect(await fresh.page.locator('.outlet-chip').getAttribute('data-outlet')).toBe(outlet);
    expect(await panelSentences(fresh.page)).toEqual(before.sentences);
    expect(await fresh.page.getByRole('slider', { name: 'Event dates from' }).getAttribute('aria-valuenow')).toBe(String(Math.round((Date.parse(from) - Date.parse(SPAN.min)) / 864e5)));
    expect(await dateFields(fresh.page)).toEqual([from, to]);

    await fresh.page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => shownOnCanvas(fresh.page)).toHaveLength(graph.edges.length);
    expect(await fresh.page.locator('.outlet-chip').count()).toBe(0);
    expect(await fresh.page.locator('.source-matrix').count()).toBe(1);
    expect(fragment(fresh.page)).toBe('#show=matrix');
    expect([...(await problems()), ...(await fresh.problems())]).toEqual([]);
  });
});
