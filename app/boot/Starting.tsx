/** What the page shows before the explorer: the graph arriving and being checked, or why it cannot. */
import { type Progress, progressText } from './fetchGraph.ts';

/** Where the start has got to. */
export type Phase = { step: 'fetching'; progress: Progress | null } | { step: 'checking' } | { step: 'failed'; problem: string };

/** A status line while loading, an alert with a retry when the graph could not be fetched. */
export function Starting({ phase, retry }: { phase: Phase; retry: () => void }) {
  if (phase.step === 'failed') {
    return (
      <main className="load-error" role="alert">
        <h1>Dyad cannot load the graph</h1>
        <p>{phase.problem}.</p>
        <button type="button" onClick={retry}>
          Try again
        </button>
      </main>
    );
  }
  const text = phase.step === 'checking' ? 'Checking the graph…' : `Loading the graph… ${phase.progress ? progressText(phase.progress) : ''}`;
  const value = phase.step === 'fetching' && phase.progress?.total ? phase.progress.received / phase.progress.total : undefined;
  return (
    <main className="starting">
      <h1>Dyad</h1>
      <p role="status">{text.trim()}</p>
      {/* Indeterminate without a total, or while checking. */}
      <progress max={1} value={value} aria-hidden="true" />
    </main>
  );
}
