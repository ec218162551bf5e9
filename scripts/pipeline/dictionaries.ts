/** The two dictionary files, parsed and cross-checked; every problem names the file and JSON path. */
import type { z } from 'zod';
import { ActorsFile, RELATION_TYPES, RelationsFile } from '../../graph-data/schema.ts';
import { InputError } from './errors.ts';
import type { Dictionaries } from './index.ts';
import { jsonErrorOffset, lineColumn } from './json-errors.ts';

/** A file's name (as the user should read it) and its text. */
export interface TextFile {
  file: string;
  text: string;
}

/** Parses actors.json and relations.json; throws an InputError at the first problem. */
export function parseDictionaries(actors: TextFile, relations: TextFile): Dictionaries {
  const a = parseJsonFile(actors, ActorsFile);
  const r = parseJsonFile(relations, RelationsFile);
  checkActors(a, actors.file);
  checkRelations(r, relations.file);
  return { actors: a, relations: r };
}

function parseJsonFile<T>(f: TextFile, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(f.text);
  } catch (e) {
    const offset = jsonErrorOffset(f.text) ?? f.text.length;
    // V8 quotes the whole input in some messages; the position says enough.
    const why = String((e as Error).message).replace(/,\s*(\.\.\.)?".*$/s, '').replace(/ in JSON at position \d+.*$/s, '');
    throw new InputError(f.file, { ...lineColumn(f.text, offset), reason: `invalid JSON: ${why}` });
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const [first, ...rest] = result.error.issues;
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  const reason = (first?.message ?? 'invalid').replace(/^Invalid input: /, '');
  throw new InputError(f.file, { path: jsonPath(first?.path ?? []), reason: reason + more });
}

/** ["actors", 2, "aliases", 0] → "actors[2].aliases[0]". */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => {
      if (typeof k === 'number') return `[${k}]`;
      const key = String(k);
      if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `[${JSON.stringify(key)}]`;
      return i === 0 ? key : `.${key}`;
    })
    .join('');
}

function checkActors(file: ActorsFile, name: string): void {
  const ids = new Map<string, number>();
  const owners = new Map<string, { actor: string; path: string }>();
  file.actors.forEach((actor, i) => {
    const twin = ids.get(actor.id);
    if (twin !== undefined) {
      throw new InputError(name, { path: `actors[${i}].id`, reason: `duplicate actor id "${actor.id}" (also actors[${twin}])` });
    }
    ids.set(actor.id, i);
    // Every list of words on an actor is a set of surface forms, whatever fields the schema grows.
    for (const [field, forms] of Object.entries(actor)) {
      if (!Array.isArray(forms)) continue;
      (forms as string[]).forEach((form, k) => {
        const path = `actors[${i}].${field}[${k}]`;
        // Mentions are matched without regard to case or spacing, so claims are compared so too.
        const key = form.toLowerCase().replace(/\s+/g, ' ').trim();
        const owner = owners.get(key);
        if (owner && owner.actor !== actor.id) {
          throw new InputError(name, { path, reason: `"${form}" is also claimed by actor "${owner.actor}" (${owner.path})` });
        }
        if (!owner) owners.set(key, { actor: actor.id, path });
      });
    }
  });
}

function checkRelations(file: RelationsFile, name: string): void {
  const seen = new Map<string, number>();
  file.relations.forEach((r, i) => {
    const twin = seen.get(r.type);
    if (twin !== undefined) {
      throw new InputError(name, { path: `relations[${i}].type`, reason: `relation type "${r.type}" is already defined at relations[${twin}]` });
    }
    seen.set(r.type, i);
  });
  const missing = RELATION_TYPES.filter((t) => !seen.has(t));
  if (missing.length > 0) throw new InputError(name, { path: 'relations', reason: `missing relation type(s): ${missing.join(', ')}` });
}
