/** The PNG export: cytoscape's own picture of the view at 2×, with the legend painted beside it. */
import type { Core } from 'cytoscape';
import { paintShapes } from './paint.ts';
import type { Shape } from './shapes.ts';

/** How much larger than the screen the picture is drawn; cytoscape multiplies in the pixel ratio too. */
export const PNG_SCALE = 2;

/** The view as drawn (full: false, so what the user framed), the legend on its right, as one PNG. */
export async function composePng(cy: Core, legend: { shapes: Shape[]; width: number; height: number }, bg: string): Promise<Blob> {
  const shot = cy.png({ scale: PNG_SCALE, full: false, output: 'blob', bg });
  const image = await createImageBitmap(shot);
  // The picture's pixels per CSS pixel: 2 × devicePixelRatio. The legend is drawn at the same factor.
  const { width, height } = image;
  const factor = width / Math.max(1, cy.width());
  const canvas = document.createElement('canvas');
  canvas.width = width + Math.ceil(legend.width * factor);
  canvas.height = Math.max(height, Math.ceil(legend.height * factor));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas');
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0);
  image.close();
  ctx.setTransform(factor, 0, 0, factor, width, 0);
  paintShapes(ctx, legend.shapes);
  return new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('The picture could not be encoded'))), 'image/png'));
}
