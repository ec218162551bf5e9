/** Drives Share and Open from a browser test, and reads back what a restored page shows. */
import type { Page } from 'playwright-core';
import { placements } from './cy.ts';

/** What a restore must reproduce: positions, viewport, hidden edges, selection and the panel's headline. */
export interface Seen {
  positions: Map<string, { x: number; y: number }>;
  zoom: number;
  pan: { x: number; y: number };
  hidden: string[];
  selection: string;
  headline: string;
}

/** Everything a restore must reproduce, read from the page. */
export async function seen(page: Page): Promise<Seen> {
  const positions = new Map((await placements(page)).map((p) => [p.id, { x: p.x, y: p.y }]));
  const { zoom, pan, hidden } = await page.evaluate(() => {
    const cy = window.cy!;
    return { zoom: cy.zoom(), pan: cy.pan(), hidden: cy.edges('.hidden').map((e) => e.id()).sort() };
  });
  const selection = (await page.locator('.selection-status').getAttribute('data-selection')) ?? '';
  const headline = ((await page.locator('.sidebar .panel-heading').first().textContent()) ?? '').trim();
  return { positions, zoom, pan, hidden, selection, headline };
}

/** Presses Share and reads the link from the field (the clipboard may be refused headless). */
export async function shareLink(page: Page): Promise<string> {
  await page.locator('summary', { hasText: 'Share' }).click();
  await page.locator('.share-status').filter({ hasText: 'characters' }).waitFor();
  const link = await page.locator('.share-link input').inputValue();
  // Closed again, so a later click on the canvas is not swallowed by the open menu.
  await page.keyboard.press('Escape');
  return link;
}

/** Drags with the mouse from one page point to another, in small steps, as a hand would. */
export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** The graph box in page coordinates. */
export async function graphBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator('.graph').boundingBox();
  if (!box) throw new Error('the graph box is not on screen');
  return box;
}

/** The text of every notice on the page. */
export function notices(page: Page): Promise<string[]> {
  return page.locator('.notice[role="alert"] p').allTextContents();
}

/** Whether markup from data was ever parsed into the page, or any of it ran. */
export function injected(page: Page): Promise<{ elements: number; pwned: unknown }> {
  return page.evaluate(() => ({
    elements: document.querySelectorAll('#root script, #root img, #root iframe').length,
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
  }));
}
