/** The timeline's drawing: an SVG as wide as its box, with the marks, the axis and the brush. */
import type { TimelineData } from '../model/timeline.ts';
import { timeScale } from '../model/timescale.ts';
import { type BrushHandle, TimelineBrush } from './TimelineBrush.tsx';
import { TimelineAxis, TimelineMarks } from './TimelineMarks.tsx';
import { HEIGHT, PAD_X } from './timeline-geometry.ts';
import { useWidth } from './useWidth.ts';

interface ChartProps {
  data: TimelineData & { span: { min: string; max: string } };
  label: string;
  chosen: { start: string; end: string } | null;
  handles: BrushHandle[];
  onSweep: (a: string, b: string) => void;
  onHandle: (id: string, day: string) => void;
  showLabels: boolean;
}

/** Pixels in, not a viewBox: text and handles keep their size at any width, and the brush reads clientX as is. */
export function TimelineChart({ data, label, ...brush }: ChartProps) {
  const [box, width] = useWidth<HTMLDivElement>(800);
  const scale = timeScale(data.span, PAD_X, Math.max(40, width - 2 * PAD_X));
  return (
    <div className="timeline-chart" ref={box}>
      <svg width={width} height={HEIGHT} role="group" aria-label={label}>
        <TimelineBrush scale={scale} {...brush}>
          <TimelineMarks data={data} scale={scale} />
          <TimelineAxis scale={scale} />
        </TimelineBrush>
      </svg>
    </div>
  );
}
