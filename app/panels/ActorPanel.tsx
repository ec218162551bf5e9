/** The selected actor: who it is, what it does and has done to it, and where the corpus says so. */
import { useMemo } from 'react';
import type { NodeAttributes } from '../../graph-data/schema.ts';
import { actorArticles, actorRelations, allegedReason } from '../model/actor.ts';
import { plural } from '../model/format.ts';
import { ActorRelations } from './ActorRelations.tsx';
import { AllegedNote } from './AllegedNote.tsx';
import type { PanelData } from './data.ts';
import { readTarget, useGo } from './nav.ts';
import { Missing, PanelClose } from './PanelParts.tsx';

const KINDS: Record<NodeAttributes['kind'], string> = {
  state: 'State',
  'armed-group': 'Armed group',
  organisation: 'Organisation',
  person: 'Person',
  other: 'Actor',
};

/** Label, kind and standing; the alleged note; names; relations; articles. */
export function ActorPanel({ data, id }: { data: PanelData; id: string }) {
  const node = data.graph.nodes.find((n) => n.key === id);
  // Worked out per actor and filters, not on every hover: a hub has thousands of relations.
  const groups = useMemo(() => actorRelations(data.shown, id), [data, id]);
  const reason = useMemo(() => (node?.attributes.alleged ? allegedReason(data.all, id, data.graph.attributes.articles) : null), [data, id, node]);
  if (!node) return <Missing what="actor" id={id} />;
  const a = node.attributes;
  return (
    <section className="panel actor-panel" data-node={id} aria-labelledby="actor-heading">
      <header className="panel-head">
        <p className="kicker">{KINDS[a.kind]}</p>
        <PanelClose />
        <h2 id="actor-heading" className="panel-heading" tabIndex={-1}>
          <span className={a.alleged ? 'actor actor-alleged' : 'actor'}>{a.label}</span>
          {a.alleged && <span className="tag">alleged actor</span>}
        </h2>
        <p className="facts">
          {a.core ? 'One of the six core actors' : 'Another actor found in the articles'} · {plural(a.mentions, 'mention')}
        </p>
      </header>
      {a.alleged && <AllegedNote label={a.label} reason={reason} data={data} />}
      {a.names.length > 0 && (
        <>
          <h3>Found in the text as</h3>
          <ul className="names">
            {a.names.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Relations</h3>
      <ActorRelations groups={groups} />
      <ActorArticles data={data} id={id} />
    </section>
  );
}

/** The articles whose shown sentences touch the actor; each opens in the reader. */
function ActorArticles({ data, id }: { data: PanelData; id: string }) {
  const go = useGo();
  const articles = useMemo(() => actorArticles(data.shown, id, data.graph.attributes.articles), [data, id]);
  if (articles.length === 0) return null;
  return (
    <>
      <h3>In {plural(articles.length, 'article')}</h3>
      <ul className="actor-articles">
        {articles.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className="link"
              data-read={readTarget(a.id, null)}
              onClick={() => go([{ type: 'open-reader', article: a.id, sentence: null }])}
            >
              <cite>{a.meta?.title ?? a.id}</cite>
            </button>{' '}
            <span className="muted">{plural(a.sentences, 'sentence')}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
