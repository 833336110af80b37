// Checks that the content editor's rules (src/editor/config.ts, Keystatic) and the zod schemas in src/schemas/
// agree. From each zod schema's JSON Schema we make boundary cases from one real entry (every length limit,
// pattern, option list, list length and required field, at and just past the limit), write each case to a
// scratch copy, and ask both: does zod accept it, does the editor's reader accept it? They must answer the same.
// Keystatic writes empty text as a missing key, so an empty text case is judged by what the editor would write:
// for a required field the editor must refuse it even where zod would accept empty text, and for an optional one
// zod is asked about the entry without the key.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';
import { createReader } from '@keystatic/core/reader';
import type editorConfig from '../../src/editor/config.ts';

type EditorConfig = typeof editorConfig;

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
};

export type EditedCollection = {
  /** The collection's name in the editor's config. */
  name: string;
  schema: z.ZodType;
  /** One real entry, as the editor names it (its file path under `dir` without the extension). */
  slug: string;
  dir: string;
  extension: '.mdx' | '.md' | '.yaml';
  /** Fields the editor shows read-only and writes back unchanged (the published toolkit's own words). */
  readOnly: string[];
  /** A list kept in one file (a Keystatic singleton): its file is `dir/slug.yaml`, read with the singleton's reader. */
  singleton?: boolean;
};

export type Disagreement = { collection: string; field: string; value: string; zod: boolean; editor: boolean };

type Case = { field: string; value: string; data: Record<string, unknown> };

const clone = <T>(value: T): T => structuredClone(value);
/** A string of length n that keeps the end of `s` (so patterns about the end, like "ends with ?", still hold). */
const resize = (s: string, n: number) => (s.length < n ? 'a'.repeat(n - s.length) + s : s.slice(s.length - n));

/** Boundary cases for one value at `path` inside `data`, from its JSON Schema. */
function casesFor(root: Record<string, unknown>, path: (string | number)[], schema: JsonSchema, label: string): Case[] {
  const cases: Case[] = [];
  const get = (data: unknown) => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], data);
  const put = (value: unknown, description: string) => {
    const data = clone(root);
    const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], data) as Record<string | number, unknown>;
    const key = path[path.length - 1];
    if (value === undefined) delete parent[key];
    else parent[key] = value;
    cases.push({ field: label, value: description, data });
  };
  const current = get(root);
  // The editor always writes a list (an empty one as []), a choice from a list of options and a tick box
  // (true or false), so only other fields can be missing from what it saves.
  if (schema.type !== 'array' && schema.type !== 'boolean' && !schema.enum) put(undefined, 'left out');
  if (schema.type === 'string') {
    const text = typeof current === 'string' ? current : 'Some words long enough for most limits?';
    put('', 'empty');
    if (schema.minLength !== undefined) {
      put(resize(text, schema.minLength), `${schema.minLength} characters (the minimum)`);
      if (schema.minLength > 1) put(resize(text, schema.minLength - 1), `${schema.minLength - 1} characters`);
    }
    if (schema.maxLength !== undefined) {
      put(resize(text, schema.maxLength), `${schema.maxLength} characters (the maximum)`);
      put(resize(text, schema.maxLength + 1), `${schema.maxLength + 1} characters`);
    }
    if (schema.pattern !== undefined) put('Does not match!', 'not matching the pattern');
    if (schema.enum) put('not-an-option', 'not one of the options');
  } else if (schema.type === 'integer' || schema.type === 'number') {
    // zod's int() gives the safe-integer range as its bounds: not limits anyone can type.
    const real = (bound: number | undefined): bound is number => bound !== undefined && Math.abs(bound) < Number.MAX_SAFE_INTEGER;
    if (real(schema.minimum)) {
      put(schema.minimum, `${schema.minimum} (the minimum)`);
      put(schema.minimum - 1, `${schema.minimum - 1}`);
    }
    if (real(schema.maximum)) {
      put(schema.maximum, `${schema.maximum} (the maximum)`);
      put(schema.maximum + 1, `${schema.maximum + 1}`);
    }
  } else if (schema.type === 'array' && schema.items) {
    const items = Array.isArray(current) && current.length > 0 ? current : [];
    const sample = items[0];
    const grow = (n: number) => Array.from({ length: n }, (_, i) => clone(items[i % Math.max(items.length, 1)] ?? sample));
    put([], 'an empty list');
    if (schema.minItems !== undefined && schema.minItems > 1 && sample !== undefined) put(grow(schema.minItems - 1), `${schema.minItems - 1} items`);
    if (schema.maxItems !== undefined && sample !== undefined) {
      put(grow(schema.maxItems), `${schema.maxItems} items (the most)`);
      put(grow(schema.maxItems + 1), `${schema.maxItems + 1} items`);
    }
    if (sample !== undefined) {
      if (schema.items.type === 'object') {
        for (const [key, child] of Object.entries(schema.items.properties ?? {})) {
          cases.push(...casesFor(root, [...path, 0, key], child, `${label}[0].${key}`));
        }
      } else {
        cases.push(...casesFor(root, [...path, 0], schema.items, `${label}[0]`).filter((c) => c.value !== 'left out'));
      }
    }
  }
  return cases;
}

function serialise(data: Record<string, unknown>, body: string, extension: EditedCollection['extension']) {
  const dumped = yaml.dump(data);
  return extension === '.yaml' ? dumped : `---\n${dumped}---\n${body}`;
}

/** Every way the editor's rules and the zod schema disagree about boundary cases of one real entry. */
export async function disagreements(config: EditorConfig, collection: EditedCollection): Promise<{ checked: number; found: Disagreement[] }> {
  const source = readFileSync(join(collection.dir, collection.slug + collection.extension), 'utf8');
  const match = collection.extension === '.yaml' ? null : /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  const original = yaml.load(match ? match[1] : source) as Record<string, unknown>;
  const body = match ? source.slice(match[0].length) : '';
  const json = z.toJSONSchema(collection.schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

  const cases: Case[] = [];
  for (const [key, property] of Object.entries(json.properties ?? {})) {
    if (collection.readOnly.includes(key)) continue;
    cases.push(...casesFor(original, [key], property, key));
  }

  const scratch = mkdtempSync(join(tmpdir(), 'editor-agreement-'));
  const found: Disagreement[] = [];
  try {
    const file = join(scratch, collection.dir, collection.slug + collection.extension);
    mkdirSync(dirname(file), { recursive: true });
    const reader = createReader(scratch, config);
    const read = collection.singleton
      ? () => (reader.singletons as Record<string, { read(): Promise<unknown> }>)[collection.name].read()
      : () => (reader.collections as Record<string, { read(slug: string): Promise<unknown> }>)[collection.name].read(collection.slug);
    for (const c of cases) {
      writeFileSync(file, serialise(c.data, body, collection.extension));
      const zodAccepts = collection.schema.safeParse(c.value === 'empty' ? withoutEmptyText(c.data) : c.data).success;
      const editorAccepts = await read().then(
        (entry) => entry !== null,
        () => false,
      );
      // Empty text is written as a missing key, so where the field is required the editor must refuse it.
      const expected = c.value === 'empty' && isRequiredPath(json, c.field) ? false : zodAccepts;
      if (editorAccepts !== expected) found.push({ collection: collection.name, field: c.field, value: c.value, zod: zodAccepts, editor: editorAccepts });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { checked: cases.length, found };
}

/** Whether the field named like `sources[0].title` must be present (so empty text, written as missing, would fail). */
function isRequiredPath(json: JsonSchema, field: string): boolean {
  let schema: JsonSchema | undefined = json;
  const parts = field.split('.').flatMap((part) => part.replace(/\[0\]/g, '.[0]').split('.'));
  let required = true;
  for (const part of parts) {
    if (!schema) return false;
    if (part === '[0]') {
      schema = schema.items;
      required = true;
      continue;
    }
    required = schema.required?.includes(part) ?? false;
    schema = schema.properties?.[part];
  }
  return required;
}

/** The entry as the editor would write it: keys holding empty text left out, at any depth. */
function withoutEmptyText<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutEmptyText) as T;
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => [k, withoutEmptyText(v)]),
  ) as T;
}
