/**
 * The URL of the graph's first view (model/first-view.ts), which vite.config.ts makes for a build
 * whose graph is too big to come inside the page; null for a small graph, and on the dev server.
 */
declare module 'virtual:dyad-first-view' {
  const url: string | null;
  export default url;
}
