/**
 * The explorer reads graphs with graph-data/shapes.ts and no zod: its key lists must say what the
 * zod schemas say, the same keys in the same order and the same optional ones.
 */
import { describe, expect, it } from 'vitest';
import { ArticleMeta, EdgeAttributes, EventDate, Evidence, GraphFile, NodeAttributes, RelationType, Status } from '../../graph-data/schema.ts';
import { isRelationType, isStatus, RELATION_TYPES, SHAPES, STATUSES } from '../../graph-data/shapes.ts';

type ZodObject = { shape: Record<string, { safeParse: (v: unknown) => { success: boolean } }> };
const top = GraphFile.shape;
const OBJECTS: [keyof typeof SHAPES, ZodObject][] = [
  ['graph', GraphFile], ['graphAttributes', top.attributes], ['options', top.options], ['article', ArticleMeta],
  ['node', top.nodes.element], ['nodeAttributes', NodeAttributes], ['edge', top.edges.element],
  ['edgeAttributes', EdgeAttributes], ['evidence', Evidence], ['eventDate', EventDate],
];

describe('SHAPES', () => {
  it.each(OBJECTS)('%s lists its schema’s keys in order, and the ones it lets be absent', (name, schema) => {
    const keys = Object.keys(schema.shape);
    expect(SHAPES[name].keys).toEqual(keys);
    expect(SHAPES[name].optional).toEqual(keys.filter((k) => schema.shape[k]!.safeParse(undefined).success));
  });

  it('has a shape for every strict object of graph.json, and no other', () => {
    expect(Object.keys(SHAPES).sort()).toEqual(OBJECTS.map(([name]) => name).sort());
  });
});

describe('isRelationType and isStatus', () => {
  it('give the verdicts of the enums', () => {
    for (const v of [...RELATION_TYPES, ...STATUSES, 'Accusation', 'accusation ', '', null, undefined, 1, ['clash'], 'toString']) {
      expect(isRelationType(v)).toBe(RelationType.safeParse(v).success);
      expect(isStatus(v)).toBe(Status.safeParse(v).success);
    }
  });
});
