import { describe, expect, it } from 'vitest';
import { findingsOf, triples } from './testing/fixture.ts';

// Each fixture opens with a sentence that names the two sides, as a real article does, so that
// the sentence under test (the last one) can lean on the article's context.
const CONTEXT = 'Pakistan and Afghanistan have traded fire along their border for weeks.\n\n';
const last = (text: string): string[] => {
  const f = findingsOf(CONTEXT + text);
  const n = Math.max(...f.map((x) => x.sentence), 1);
  return triples(f.filter((x) => x.sentence === n));
};
const only = (text: string) => findingsOf(CONTEXT + text).filter((f) => f.sentence >= 1);

describe('negation, conditions and plans', () => {
  it('drops a negated act', () => {
    expect(last('Islamabad did not attack Kabul on Sunday.')).toEqual([]);
  });
  it('drops an offer that was not made', () => {
    expect(last('Kabul was not invited to join the talks with Islamabad.')).toEqual([]);
  });
  it('drops a hypothetical', () => {
    expect(last('If Kabul attacks Pakistan again, the region will suffer.')).not.toContain('afghan-taliban clash pakistan');
  });
  it('drops talks that are only planned', () => {
    expect(last('The two countries will hold talks next month.')).toEqual([]);
  });
  it('keeps a warning as a threat even when it is about the future', () => {
    expect(last('Islamabad warned Kabul of strikes if the raids continue.')).toEqual(['pakistan threat afghan-taliban']);
  });
});

describe('places and actors', () => {
  it('reads "talks in Doha" as a place, not Qatar acting', () => {
    expect(last('Delegations of the two countries held talks in Doha on Monday.')).toEqual(['afghan-taliban negotiation pakistan']);
  });
  it('reads "mediated by Ankara and Doha" as two mediators', () => {
    expect(last('The talks were mediated by Ankara and Doha.')).toEqual([
      'afghan-taliban negotiation pakistan',
      'qatar mediation afghan-taliban', 'qatar mediation pakistan',
      'turkiye mediation afghan-taliban', 'turkiye mediation pakistan',
    ]);
  });
  it('does not take a broadcaster named after a country for the country', () => {
    expect(last('Radio Pakistan reported heavy rain in the north.')).toEqual([]);
  });
});

describe('frames', () => {
  it('finds the agent of a passive', () => {
    expect(last('A truce between Pakistan and Afghanistan was brokered by Qatar.')).toContain('qatar mediation pakistan');
  });
  it('finds the owner of a nominal trigger', () => {
    expect(last("Turkey's mediation between the two neighbours resumed.")).toContain('turkiye mediation afghan-taliban');
  });
  it('reads an epithet as alleged support', () => {
    const f = only('Kabul-based India-backed TTP commanders planned the raid.').filter((x) => x.type === 'support');
    expect(f.map((x) => `${x.source} ${x.target} ${x.status}`)).toEqual(['india ttp alleged']);
  });
  it('reads the content of an accusation as alleged', () => {
    const f = only('Kabul accused Islamabad of bombing civilians in Khost.');
    expect(f.map((x) => `${x.source} ${x.type} ${x.target} ${x.status}`).sort()).toEqual([
      'afghan-taliban accusation pakistan reported',
      'pakistan clash afghan-taliban alleged',
    ]);
  });
  it('resolves "both sides" to the article pair, marked implicit', () => {
    const f = only('Both sides later agreed to a ceasefire.');
    expect(f.map((x) => `${x.source} ${x.type} ${x.target} ${x.implicit}`)).toEqual(['afghan-taliban agreement pakistan true']);
  });
});

describe('status and speaker', () => {
  it('marks a post-posed attribution with its speaker', () => {
    const [f] = only('Pakistani jets struck TTP hideouts overnight, officials said.');
    expect(f && [f.source, f.type, f.target, f.status, f.speaker]).toEqual(['pakistan', 'clash', 'ttp', 'attributed', 'officials']);
  });
  it('marks "according to" as attributed, and a side\'s charge against the other as an accusation', () => {
    const f = only('According to Afghan officials, Pakistani drones struck a market in Kabul.');
    expect(f.map((x) => `${x.source} ${x.type} ${x.target} ${x.status} ${x.speaker}`).sort()).toEqual([
      'afghan-taliban accusation pakistan attributed Afghan officials',
      'pakistan clash afghan-taliban alleged Afghan officials',
    ]);
  });
  it('keeps a speech act of the speaker reported', () => {
    const [f] = only('Khawaja Asif accused India of arming the militants.');
    expect(f && [f.source, f.type, f.target, f.status]).toEqual(['pakistan', 'accusation', 'india', 'reported']);
  });
  it('reads a quoted promise of force by an official as a threat', () => {
    const f = only('“We will respond with full force,” Khawaja Asif said.');
    expect(triples(f)).toEqual(['pakistan threat afghan-taliban']);
  });
});

describe('roles in harder syntax', () => {
  it('takes the agent of a passive accusation as the accuser', () => {
    expect(last('Islamabad was accused by Kabul of shelling villages.')).toContain('afghan-taliban accusation pakistan');
  });
  it('reads "holds B responsible" as an accusation of B', () => {
    expect(last('Islamabad holds Kabul responsible for the raids.')).toEqual(['pakistan accusation afghan-taliban']);
  });
  it('gives a second speech act the first one\'s subject, not the nearest name', () => {
    expect(last('Kabul accused Islamabad of violating its airspace and warned of a response.')).toContain('afghan-taliban threat pakistan');
  });
  it('does not read a purpose as an act', () => {
    expect(last('Islamabad said Afghan territory should never serve to launch attacks against Pakistan.')).not.toContain('afghan-taliban clash pakistan');
  });
  it('does not take the object of a gerund for a target it does not name', () => {
    expect(last('Pakistani troops killed twelve militants near the border.')).toEqual([]);
  });
});

