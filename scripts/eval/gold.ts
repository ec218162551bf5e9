/**
 * The eval's inputs, read and validated: a gold file (ontology.md, "Gold file format") and a
 * graph.json. Every error names the file, and the item and field when there is one.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ActorEntry, GraphFile, RelationType, Status } from '../../graph-data/schema.ts';

/** One gold relation: the sentence it is stated in (named by a quote) and how it is annotated. */
export const GoldItem = z
  .strictObject({
    article: z.string().min(1),
    // A shorter quote could sit in more than one sentence, so it would not name one.
    quote: z.string().min(20, 'a quote has at least 20 characters'),
    source: ActorEntry.shape.id,
    type: RelationType,
    target: ActorEntry.shape.id,
    status: Status,
    implicit: z.boolean(),
    mutual: z.boolean(),
    optional: z.boolean().optional(),
  })
  .refine((g) => g.source !== g.target, { message: 'source and target are the same actor', path: ['target'] });
export type GoldItem = z.infer<typeof GoldItem>;

export const GoldFile = z.array(GoldItem);

/** Input the user has to fix; the message is meant to be printed as it is. */
export class InputError extends Error {}

/** How many problems of one file are worth printing before the rest is only counted. */
const MAX_ISSUES = 10;

/** `[12].type`, `attributes.articles[0].id`: the way a reader finds the place in the JSON. */
export function issuePath(path: readonly PropertyKey[]): string {
  const text = path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');
  return text.replace(/^\./, '') || '(top level)';
}

/** Validates parsed JSON against a schema, or throws an InputError listing what is wrong where. */
export function validate<T>(data: unknown, schema: z.ZodType<T>, file: string): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const lines = issues.slice(0, MAX_ISSUES).map((i) => `${file}: ${issuePath(i.path)}: ${i.message}`);
  if (issues.length > MAX_ISSUES) lines.push(`${file}: … and ${issues.length - MAX_ISSUES} more problems`);
  throw new InputError(lines.join('\n'));
}

/** Reads and parses a JSON file; a missing file or broken JSON is an InputError naming it. */
export async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read: ${String(e)}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
}

/** Reads a gold file. */
export async function readGold(file: string): Promise<GoldItem[]> {
  return validate(await readJson(file), GoldFile, file);
}

/** Reads a graph.json written by the build. */
export async function readGraph(file: string): Promise<GraphFile> {
  return validate(await readJson(file), GraphFile, file);
}
