/** One sentence of evidence with where and when: its outlet, article, both dates, status and speaker. */
import type { ArticleMeta, Evidence } from '../../graph-data/schema.ts';
import { formatPublished, formatWhen } from '../model/format.ts';
import { StatusBadge } from './Badges.tsx';
import { MarkedText } from './MarkedText.tsx';

const PRECISION: Record<NonNullable<Evidence['when']>['precision'], string> = {
  day: 'the day',
  range: 'a span of days',
  month: 'the month only',
};

/** When it happened: "12 Oct 2025", "18–19 Oct 2025", "Oct 2025", or "date not stated"; the precision on hover. */
function EventDate({ evidence }: { evidence: Evidence }) {
  const when = formatWhen(evidence.when, evidence.date);
  const help = evidence.when
    ? `the sentence gives ${PRECISION[evidence.when.precision]}`
    : when === null ? 'the sentence gives no date for the event' : undefined;
  return (
    <li className="event-date" title={help}>
      <span className="label">event:</span> {when ?? 'date not stated'}
    </li>
  );
}

/** When it was reported: the article's publication date, marked when inferred, or said to be unknown. */
function Published({ article }: { article: ArticleMeta | undefined }) {
  const inferred = article?.date && article.dateInferred;
  return (
    <li className="published" title={inferred ? 'the article prints no date; this one is inferred' : undefined}>
      {formatPublished(article)}
    </li>
  );
}

/** One sentence of evidence and where it comes from; with `onRead`, a button to read it in its article. */
export function EvidenceItem({
  evidence,
  article,
  onRead,
  readTarget,
}: {
  evidence: Evidence;
  article: ArticleMeta | undefined;
  onRead?: () => void;
  readTarget?: string;
}) {
  return (
    <li className="evidence" data-article={evidence.article} data-sentence={evidence.sentence}>
      <blockquote className="sentence">
        <MarkedText text={evidence.text} marks={evidence.marks} />
      </blockquote>
      <ul className="meta">
        <li>
          <StatusBadge status={evidence.status} />
        </li>
        <EventDate evidence={evidence} />
        {evidence.speaker !== null && (
          <li>
            <span className="label">speaker:</span> {evidence.speaker}
          </li>
        )}
        {evidence.implicit && <li title="an actor is resolved from context, e.g. “both sides”">implicit</li>}
      </ul>
      <ul className="meta source">
        {article?.outlet && <li className="outlet">{article.outlet}</li>}
        <li>
          <cite>{article?.title ?? evidence.article}</cite>
        </li>
        <Published article={article} />
      </ul>
      {onRead && (
        <button type="button" className="read" data-read={readTarget} onClick={onRead}>
          Read in article
        </button>
      )}
    </li>
  );
}
