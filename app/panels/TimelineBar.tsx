/** The timeline's controls and words: which dates, play, what is shown, and what has no date. */
import type { GraphFile } from '../../graph-data/schema.ts';
import { formatDate, formatSpan, plural } from '../model/format.ts';
import type { Axis, TimelineData } from '../model/timeline.ts';
import { useView } from '../state/provider.tsx';

interface BarProps {
  graph: GraphFile;
  axis: Axis;
  data: TimelineData;
  /** False when no article has a publication date, so "as reported by" has nothing to go on. */
  canReport: boolean;
  setAxis: (axis: Axis) => void;
  play: { playing: boolean; start: () => void; pause: () => void };
}

/** What the strip shows now, in words: the visible current day while playing. */
function shownText(axis: Axis, data: TimelineData, from: string | null, to: string | null, reportedBy: string | null): string {
  if (!data.span) return '';
  if (axis === 'published') return `As known on ${formatDate(reportedBy ?? data.span.max)}`;
  if (from === null && to === null) return `All dates · ${formatSpan(data.span.min, data.span.max)}`;
  return `Showing ${formatSpan(from ?? data.span.min, to ?? data.span.max)}`;
}

/** The bar above the chart. */
export function TimelineBar({ graph, axis, data, canReport, setAxis, play }: BarProps) {
  const { view, dispatch } = useView();
  const { from, to, reportedBy } = view.filters;
  const ranged = from !== null || to !== null;
  const undatedArticles = graph.attributes.articles.filter((a) => a.date === null).length;
  const undatedHelp = axis === 'event'
    ? `${plural(data.undated, 'sentence')} give no event date${ranged ? '; they are hidden while a range is set' : ''}`
    : `${plural(data.undated, 'sentence')} come from articles with no publication date, left out here`;
  return (
    <div className="timeline-bar">
      <h2 id="timeline-title">Timeline</h2>
      <div className="switch timeline-axis" role="group" aria-label="Place sentences by">
        <button type="button" aria-pressed={axis === 'event'} onClick={() => setAxis('event')}>
          Event date
        </button>
        <button type="button" title={canReport ? 'the graph as it could be known from the articles published by a day' : 'no article has a publication date'}
          aria-pressed={axis === 'published'} disabled={!canReport} onClick={() => setAxis('published')}>
          As reported by
        </button>
      </div>
      <button type="button" className="play" disabled={!data.span} onClick={play.playing ? play.pause : play.start}>
        <span aria-hidden="true">{play.playing ? '❚❚ ' : '▶ '}</span>
        {play.playing ? 'Pause' : 'Play'}
      </button>
      <output className="timeline-shown" data-playing={play.playing || undefined}>
        {shownText(axis, data, from, to, reportedBy)}
      </output>
      {axis === 'event' && ranged && (
        <button type="button" className="link" onClick={() => dispatch({ type: 'set-dates', from: null, to: null })}>
          Any date
        </button>
      )}
      <span className="timeline-undated" title={undatedHelp}>
        undated: {data.undated}
        {axis === 'event' && ranged && data.undated > 0 && ' · hidden'}
      </span>
      {axis === 'published' && (undatedArticles > 0 || ranged) && (
        <p className="timeline-note">
          {undatedArticles > 0 && `${undatedArticles === 1 ? '1 article with no publication date is' : `${undatedArticles} articles with no publication date are`} left out. `}
          {ranged && 'The event dates are limited too (see Dates).'}
        </p>
      )}
    </div>
  );
}
