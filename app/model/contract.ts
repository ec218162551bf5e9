/**
 * The contract's zod schemas, for the app's paths that need them: a graph that fails its check
 * (for zod's messages), the article texts, snapshots. Imported on demand, never at start-up,
 * where the checks of graph-data/shapes.ts do without zod. Through here, so that zod's compiler is
 * switched off (zod-jitless.ts) before the first schema is defined.
 */
import '../zod-jitless.ts';

export * from '../../graph-data/schema.ts';
