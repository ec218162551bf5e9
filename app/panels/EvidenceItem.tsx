import type { ArticleMeta, Evidence } from '../../graph-data/schema.ts';
import { formatWhen } from '../model/format.ts';
import { StatusBadge } from './Badges.tsx';
import { MarkedText } from './MarkedText.tsx';

/** One sentence of evidence and where it comes from. */
export function EvidenceItem({ evidence, article }: { evidence: Evidence; article: ArticleMeta | undefined }) {
  const when = formatWhen(evidence.when, evidence.date);
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
        {when !== null && (
          <li>
            <span className="label">event date:</span> {when}
          </li>
        )}
        {evidence.speaker !== null && (
          <li>
            <span className="label">speaker:</span> {evidence.speaker}
          </li>
        )}
        {evidence.implicit && <li title="an actor is resolved from context, e.g. “both sides”">implicit</li>}
      </ul>
    </li>
  );
}
