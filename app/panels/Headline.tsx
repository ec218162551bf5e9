/** An edge's headline with each actor as a button that opens the actor's panel. */
import { headlineParts } from '../model/phrases.ts';
import type { ActorRef, EdgeView } from '../model/relations.ts';
import { useGo } from './nav.ts';

/** "Pakistan accuses India", the names being links to the two actors. */
export function Headline({ edge }: { edge: EdgeView }) {
  return (
    <>
      {headlineParts(edge).map((p, i) => ('actor' in p ? <ActorLink key={i} actor={p.actor} /> : <span key={i}>{p.text}</span>))}
    </>
  );
}

/** An actor's name as a button; the "alleged actor" tag keeps the status in words, not colour alone. */
export function ActorLink({ actor }: { actor: ActorRef }) {
  const go = useGo();
  return (
    <span className={actor.alleged ? 'actor actor-alleged' : 'actor'}>
      <button
        type="button"
        className="link actor-link"
        data-node={actor.id}
        onClick={() => go([{ type: 'select', selection: { kind: 'node', key: actor.id } }])}
      >
        {actor.label}
      </button>
      {actor.alleged && (
        <span className="tag" title="every sentence about this actor is a claim by someone else">
          alleged actor
        </span>
      )}
    </span>
  );
}
