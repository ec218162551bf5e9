/** Find an actor by any of its names, select it and bring it to the centre of the graph. */
import type { Core } from 'cytoscape';
import { type FormEvent, type RefObject, useMemo, useState } from 'react';
import type { GraphFile } from '../../graph-data/schema.ts';
import { centreOn } from '../cytoscape/camera.ts';
import { findActor, suggestions } from '../model/search.ts';
import { useView } from '../state/provider.tsx';

/** A search form; Enter or the button finds. Names to pick from are offered as the user types. */
export function Search({ graph, cyRef }: { graph: GraphFile; cyRef: RefObject<Core | null> }) {
  const { dispatch } = useView();
  const [query, setQuery] = useState('');
  const [miss, setMiss] = useState<string | null>(null);
  // The names are offered from the moment the field is first used, not before: sorting them
  // wakes the browser's collator, some 30 ms that the page's first picture need not wait for.
  const [used, setUsed] = useState(false);
  // The list made once: thousands of names need not be gone over each time the view changes.
  const list = useMemo(
    () =>
      used && (
        <datalist id="actor-names">
          {suggestions(graph).map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
      ),
    [graph, used],
  );
  const find = (e: FormEvent) => {
    e.preventDefault();
    const key = findActor(graph, query);
    setMiss(key === null && query.trim() ? query.trim() : null);
    if (key === null) return;
    dispatch({ type: 'select', selection: { kind: 'node', key } });
    if (cyRef.current) centreOn(cyRef.current, key);
  };
  return (
    <form role="search" className="search" onSubmit={find}>
      <label htmlFor="actor-search">Find actor</label>
      <input
        id="actor-search" type="search" list="actor-names" value={query} autoComplete="off"
        placeholder="Pakistan, TTP, Ankara…" aria-describedby="actor-search-miss"
        onFocus={() => setUsed(true)} onPointerEnter={() => setUsed(true)} onChange={(e) => setQuery(e.target.value)}
      />
      {list}
      <button type="submit">Find</button>
      <span id="actor-search-miss" className="miss" role="status">
        {miss && `No actor is called “${miss}”.`}
      </span>
    </form>
  );
}
