import type { ArticleMeta, Evidence } from '../../graph-data/schema.ts';
import { formatDate, formatWhen } from '../model/format.ts';
import { StatusBadge } from './Badges.tsx';
import { MarkedText } from './MarkedText.tsx';

const PRECISION: Record<NonNullable<Evidence['when']>['precision'], string> = {
  day: 'the day',
  range: 'a span of days',
  month: 'the month only',
};

/** "12 Oct 2025", with a hover note of how precise the text was. */
function EventDate({ evidence }: { evidence: Evidence }) {
  const when = formatWhen(evidence.when, evidence.date);
  if (when === null) return null;
  return (
    <li title={evidence.when ? `the sentence gives ${PRECISION[evidence.when.precision]}` : undefined}>
      <span className="label">event date:</span> {when}
    </li>
  );
}

/** "published 30 Oct 2025", saying so when the date was inferred rather than printed. */
function Published({ article }: { article: ArticleMeta | undefined }) {
  if (!article?.date) return null;
  return (
    <li>
      <span className="label">published</span> {formatDate(article.date)}
      {article.dateInferred && ' (inferred)'}
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
        {article?.outlet && <li className="outlet">{article.outlet}</li>}
        <li>
          <cite>{article?.title ?? evidence.article}</cite>
        </li>
        <Published article={article} />
        <EventDate evidence={evidence} />
        {evidence.speaker !== null && (
          <li>
            <span className="label">speaker:</span> {evidence.speaker}
          </li>
        )}
        {evidence.implicit && <li title="an actor is resolved from context, e.g. “both sides”">implicit</li>}
      </ul>
      {onRead && (
        <button type="button" className="read" data-read={readTarget} onClick={onRead}>
          Read in article
        </button>
      )}
    </li>
  );
}
