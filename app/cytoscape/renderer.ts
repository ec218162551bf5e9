/**
 * Which of cytoscape's renderers draws the graph. Its WebGL mode draws big graphs on the GPU; on a
 * software rasteriser (SwiftShader, llvmpipe: headless Chromium, machines without a GPU driver)
 * it is far slower than the canvas: in headless Chromium, panning 1,000 edges took about 1 s a
 * frame against 17 ms on the canvas, and 10,000 edges 9 s against 21 ms. So WebGL is used only
 * with a hardware GPU, and only for graphs big enough for the canvas to lag.
 */
import type { CytoscapeOptions } from 'cytoscape';

/** Elements (actors plus relations) from which WebGL is worth it on a GPU. */
export const WEBGL_MIN_ELEMENTS = 5000;

/** Renderer names of software rasterisers, as WEBGL_debug_renderer_info reports them. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** True when `renderer` (WebGL's unmasked renderer string) names a real GPU. */
export function isHardwareRenderer(renderer: string): boolean {
  return renderer !== '' && !SOFTWARE.test(renderer);
}

/** True when the page gets WebGL2 from a GPU; probes a scratch canvas and releases its context. */
export function hardwareWebgl(doc: Document = document): boolean {
  try {
    const gl = doc.createElement('canvas').getContext('webgl2', { failIfMajorPerformanceCaveat: true });
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return isHardwareRenderer(renderer);
  } catch {
    return false;
  }
}

/** True when a graph of this many elements should be drawn with WebGL. */
export function wantsWebgl(elements: number, gpu: boolean): boolean {
  return gpu && elements >= WEBGL_MIN_ELEMENTS;
}

/**
 * The renderer options for a graph of `nodes` actors and `edges` relations: `webgl: true` or
 * nothing (the canvas). The GPU is probed only for a graph big enough to use it. The bench's
 * bare page takes the same options.
 */
export function rendererOptions(nodes: number, edges: number, gpu: () => boolean = hardwareWebgl): Pick<CytoscapeOptions, 'webgl'> {
  const elements = nodes + edges;
  return elements >= WEBGL_MIN_ELEMENTS && wantsWebgl(elements, gpu()) ? { webgl: true } : {};
}
