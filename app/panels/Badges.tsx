import type { Status } from '../../graph-data/schema.ts';
import type { ActorRef } from '../model/relations.ts';

/** What each status means, in the words of ontology.md. */
export const STATUS_HELP: Record<Status, string> = {
  reported: 'stated by the article in its own voice',
  attributed: 'stated by a named or unnamed source (“security sources said”, “according to Asif”)',
  alleged: 'the content of an accusation or an epithet (“accused India of backing the TTP”, “India-backed”)',
};

/** The evidence status as a coloured badge, with what it means on hover. */
export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`badge status-${status}`} title={STATUS_HELP[status]}>
      {status}
    </span>
  );
}

/** An actor's name, tagged when the corpus knows it only through others' claims. */
export function ActorName({ actor }: { actor: ActorRef }) {
  return (
    <span className={actor.alleged ? 'actor actor-alleged' : 'actor'}>
      {actor.label}
      {actor.alleged && (
        <span className="tag" title="every piece of evidence about this actor is a claim by someone else">
          alleged actor
        </span>
      )}
    </span>
  );
}
