/** The timeline's data as SVG: month bands, range bars, day columns, and the day axis under them. */
import { RELATION_STYLE } from '../cytoscape/tables.ts';
import { formatDate, formatSpan, plural } from '../model/format.ts';
import type { Bar, DayColumn, TimelineData } from '../model/timeline.ts';
import { axisTicks, type Scale, xOf } from '../model/timescale.ts';
import { addDays } from '../model/days.ts';
import { AXIS_Y, columnBox, DAY_BASE, LABEL_Y, LANE_GAP, LANE_HEIGHT, LANES_TOP, TOP, unitHeight } from './timeline-geometry.ts';

/** "3 clash, 1 threat". */
const countsText = (counts: DayColumn['counts']) => counts.map((c) => `${c.n} ${RELATION_STYLE[c.type].label}`).join(', ');

/** A day's sentences stacked by type, with a hover title that says what they are. */
function Column({ column, scale, unit }: { column: DayColumn; scale: Scale; unit: number }) {
  const { width, inset } = columnBox(scale.cell);
  const x = xOf(scale, column.day) + inset;
  let y = DAY_BASE;
  return (
    <g className="day-column">
      <title>{`${formatDate(column.day)}: ${countsText(column.counts)}`}</title>
      {column.counts.map((c) => {
        const h = Math.max(2, c.n * unit);
        y -= h;
        return <rect key={c.type} x={x} y={y} width={width} height={h - 0.5} fill={RELATION_STYLE[c.type].colour} />;
      })}
    </g>
  );
}

/** A span: a bar in its lane (a range of days) or a faint band over the marks (a month). */
function Span({ bar, scale, band }: { bar: Bar; scale: Scale; band: boolean }) {
  const x = xOf(scale, bar.start);
  const width = xOf(scale, addDays(bar.end, 1)) - x;
  const what = `${formatSpan(bar.start, bar.end)}${band ? ' (month only)' : ''}: ${plural(bar.n, RELATION_STYLE[bar.type].label)}`;
  const colour = RELATION_STYLE[bar.type].colour;
  return band ? (
    <rect className="month-band" x={x} y={TOP} width={width} height={DAY_BASE - TOP} fill={colour} fillOpacity={0.13}>
      <title>{what}</title>
    </rect>
  ) : (
    <rect className="range-bar" x={x + 1} y={LANES_TOP + bar.lane * (LANE_HEIGHT + LANE_GAP)} width={Math.max(2, width - 2)} height={LANE_HEIGHT} rx={1.5} fill={colour}>
      <title>{what}</title>
    </rect>
  );
}

/** Every mark of the data; for the eye only, as the sliders and the date fields say the same in words. */
export function TimelineMarks({ data, scale }: { data: TimelineData; scale: Scale }) {
  const unit = unitHeight(Math.max(0, ...data.days.map((d) => d.total)));
  return (
    <g className="marks" aria-hidden="true">
      {data.months.map((b) => <Span key={`${b.start}|${b.end}|${b.type}`} bar={b} scale={scale} band />)}
      {data.ranges.map((b) => <Span key={`${b.start}|${b.end}|${b.type}`} bar={b} scale={scale} band={false} />)}
      {data.days.map((c) => <Column key={c.day} column={c} scale={scale} unit={unit} />)}
    </g>
  );
}

/** The axis line and a labelled tick per few days, under the marks. */
export function TimelineAxis({ scale }: { scale: Scale }) {
  return (
    <g className="axis" aria-hidden="true">
      <line x1={scale.left} x2={scale.left + scale.width} y1={AXIS_Y} y2={AXIS_Y} />
      {axisTicks(scale).map((t) => {
        const x = xOf(scale, t.day) + scale.cell / 2;
        return (
          <g key={t.day}>
            <line x1={x} x2={x} y1={AXIS_Y} y2={AXIS_Y + 4} />
            <text x={x} y={LABEL_Y} textAnchor="middle">{t.label}</text>
          </g>
        );
      })}
    </g>
  );
}
