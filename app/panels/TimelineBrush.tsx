/**
 * The brush over the timeline: drag across the days to choose them, or move a handle, by pointer
 * or by keyboard (each handle is a slider: arrows move a day, Page Up and Down a week, Home and
 * End to its limit). The brush only reports days; the timeline turns them into filters.
 */
import { type KeyboardEvent, type PointerEvent, type ReactNode, useRef } from 'react';
import { stepDay } from '../model/brush.ts';
import { addDays } from '../model/days.ts';
import { formatDate } from '../model/format.ts';
import { dayNumber, dayUnder, type Scale, xOf } from '../model/timescale.ts';
import { AXIS_Y, HEIGHT, TOP } from './timeline-geometry.ts';

/** A handle: which bound it moves, where it stands, how far it may go, what it is called. */
export interface BrushHandle {
  id: string;
  day: string;
  lo: string;
  hi: string;
  label: string;
  /** A start handle stands at the left edge of its day, an end handle at the right. */
  edge: 'start' | 'end';
}

interface BrushProps {
  scale: Scale;
  /** The chosen days, inclusive; null when nothing is chosen and nothing is dimmed. */
  chosen: { start: string; end: string } | null;
  handles: BrushHandle[];
  /** A drag across the axis from one day to another (the same day for a click). */
  onSweep: (a: string, b: string) => void;
  onHandle: (id: string, day: string) => void;
  /** Day labels by the handles, while moving or playing. */
  showLabels: boolean;
  /** The marks: inside the brush, so a drag may start on them and their hover titles still show. */
  children: ReactNode;
}

const handleX = (scale: Scale, h: BrushHandle) => xOf(scale, h.edge === 'start' ? h.day : addDays(h.day, 1));
const clamp = (day: string, lo: string, hi: string) => (day < lo ? lo : day > hi ? hi : day);

type Drag = { kind: 'sweep'; anchor: string } | { kind: 'handle'; handle: BrushHandle };

/**
 * Pointer drags on the brush: a press on the track sweeps a new range from its day, a press on a
 * handle moves that handle. Captured, so a drag past the strip's ends still reads as its end days.
 */
function useBrushPointer(scale: Scale, onSweep: BrushProps['onSweep'], onHandle: BrushProps['onHandle']) {
  // What the pointer is doing from press to release, and the last day it reported (reported once).
  const drag = useRef<{ what: Drag; last: string } | null>(null);
  const dayAtPointer = (e: PointerEvent<SVGElement>) => {
    const box = e.currentTarget.ownerSVGElement?.getBoundingClientRect() ?? e.currentTarget.getBoundingClientRect();
    return dayUnder(scale, e.clientX - box.left);
  };
  const report = (what: Drag, day: string) => {
    if (what.kind === 'sweep') onSweep(what.anchor, day);
    else onHandle(what.handle.id, clamp(day, what.handle.lo, what.handle.hi));
  };
  const press = (e: PointerEvent<SVGElement>, handle: BrushHandle | null) => {
    if (e.button !== 0) return;
    // A handle's press is its own: the sweep of the brush around it must not start as well.
    e.stopPropagation();
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const day = dayAtPointer(e);
    const what: Drag = handle ? { kind: 'handle', handle } : { kind: 'sweep', anchor: day };
    drag.current = { what, last: day };
    if (!handle) report(what, day);
  };
  const move = (e: PointerEvent<SVGElement>) => {
    const d = drag.current;
    const day = d && dayAtPointer(e);
    if (!d || !day || day === d.last) return;
    d.last = day;
    report(d.what, day);
  };
  const release = () => {
    drag.current = null;
  };
  return { press, handlers: { onPointerMove: move, onPointerUp: release, onPointerCancel: release, onLostPointerCapture: release } };
}

/** The outside of the chosen days dimmed, and the chosen stretch outlined; nothing when nothing is chosen. */
function Shade({ scale, chosen }: { scale: Scale; chosen: BrushProps['chosen'] }) {
  if (!chosen) return null;
  const [x0, x1, right] = [xOf(scale, chosen.start), xOf(scale, addDays(chosen.end, 1)), scale.left + scale.width];
  const box = { y: TOP - 4, height: AXIS_Y - TOP + 4 };
  return (
    <>
      <rect className="brush-outside" x={scale.left} width={Math.max(0, x0 - scale.left)} {...box} />
      <rect className="brush-outside" x={x1} width={Math.max(0, right - x1)} {...box} />
      <rect className="brush-chosen" x={x0} width={Math.max(1, x1 - x0)} {...box} />
    </>
  );
}

/** The track that takes drags, the marks (children), the shade over them, and the handles. */
export function TimelineBrush({ scale, chosen, handles, onSweep, onHandle, showLabels, children }: BrushProps) {
  const { press, handlers } = useBrushPointer(scale, onSweep, onHandle);
  return (
    <g className="brush" onPointerDown={(e) => press(e, null)} {...handlers}>
      <rect className="brush-track" x={scale.left} y={0} width={scale.width} height={HEIGHT} />
      {children}
      <Shade scale={scale} chosen={chosen} />
      {handles.map((h) => (
        <Handle key={h.id} handle={h} x={handleX(scale, h)} scale={scale} showLabel={showLabels} onPointerDown={(e) => press(e, h)}
          onKeyDown={(e) => {
            const next = stepDay(h.day, e.key, h.lo, h.hi);
            if (next === undefined) return;
            e.preventDefault();
            if (next !== h.day) onHandle(h.id, next);
          }} />
      ))}
    </g>
  );
}

interface HandleProps {
  handle: BrushHandle;
  x: number;
  scale: Scale;
  showLabel: boolean;
  onPointerDown: (e: PointerEvent<SVGElement>) => void;
  onKeyDown: (e: KeyboardEvent<SVGElement>) => void;
}

/** One handle: a line across the marks with a grip, focusable as a slider over the span's days. Its drags bubble to the brush. */
function Handle({ handle, x, scale, showLabel, onPointerDown, onKeyDown }: HandleProps) {
  // A start's label reads to the left of its line and an end's to the right, so the two never
  // overlap; near the strip's ends a label turns inwards instead of running off.
  const room = 80;
  const leftwards = handle.edge === 'start' ? x - scale.left > room : x > scale.left + scale.width - room;
  return (
    <g className={`handle handle-${handle.edge}`} transform={`translate(${x} 0)`} role="slider" tabIndex={0}
      aria-label={handle.label} aria-orientation="horizontal" aria-valuemin={0} aria-valuemax={scale.days - 1}
      aria-valuenow={dayNumber(scale, handle.day)} aria-valuetext={formatDate(handle.day)} data-day={handle.day}
      onPointerDown={onPointerDown} onKeyDown={onKeyDown}>
      <line className="handle-line" x1={0} x2={0} y1={TOP - 4} y2={AXIS_Y} />
      <rect className="handle-ring" x={-8} y={TOP + 6} width={16} height={30} rx={5} />
      <rect className="handle-grip" x={-4} y={TOP + 10} width={8} height={22} rx={3} />
      <rect className="handle-hit" x={-9} y={TOP - 6} width={18} height={AXIS_Y - TOP + 8} />
      {showLabel && <text className="handle-label" x={leftwards ? -6 : 6} y={TOP - 6} textAnchor={leftwards ? 'end' : 'start'}>{formatDate(handle.day)}</text>}
    </g>
  );
}
