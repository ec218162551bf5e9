/** Opens a page and records everything that should never happen on it. */
import type { Browser, Page } from 'playwright-core';

/** A loaded page and the problems seen while loading it. */
export interface Opened {
  page: Page;
  /** Console errors, uncaught exceptions, failed requests, HTTP errors and CSP violations. */
  problems: () => Promise<string[]>;
  cspHeader: string | null;
}

/** How long a page may take to load and bring the explorer up, and any action on it: Playwright's own default. */
const OPEN_MS = 30_000;

/**
 * Loads `url` in a fresh context and waits until the explorer has rendered (or said why it cannot),
 * for up to `timeout` ms: a big graph's explorer comes up only once the graph is drawn. Every later
 * action on the page has the same budget: a big graph's panels take as long to answer.
 */
export async function openPage(browser: Browser, url: string, options: { colorScheme?: 'light' | 'dark'; timeout?: number } = {}): Promise<Opened> {
  const { timeout = OPEN_MS, ...look } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...look });
  const page = await context.newPage();
  // Navigation included: playwright falls back to this when no navigation timeout is set.
  page.setDefaultTimeout(timeout);
  const seen: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') seen.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => seen.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) seen.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  // Injected over CDP, so the page's CSP does not apply to this listener itself.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  // The explorer, or why there is none: not the loading notice, nor the sketch of the page the
  // graph is drawn in before the explorer loads (main.ts).
  await page.waitForSelector('#root > :not(.starting):not(.sketch)');
  const problems = async () => {
    const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    return [...seen, ...csp.map((v) => `CSP violation: ${v}`)];
  };
  return { page, problems, cspHeader: response?.headers()['content-security-policy'] ?? null };
}
