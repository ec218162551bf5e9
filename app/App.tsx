import { useMemo } from 'react';
import type { GraphFile } from '../graph-data/schema.ts';
import type { Loaded } from './model/load.ts';
import { articleIndex, edgeViews, groupByType } from './model/relations.ts';
import { CorpusHeader } from './panels/CorpusHeader.tsx';
import { LoadError } from './panels/LoadError.tsx';
import { RelationList } from './panels/RelationList.tsx';

/** The page: the corpus header and the relations, or why the graph cannot be shown. */
export function App({ loaded }: { loaded: Loaded }) {
  return loaded.ok ? <Explorer graph={loaded.graph} /> : <LoadError problems={loaded.problems} />;
}

function Explorer({ graph }: { graph: GraphFile }) {
  const groups = useMemo(() => groupByType(edgeViews(graph)), [graph]);
  const articles = useMemo(() => articleIndex(graph), [graph]);
  return (
    <div className="page">
      <CorpusHeader graph={graph} />
      <main>
        <RelationList groups={groups} articles={articles} />
      </main>
    </div>
  );
}
