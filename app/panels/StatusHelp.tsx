/** What the badges and highlights mean, one click away from every panel that shows them. */
import { STATUSES } from '../../graph-data/shapes.ts';
import { STATUS_HELP, StatusBadge } from './Badges.tsx';

/** A folded key: statuses, implicit actors and the highlight colours, in words. */
export function StatusHelp({ open = false }: { open?: boolean }) {
  return (
    <details className="status-help" open={open}>
      <summary>How to read the sentences</summary>
      <dl>
        {STATUSES.map((s) => (
          <div key={s}>
            <dt>
              <StatusBadge status={s} />
            </dt>
            <dd>{STATUS_HELP[s]}</dd>
          </div>
        ))}
        <div>
          <dt className="implicit-term">implicit</dt>
          <dd>one of the two actors is not named in the sentence but resolved from context (“both sides”, “the talks”)</dd>
        </div>
      </dl>
      <p className="mark-key">
        <mark className="mark-source">source actor</mark> <mark className="mark-target">target actor</mark>{' '}
        <mark className="mark-trigger">words of the relation</mark>
      </p>
    </details>
  );
}
