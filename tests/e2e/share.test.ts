import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphFile } from '../../graph-data/schema.ts';
import { graphHash } from '../../app/model/hash.ts';
import { DEFAULT_LINK_VIEW } from '../../app/state/link.ts';
import { decodeSnapshotLink, encodeSnapshotLink } from '../../app/state/snapshot-link.ts';
import { snapshotFileText } from '../../app/state/snapshot-file.ts';
import type { Snapshot } from '../../app/state/snapshot-types.ts';
import { servedApp, type BuiltApp } from './app.ts';
import { edgeClickPoint, nodeClickPoint, waitForGraph } from './cy.ts';
import { openPage } from './page.ts';
import { drag, graphBox, injected, notices, type Seen, seen, shareLink } from './share.ts';

const graph = GraphFile.parse(JSON.parse(readFileSync(new URL('../../graph-data/graph.json', import.meta.url), 'utf8')));
const HASH = graphHash(graph);
const ACCUSATION = 'pakistan|accusation|india';
const ARTICLE = graph.attributes.articles.find((a) => a.title)!;

/** A snapshot made in Node, as another Dyad (or an attacker) could make one. */
const made = (over: Partial<Snapshot> = {}): Snapshot => ({
  v: 1, graph: HASH,
  view: { ...DEFAULT_LINK_VIEW, selection: { kind: 'edge', key: ACCUSATION }, filters: { ...DEFAULT_LINK_VIEW.filters, hiddenTypes: ['threat'] } },
  positions: Object.fromEntries(graph.nodes.map((n, i) => [n.key, [i * 90 - 300, (i % 3) * 120 - 100]])),
  zoom: 0.9, pan: [420, 260], ...over,
});

/** Every node within 1 px of where `want` has it; zoom within 1e-3; pan within 1 px. */
function expectSamePicture(got: Seen, want: Pick<Seen, 'positions' | 'zoom' | 'pan'>) {
  expect([...got.positions.keys()].sort()).toEqual([...want.positions.keys()].sort());
  for (const [id, p] of want.positions) {
    const q = got.positions.get(id)!;
    expect(Math.hypot(q.x - p.x, q.y - p.y), id).toBeLessThanOrEqual(1);
  }
  expect(Math.abs(got.zoom - want.zoom)).toBeLessThanOrEqual(1e-3);
  expect(Math.abs(got.pan.x - want.pan.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(got.pan.y - want.pan.y)).toBeLessThanOrEqual(1);
}
const pictureOf = (s: Snapshot) => ({
  positions: new Map(Object.entries(s.positions).map(([id, [x, y]]) => [id, { x, y }])), zoom: s.zoom, pan: { x: s.pan[0], y: s.pan[1] },
});

describe('sharing and opening views of graph-data/graph.json', () => {
  let browser: Browser;
  let app: BuiltApp;
  let defaults: Seen;

  servedApp((b, a) => {
    browser = b;
    app = a;
  });
  beforeAll(async () => {
    defaults = await seen((await open()).page);
  });

  /** A fresh page (a new browser context) at `fragment`, once its graph is drawn. */
  async function open(fragment = '') {
    const opened = await openPage(browser, app.url + fragment, { colorScheme: 'light' });
    await waitForGraph(opened.page, graph.nodes.length);
    return opened;
  }

  it('restores what was seen in a fresh page: filters, selection, panel, dragged positions, zoom and pan', async () => {
    const { page, problems } = await open();
    await page.locator('summary', { hasText: 'Relations' }).click();
    await page.getByRole('checkbox', { name: /^support/ }).uncheck();
    await page.locator('summary', { hasText: 'Evidence' }).click();
    await page.getByRole('checkbox', { name: /^alleged/ }).uncheck();
    await page.keyboard.press('Escape');
    const at = await edgeClickPoint(page, ACCUSATION);
    await page.mouse.click(at!.x, at!.y);
    await page.waitForFunction((k) => window.cy!.getElementById(k).selected(), ACCUSATION);
    const qatar = await nodeClickPoint(page, 'qatar');
    await drag(page, qatar, { x: qatar.x - 70, y: qatar.y + 45 });
    const box = await graphBox(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // Cytoscape zooms a few per cent per notch.
    for (let notch = 0; notch < 4; notch++) await page.mouse.wheel(0, -240);
    await page.waitForFunction((z) => window.cy!.zoom() > z * 1.1, defaults.zoom);
    await drag(page, { x: box.x + 12, y: box.y + 12 }, { x: box.x + 72, y: box.y + 42 });
    const before = await seen(page);
    expect(before.selection).toBe(ACCUSATION);
    expect(Math.hypot(before.pan.x - defaults.pan.x, before.pan.y - defaults.pan.y)).toBeGreaterThan(20);
    expect(before.positions.get('qatar')).not.toEqual(defaults.positions.get('qatar'));
    expect(page.url()).toContain(`#select=${ACCUSATION}&hide-relations=support&hide-evidence=alleged`);

    const link = await shareLink(page);
    expect(link).toMatch(new RegExp(`^${app.url}#snap=[A-Za-z0-9_-]+$`));
    expect(await seen(page)).toEqual(before);
    const fresh = await open(link.slice(app.url.length));
    // Two more frames: the resize observer's first callback must not refit a restored viewport.
    await fresh.page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const after = await seen(fresh.page);
    expectSamePicture(after, before);
    expect(after).toMatchObject({ hidden: before.hidden, selection: ACCUSATION, headline: before.headline });
    expect(before.hidden.length).toBeGreaterThan(0);
    expect(await notices(fresh.page)).toEqual([]);
    // A resize keeps the viewport the snapshot chose.
    await fresh.page.setViewportSize({ width: 1200, height: 860 });
    await fresh.page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    expectSamePicture(await seen(fresh.page), before);
    expect([...(await problems()), ...(await fresh.problems())]).toEqual([]);
  });

  it('keeps a history entry per selection: Back clears it, Forward brings it back, filters stay', async () => {
    const { page } = await open();
    await page.locator('summary', { hasText: 'Relations' }).click();
    await page.getByRole('checkbox', { name: /^threat/ }).uncheck();
    await page.keyboard.press('Escape');
    expect(page.url()).toBe(`${app.url}#hide-relations=threat`);
    const at = await edgeClickPoint(page, ACCUSATION);
    await page.mouse.click(at!.x, at!.y);
    await page.waitForFunction((k) => window.cy!.getElementById(k).selected(), ACCUSATION);
    expect(page.url()).toBe(`${app.url}#select=${ACCUSATION}&hide-relations=threat`);
    await page.goBack();
    await page.waitForFunction(() => window.cy!.$(':selected').empty());
    expect(await page.locator('.selection-status').getAttribute('data-selection')).toBe('');
    expect(page.url()).toBe(`${app.url}#hide-relations=threat`);
    expect((await seen(page)).hidden.length).toBeGreaterThan(0);
    await page.goForward();
    await page.waitForFunction((k) => window.cy!.getElementById(k).selected(), ACCUSATION);
  });

  it('opens a link made from other data: says so, and restores what still applies', async () => {
    const positions = { pakistan: [50, 60], india: [-200, 10], atlantis: [0, 0] } as Record<string, [number, number]>;
    const view = { ...made().view, selection: { kind: 'edge' as const, key: 'atlantis|clash|india' } };
    const payload = await encodeSnapshotLink(made({ graph: '0123456789abcdef', view, positions, zoom: 1.3, pan: [300, 200] }));
    const { page, problems } = await open(`#snap=${payload}`);
    const [notice] = await notices(page);
    expect(notice).toMatch(/different data.*0123456789abcdef.*“atlantis\|clash\|india”.*1 actor it placed.*5 actors the snapshot did not place/);
    const after = await seen(page);
    expect(after.selection).toBe('');
    expect(after.hidden).toEqual(graph.edges.filter((e) => e.attributes.type === 'threat').map((e) => e.key).sort());
    const want = new Map(defaults.positions);
    want.set('pakistan', { x: 50, y: 60 });
    want.set('india', { x: -200, y: 10 });
    expectSamePicture(after, { positions: want, zoom: 1.3, pan: { x: 300, y: 200 } });
    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notices(page)).toEqual([]);
    expect(await problems()).toEqual([]);
  });

  it('shows a notice and the default view for a tampered link', async () => {
    const payload = await encodeSnapshotLink(made());
    const mid = payload.length >> 1;
    const flipped = payload.slice(0, mid) + (payload[mid] === 'A' ? 'B' : 'A') + payload.slice(mid + 1);
    for (const bad of [flipped, payload.slice(0, -6), `${payload}x`, '<script>alert(1)</script>']) {
      expect((await decodeSnapshotLink(bad)).ok, bad).toBe(false);
      const { page, problems } = await open(`#snap=${bad}`);
      expect((await notices(page)).join(' ')).toContain('could not be opened');
      expect(await seen(page)).toEqual(defaults);
      expect(await injected(page)).toEqual({ elements: 0, pwned: undefined });
      expect(await problems()).toEqual([]);
    }
  });

  it('opens a snapshot file, a JSON export and a dropped file, each restoring its view', async () => {
    const reading = made({ view: { ...made().view, reader: { article: ARTICLE.id, sentence: 2 } } });
    const { page, problems } = await open();
    const input = page.locator('input.open-snapshot-file');
    await input.setInputFiles({ name: 'view.json', mimeType: 'application/json', buffer: Buffer.from(snapshotFileText(reading)) });
    await page.locator('.reader').waitFor();
    expect((await seen(page)).headline).toBe(ARTICLE.title);
    expectSamePicture(await seen(page), pictureOf(reading));
    expect(page.url()).toContain(`read=${ARTICLE.id}@2`);

    const exported = { attributes: { schemaVersion: 1, articles: [], dyadSnapshot: made({ zoom: 1.1 }) }, options: {}, nodes: [], edges: [] };
    await input.setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await page.waitForFunction(() => Math.abs(window.cy!.zoom() - 1.1) < 1e-6);
    expect(await seen(page)).toMatchObject({ selection: ACCUSATION });
    expect(await page.locator('.reader').count()).toBe(0);

    const dropped = made({ view: { ...DEFAULT_LINK_VIEW, mode: 'table' }, zoom: 0.7 });
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, snapshotFileText(dropped));
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await page.locator('.relation-table').waitFor();
    expect(await page.evaluate(() => window.cy!.zoom())).toBeCloseTo(0.7, 6);
    expect(await notices(page)).toEqual([]);
    expect(await problems()).toEqual([]);
  });

  it('renders hostile snapshots inert and falls back to the default view', async () => {
    const IMG = '<img src=x onerror="window.__pwned=1">';
    const SCRIPT = '<script>window.__pwned=1</script>';
    const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const base = JSON.parse(snapshotFileText(made())) as Record<string, unknown>;
    const hostile = [
      file('markup.json', JSON.stringify({ ...base, positions: { [SCRIPT]: [0, 0] } })),
      file('huge.json', JSON.stringify({ ...base, zoom: 1e308, pan: [1e300, -1e300] })),
      file('proto.json', `{"dyad":"snapshot","__proto__":{"polluted":1},"v":1}`),
      file(`${IMG}.json`, 'not json at all'),
    ];
    for (const f of hostile) {
      const { page, problems } = await open();
      await page.locator('input.open-snapshot-file').setInputFiles(f);
      await page.locator('.notice').waitFor();
      expect((await notices(page)).join(' ')).toContain('could not be opened');
      expect(await seen(page)).toEqual(defaults);
      expect(await injected(page)).toEqual({ elements: 0, pwned: undefined });
      expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
      expect(await problems()).toEqual([]);
    }
    // Markup where a valid snapshot allows free text (an article id) is left out and quoted as text.
    const markup = made({ view: { ...made().view, reader: { article: IMG, sentence: null } } });
    const { page, problems } = await open(`#snap=${await encodeSnapshotLink(markup)}`);
    expect((await notices(page)).join(' ')).toContain(`the open article “${IMG}”`);
    expect(await injected(page)).toEqual({ elements: 0, pwned: undefined });
    expect(await problems()).toEqual([]);
  });
});
