/** Drives the Export menu from a browser test and reads back the file it saves. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** A saved download: the name the page gave it and its bytes. */
export interface Saved {
  name: string;
  bytes: Buffer;
  text: string;
}

/** Opens Export, picks the item for `kind` ("png", "svg", "json", "gexf", "csv") and waits for the file. */
export async function exportFile(page: Page, kind: string): Promise<Saved> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
  const failure = await download.failure();
  if (failure) throw new Error(`download of ${kind} failed: ${failure}`);
  const bytes = readFileSync((await download.path())!);
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** "source|type|target" of every edge the canvas shows. */
export function shownRelations(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window.cy!.edges().not('.hidden').map((e) => `${e.data('source')}|${e.data('type')}|${e.data('target')}`).sort(),
  );
}

/** Hides one relation type with the toolbar's Relations filter, and waits for the canvas to follow. */
export async function hideType(page: Page, type: string): Promise<void> {
  await page.locator('summary', { hasText: 'Relations' }).click();
  await page.getByRole('checkbox', { name: new RegExp(`^${type}`) }).uncheck();
  await page.waitForFunction((t) => window.cy!.edges(`.type-${t}`).not('.hidden').empty(), type);
  await page.locator('summary', { hasText: 'Relations' }).click();
}
