import { describe, expect, it } from 'vitest';
import { nounForms, verbForms } from './inflect.ts';

describe('inflections', () => {
  it('inflects regular verbs, dropping e and doubling short final consonants', () => {
    expect(verbForms('mediate')).toEqual(['mediate', 'mediates', 'mediated', 'mediating']);
    expect(verbForms('slam')).toEqual(['slam', 'slams', 'slammed', 'slamming']);
    expect(verbForms('deny')).toEqual(['deny', 'denies', 'denied', 'denying']);
    expect(verbForms('urge')).toEqual(['urge', 'urges', 'urged', 'urging']);
  });
  it('inflects the first word of a phrasal verb', () => {
    expect(verbForms('call on')).toEqual(['call on', 'calls on', 'called on', 'calling on']);
  });
  it('pluralises the last word of a noun', () => {
    expect(nounForms('host country')).toEqual(['host country', 'host countries']);
    expect(nounForms('skirmish')).toEqual(['skirmish', 'skirmishes']);
  });
});
