/**
 * The timeline strip under the main view: sentences by event date (or "as reported by", by
 * publication date), a brush that sets the date filters, and play, which walks the days.
 */
import { useMemo } from 'react';
import type { GraphFile } from '../../graph-data/schema.ts';
import { dragRange, handleDays } from '../model/brush.ts';
import { publicationBounds } from '../model/published.ts';
import { type Axis, timelineData } from '../model/timeline.ts';
import { useView } from '../state/provider.tsx';
import type { Filters } from '../state/view.ts';
import type { BrushHandle } from './TimelineBrush.tsx';
import { TimelineBar } from './TimelineBar.tsx';
import { TimelineChart } from './TimelineChart.tsx';
import { usePlay } from './usePlay.ts';
import './timeline.css';

type Span = { min: string; max: string };
const clamp = (day: string, s: Span) => (day < s.min ? s.min : day > s.max ? s.max : day);

/** The brush's handles and chosen stretch for the filters on an axis. */
function brushOf(f: Filters, axis: Axis, span: Span): { handles: BrushHandle[]; chosen: { start: string; end: string } | null } {
  if (axis === 'published') {
    const day = clamp(f.reportedBy ?? span.max, span);
    return { handles: [{ id: 'reported', day, lo: span.min, hi: span.max, label: 'As reported by', edge: 'end' }], chosen: { start: span.min, end: day } };
  }
  const at = handleDays(f, span);
  const [from, to] = [clamp(at.from, span), clamp(at.to, span)];
  return {
    handles: [
      { id: 'from', day: from, lo: span.min, hi: to, label: 'Event dates from', edge: 'start' },
      { id: 'to', day: to, lo: from, hi: span.max, label: 'Event dates to', edge: 'end' },
    ],
    chosen: f.from !== null || f.to !== null ? { start: from, end: to } : null,
  };
}

/** The strip: its bar of controls, then the chart (or why there is none). */
export function Timeline({ graph }: { graph: GraphFile }) {
  const { view, dispatch } = useView();
  const f = view.filters;
  const axis: Axis = f.reportedBy !== null ? 'published' : 'event';
  const data = useMemo(() => timelineData(graph, f, axis), [graph, f, axis]);
  const span = data.span;
  const show = (day: string) =>
    dispatch(axis === 'event' ? { type: 'set-dates', from: f.from, to: day } : { type: 'set-reported', day });
  const first = span && (axis === 'event' ? clamp(f.from ?? span.min, span) : span.min);
  const play = usePlay({ first, last: span?.max ?? null, current: axis === 'event' ? f.to : f.reportedBy, show, reset: axis });
  // A hand on the brush takes over from play.
  const onSweep = (a: string, b: string) => {
    play.pause();
    dispatch(axis === 'event' ? { type: 'set-dates', ...dragRange(a, b) } : { type: 'set-reported', day: b });
  };
  const onHandle = (id: string, day: string) => {
    play.pause();
    if (id === 'reported') dispatch({ type: 'set-reported', day });
    else dispatch({ type: 'set-dates', from: id === 'from' ? day : f.from, to: id === 'to' ? day : f.to });
  };
  const published = useMemo(() => publicationBounds(graph), [graph]);
  const setAxis = (next: Axis) => {
    play.pause();
    dispatch({ type: 'set-reported', day: next === 'published' && published ? published.max : null });
  };
  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <TimelineBar graph={graph} axis={axis} data={data} canReport={published !== null} setAxis={setAxis} play={play} />
      {span ? (
        <TimelineChart data={{ ...data, span }} label={axis === 'event' ? 'Sentences by event date' : 'Sentences by publication date'}
          {...brushOf(f, axis, span)} onSweep={onSweep} onHandle={onHandle}
          // The handles' days are written by them whenever they mean something: a range, a day, play.
          showLabels={play.playing || axis === 'published' || f.from !== null || f.to !== null} />
      ) : (
        <p className="muted timeline-empty">{axis === 'event' ? 'No sentence gives an event date.' : 'No article has a publication date.'}</p>
      )}
    </section>
  );
}
