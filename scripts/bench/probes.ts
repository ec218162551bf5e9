/**
 * What the bench runs inside a page, the explorer's or the bare one, through page.evaluate: each
 * function is sent as source, so it must use nothing from outside its own body. Both pages get
 * the very same functions, which is what makes their figures comparable.
 */

/** The mark both pages set when the graph's elements are first drawn. */
export const FIRST_RENDER = 'dyad-first-render';

/**
 * tsx compiles with esbuild's keepNames, which wraps every named function in a `__name(fn, "…")`
 * call; page.evaluate sends the function's source, and the page has no `__name`. Added to every
 * page of the bench's contexts over CDP (so the page's CSP does not apply), as a no-op.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name = (fn) => fn;';

/**
 * Milliseconds from navigation start to the mark `name`, once the page sets it; null when the page
 * has had nothing to do for `idleMs` (every frame on time) and still set none: a page that does
 * not set the mark, rather than one still laying out, which holds the main thread and its frames.
 */
export function awaitMark({ name, idleMs }: { name: string; idleMs: number }): Promise<number | null> {
  return new Promise((resolve) => {
    let calmSince = performance.now();
    let last = calmSince;
    const tick = (now: number): void => {
      const mark = performance.getEntriesByName(name, 'mark')[0];
      if (mark) return resolve(mark.startTime);
      if (now - last > 100) calmSince = now;
      last = now;
      if (now - calmSince > idleMs) return resolve(null);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** What is drawn and how: the canvas box (its pixels are the drawing work) and the renderer. */
export function describeCanvas(): { width: number; height: number; webgl: boolean; nodes: number; edges: number } {
  const cy = window.cy;
  if (!cy) throw new Error('the page has no window.cy');
  // The renderer is not in cytoscape's public API; its `webgl` flag is what the constructor set.
  const renderer = (cy as unknown as { renderer(): { webgl?: boolean } }).renderer();
  return { width: cy.width(), height: cy.height(), webgl: renderer.webgl === true, nodes: cy.nodes().length, edges: cy.edges().length };
}

/** Every file the page has fetched so far, the document first. */
export function startupFiles(): string[] {
  const resources = performance.getEntriesByType('resource').map((e) => e.name);
  return [location.href, ...resources];
}

/**
 * Pans the graph in a circle of `radius` px, one step per animation frame, for `ms` milliseconds
 * and at least `frames` frames (a slow page gets enough frames for a p95, up to `maxMs`), and
 * returns the frames' timestamps. Each step is where the circle is at that frame's time, so a slow
 * frame pans further rather than slowing the motion down, as a dragging hand would.
 */
export function panFrames({ ms, radius, frames, maxMs }: { ms: number; radius: number; frames: number; maxMs: number }): Promise<number[]> {
  const cy = window.cy;
  if (!cy) throw new Error('the page has no window.cy');
  const period = 1000;
  return new Promise((resolve) => {
    const stamps: number[] = [];
    let last = { x: 0, y: 0 };
    const step = (now: number): void => {
      stamps.push(now);
      const angle = (2 * Math.PI * (now - (stamps[0] ?? now))) / period;
      const at = { x: radius * (Math.cos(angle) - 1), y: radius * Math.sin(angle) };
      cy.panBy({ x: at.x - last.x, y: at.y - last.y });
      last = at;
      const elapsed = now - (stamps[0] ?? now);
      if (elapsed < ms || (stamps.length <= frames && elapsed < maxMs)) requestAnimationFrame(step);
      else resolve(stamps);
    };
    requestAnimationFrame(step);
  });
}
