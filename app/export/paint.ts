/** Paints the display list of shapes.ts on a canvas: the PNG export's legend. */
import { FONT_FAMILY, type Shape } from './shapes.ts';

function paintOne(ctx: CanvasRenderingContext2D, s: Shape): void {
  ctx.setLineDash(s.kind === 'circle' || s.kind === 'line' ? (s.dash ?? []) : []);
  ctx.beginPath();
  switch (s.kind) {
    case 'text':
      ctx.font = `${s.bold ? '600 ' : ''}${s.size}px ${FONT_FAMILY}`;
      ctx.fillStyle = s.fill;
      ctx.fillText(s.text, s.x, s.y);
      return;
    case 'circle':
      ctx.arc(s.x, s.y, s.r, 0, 2 * Math.PI);
      ctx.fillStyle = s.fill;
      ctx.fill();
      ctx.strokeStyle = s.stroke;
      ctx.lineWidth = s.width;
      ctx.stroke();
      return;
    case 'line':
      ctx.moveTo(...s.from);
      ctx.lineTo(...s.to);
      ctx.strokeStyle = s.stroke;
      ctx.lineWidth = s.width;
      ctx.stroke();
      return;
    case 'polygon':
      s.points.forEach((p, i) => (i ? ctx.lineTo(...p) : ctx.moveTo(...p)));
      ctx.closePath();
      ctx.fillStyle = s.fill;
      ctx.fill();
  }
}

/** Paints every shape in order; text sits on its baseline, as in SVG. */
export function paintShapes(ctx: CanvasRenderingContext2D, shapes: Shape[]): void {
  ctx.save();
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  for (const s of shapes) paintOne(ctx, s);
  ctx.restore();
}
