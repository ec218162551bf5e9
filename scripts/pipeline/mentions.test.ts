import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions.ts';
import { realLexicon } from './testing/fixture.ts';
import { tokenize } from './tokens.ts';

const actorsIn = (s: string): string[] => findMentions(tokenize(s), realLexicon().lex).actors.map((m) => `${m.actor}:${m.surface}`);
const placesIn = (s: string): string[] => findMentions(tokenize(s), realLexicon().lex).places.map((m) => `${m.actor}:${m.surface}`);

describe('findMentions', () => {
  it('takes the longest name, so a group named after a country is not the country', () => {
    expect(actorsIn('The Tehrik-i-Taliban Pakistan claimed the raid.')).toEqual(['ttp:Tehrik-i-Taliban Pakistan']);
  });
  it('reads a capital after "in" as a place and before a verb as the government', () => {
    expect(placesIn('Envoys gathered in Kabul.')).toEqual(['afghan-taliban:Kabul']);
    expect(actorsIn('Kabul rejected the claim.')).toEqual(['afghan-taliban:Kabul']);
  });
  it('reads a city before an event noun as the venue, not an actor', () => {
    expect(actorsIn('The Doha talks ended.')).toEqual([]);
  });
  it('makes a demonym an actor only before an agent noun', () => {
    expect(actorsIn('The Afghan delegation left.')).toEqual(['afghan-taliban:Afghan']);
    expect(actorsIn('Militants used Afghan soil.')).toEqual([]);
    expect(placesIn('Militants used Afghan soil.')).toEqual(['afghan-taliban:Afghan']);
  });
  it('matches an acronym only in its own case', () => {
    expect(actorsIn('They told us the US would help.')).toEqual(['united-states:US']);
  });
  it('ignores media named after a country and lower-case words', () => {
    expect(actorsIn('Radio Pakistan said india was mentioned.')).toEqual([]);
  });
  it('knows a person by full name and by surname', () => {
    expect(actorsIn('Khawaja Asif spoke; later Asif left.')).toEqual(['pakistan:Khawaja Asif', 'pakistan:Asif']);
  });
});
