/**
 * What the time and sources tests expect, worked out from graph.json here and not by the app's
 * model code, so the two check each other; and small drivers for the timeline's brush.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { GraphFile } from '../../graph-data/schema.ts';

/** The committed graph. */
export const graph = GraphFile.parse(JSON.parse(readFileSync(new URL('../../graph-data/graph.json', import.meta.url), 'utf8')));

type Evidence = GraphFile['edges'][number]['attributes']['evidence'][number];

const DAY = 86_400_000;
/** "YYYY-MM-DD" `n` days later. */
export const plusDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
/** Days from `a` to `b`, counting both. */
export const daysFrom = (a: string, b: string): number => Math.round((Date.parse(b) - Date.parse(a)) / DAY) + 1;

// A month-precise end ("2025-10") reaches past any day of its month in a string comparison.
const endOf = (e: Evidence) => (e.when!.end.length === 7 ? `${e.when!.end}-31` : e.when!.end);

/** Keys of the edges with a sentence whose event date meets [from, to], sorted. */
export function edgesInRange(from: string, to: string): string[] {
  const meets = (e: Evidence) => e.when !== null && e.when.start.slice(0, 10) <= to && endOf(e) >= from;
  return graph.edges.filter((edge) => edge.attributes.evidence.some(meets)).map((e) => e.key).sort();
}

/** Keys of the edges with a sentence from an article published on or before `day`, sorted. */
export function edgesReportedBy(day: string): string[] {
  const date = new Map(graph.attributes.articles.map((a) => [a.id, a.date]));
  const out = (e: Evidence) => (date.get(e.article) ?? '9999') <= day;
  return graph.edges.filter((edge) => edge.attributes.evidence.some(out)).map((e) => e.key).sort();
}

/** The first and last event day of the corpus. */
export function eventSpan(): { min: string; max: string } {
  const days = graph.edges.flatMap((e) => e.attributes.evidence.flatMap((x) => (x.when ? [x.when.start.slice(0, 10), endOf(x).slice(0, 10)] : [])));
  const sorted = days.filter((d) => d.length === 10).sort();
  return { min: sorted[0]!, max: sorted.at(-1)! };
}

/** The distinct days on which some sentence's event starts, in order. */
export const eventDays = (): string[] =>
  [...new Set(graph.edges.flatMap((e) => e.attributes.evidence.flatMap((x) => (x.when?.precision === 'day' ? [x.when.start] : []))))].sort();

/** The column an article belongs to in the sources matrix: its outlet, or itself when that is unknown. */
export const outletOf = (article: string): string => {
  const a = graph.attributes.articles.find((x) => x.id === article);
  return a?.outlet ?? article;
};

/** Keys of the edges the canvas does not hide, sorted. */
export const shownOnCanvas = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.cy!.edges().filter((e) => !e.hasClass('hidden')).map((e) => e.id()).sort());

/** The page x of a handle's line. */
async function handleX(page: Page, name: string): Promise<number> {
  const box = await page.getByRole('slider', { name }).locator('.handle-line').boundingBox();
  if (!box) throw new Error(`no handle ${name}`);
  return box.x + box.width / 2;
}

/** The page point in the middle of a day's cell, from where the two handles stand when nothing is chosen. */
export async function dayPoint(page: Page, day: string, span: { min: string; max: string }): Promise<{ x: number; y: number }> {
  const [left, right] = [await handleX(page, 'Event dates from'), await handleX(page, 'Event dates to')];
  const cell = (right - left) / daysFrom(span.min, span.max);
  const box = (await page.locator('.timeline-chart svg').boundingBox())!;
  return { x: left + (daysFrom(span.min, day) - 0.5) * cell, y: box.y + 40 };
}

/** The evidence panel's sentences: article and sentence index of each. */
export const panelSentences = (page: Page): Promise<{ article: string; sentence: number }[]> =>
  page.$$eval('.evidence-panel li.evidence', (items) =>
    items.map((li) => ({ article: li.getAttribute('data-article') ?? '', sentence: Number(li.getAttribute('data-sentence')) })));

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2025-10-12" → "12 Oct 2025", as the page writes days. */
export const written = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
