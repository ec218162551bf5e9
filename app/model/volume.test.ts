import { describe, expect, it } from 'vitest';
import { evidence, sampleGraph } from './fixture.ts';
import { actorVolume, distinctSentences } from './volume.ts';

describe('volume', () => {
  it('counts a sentence once however many triggers it has', () => {
    expect(distinctSentences([evidence(), evidence({ trigger: 'blamed' }), evidence({ article: 'a2' })])).toBe(2);
  });

  it('sums distinct sentences over the edges at each actor', () => {
    // Pakistan: two accusation sentences (a third piece repeats one) and one negotiation sentence.
    expect(actorVolume(sampleGraph())).toEqual(new Map([['pakistan', 3], ['india', 2], ['afghan-taliban', 1]]));
  });
});
