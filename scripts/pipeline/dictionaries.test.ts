import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../graph-data/schema.ts';
import { jsonPath, parseDictionaries } from './dictionaries.ts';
import { InputError } from './errors.ts';
import { jsonErrorOffset } from './json-errors.ts';

const ACTORS_FILE = 'dicts/actors.json';
const RELATIONS_FILE = 'dicts/relations.json';

function actorsJson(actors: object[] = [actor('ruritania', ['Ruritania']), actor('freedonia', ['Freedonia'])]) {
  return { actors, notActors: { media: [], places: [], other: [] }, agentNouns: ['delegation'], placeNouns: ['soil'], titles: ['minister'] };
}

function actor(id: string, aliases: unknown[], extra: object = {}) {
  return { id, label: id, kind: 'state', core: true, aliases, ...extra };
}

function relationsJson(types: string[] = [...RELATION_TYPES]) {
  const relations = types.map((type) => ({
    type,
    label: type,
    direction: 'directed',
    plover: 'X',
    cameo: ['01'],
    description: 'd',
    triggers: [{ lemma: 'w', pos: 'verb' }],
  }));
  return { relations, classes: {} };
}

function parse(actors: unknown, relations: unknown = relationsJson()) {
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v, null, 2));
  return parseDictionaries({ file: ACTORS_FILE, text: text(actors) }, { file: RELATIONS_FILE, text: text(relations) });
}

function error(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('parseDictionaries', () => {
  it('parses valid dictionaries and applies the schema defaults', () => {
    const d = parse(actorsJson());
    expect(d.actors.actors.map((a) => a.id)).toEqual(['ruritania', 'freedonia']);
    expect(d.actors.actors[0]?.metonyms).toEqual([]);
    expect(d.relations.relations).toHaveLength(RELATION_TYPES.length);
  });

  it('names the file, line and column of a JSON syntax error', () => {
    const e = error(() => parse('{\n  "actors": [1, 2,]\n}'));
    expect(e.file).toBe(ACTORS_FILE);
    expect(e.message).toBe("dicts/actors.json: line 2, column 19: invalid JSON: Unexpected token ']'");
  });

  it('names the relations file for its own syntax error', () => {
    expect(error(() => parse(actorsJson(), '{"relations": ')).message).toMatch(/^dicts\/relations\.json: line 1, column 15: invalid JSON/);
  });

  it('names the file and JSON path of a schema error', () => {
    const e = error(() => parse(actorsJson([actor('ruritania', ['Ruritania']), actor('freedonia', ['Freedonia', 7])])));
    expect(e.message).toBe('dicts/actors.json: actors[1].aliases[1]: expected string, received number');
    expect(e.detail.path).toBe('actors[1].aliases[1]');
  });

  it('names an unknown key and a bad id', () => {
    expect(error(() => parse(actorsJson([actor('ruritania', [], { colour: 'red' })]))).message).toMatch(/actors\[0\]: Unrecognized key: "colour"/);
    expect(error(() => parse(actorsJson([actor('Bad Id', [])]))).message).toMatch(/actors\[0\]\.id: an id is lower-case/);
  });

  it('names the path of a schema error in relations.json', () => {
    const r = relationsJson();
    (r.relations[3] as { direction: string }).direction = 'sideways';
    expect(error(() => parse(actorsJson(), r)).message).toMatch(/^dicts\/relations\.json: relations\[3\]\.direction: /);
  });

  it('rejects a duplicate actor id', () => {
    const e = error(() => parse(actorsJson([actor('ruritania', ['A']), actor('ruritania', ['B'])])));
    expect(e.message).toBe('dicts/actors.json: actors[1].id: duplicate actor id "ruritania" (also actors[0])');
  });

  it('rejects a surface form claimed by two actors, in any field and any case', () => {
    const e = error(() => parse(actorsJson([actor('ruritania', ['Ruritania']), actor('freedonia', [], { metonyms: ['ruritania'] })])));
    expect(e.message).toBe('dicts/actors.json: actors[1].metonyms[0]: "ruritania" is also claimed by actor "ruritania" (actors[0].aliases[0])');
  });

  it('allows one actor to list a form under two fields', () => {
    expect(() => parse(actorsJson([actor('ruritania', ['Ruritania'], { metonyms: ['Ruritania'] })]))).not.toThrow();
  });

  it('rejects a relation type given twice', () => {
    const types = [...RELATION_TYPES.slice(0, -1), 'clash'];
    expect(error(() => parse(actorsJson(), relationsJson(types))).message).toBe(
      `dicts/relations.json: relations[${types.length - 1}].type: relation type "clash" is already defined at relations[2]`,
    );
  });
});

describe('jsonPath', () => {
  it('writes keys with dots, indexes in brackets, odd keys quoted', () => {
    expect(jsonPath(['actors', 2, 'aliases', 0])).toBe('actors[2].aliases[0]');
    expect(jsonPath(['classes', 'two words'])).toBe('classes["two words"]');
    expect(jsonPath([])).toBe('');
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a": 1}', null],
    ['[1, 2,]', 6],
    ['{"a" 1}', 5],
    ['{"a": tru}', 6],
    ['{"a": "x\\q"}', 8],
    ['{"a": 1} x', 9],
    ['', 0],
  ])('finds the first bad character of %j', (text, at) => {
    expect(jsonErrorOffset(text)).toBe(at);
  });
});
