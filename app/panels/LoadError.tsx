/** What the page shows instead of the graph when graph.json does not match the schema. */
export function LoadError({ problems }: { problems: string[] }) {
  return (
    <main className="load-error" role="alert">
      <h1>Dyad cannot show this graph</h1>
      <p>
        <code>graph-data/graph.json</code> does not match the contract in <code>graph-data/schema.ts</code>. Rebuild
        it with <code>npm run build:graph</code>, then rebuild the app.
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
    </main>
  );
}
