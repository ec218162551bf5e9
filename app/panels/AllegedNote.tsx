/** Why an actor is drawn as alleged: how every sentence about it is a claim, and the first of them. */
import type { AllegedReason, Claim } from '../model/actor.ts';
import { plural } from '../model/format.ts';
import { headlineText } from '../model/phrases.ts';
import type { PanelData } from './data.ts';
import { EvidenceItem } from './EvidenceItem.tsx';
import { readTarget, useGo } from './nav.ts';

const CLAIMS: Record<Exclude<Claim, 'reported'>, (n: number) => string> = {
  accused: (n) => `${plural(n, 'accusation')} against it`,
  attributed: (n) => `${n} attributed to a source`,
  alleged: (n) => `${n} alleged`,
};

/** "3 accusations against it, 2 attributed to a source": the split behind the alleged flag. */
function breakdown(counts: Record<Claim, number>): string {
  return (Object.keys(CLAIMS) as (keyof typeof CLAIMS)[])
    .filter((c) => counts[c] > 0)
    .map((c) => CLAIMS[c](counts[c]))
    .join(', ');
}

/** The explanation, then the sentence that shows it best, readable in its article. */
export function AllegedNote({ label, reason, data }: { label: string; reason: AllegedReason | null; data: PanelData }) {
  const go = useGo();
  const total = reason ? Object.values(reason.counts).reduce((a, b) => a + b, 0) : 0;
  return (
    <section className="alleged-note" aria-labelledby="alleged-heading">
      <h3 id="alleged-heading">Why “alleged”</h3>
      <p>
        {label} appears only through others’ claims: every sentence about it is an accusation against it,
        attributed to a source, or alleged. No article reports it acting in its own right.
      </p>
      {reason && (
        <>
          <p className="muted">
            Of {plural(total, 'statement')} about {label}: {breakdown(reason.counts)}. The first of them:
          </p>
          <p className="alleged-edge">{headlineText(reason.edge)}</p>
          <ol className="evidence-list">
            <EvidenceItem
              evidence={reason.evidence}
              article={data.articles.get(reason.evidence.article)}
              readTarget={readTarget(reason.evidence.article, reason.evidence.sentence)}
              onRead={() => go([{ type: 'open-reader', article: reason.evidence.article, sentence: reason.evidence.sentence }], '.reader-chosen')}
            />
          </ol>
        </>
      )}
    </section>
  );
}
