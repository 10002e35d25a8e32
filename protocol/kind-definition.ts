// One definition per kind of work: its zod schema and a short registration; storage, REST, tools and the studio derive the rest.
import { z } from 'zod';

/** A column that points at another kind's item, and the kind it points at. */
export type LinkColumn = `${string}_id`;
export type LinkTargets = Readonly<Record<LinkColumn, string>>;

/** How the studio edits a field, read off its schema. */
export type FieldInput =
  /** One line: a string of at most 200 characters. */
  | 'text'
  /** Paragraphs: a longer string. */
  | 'long'
  /** One entry per line: a list of strings. */
  | 'list'
  /** Rows of several fields each: a list of objects. */
  | 'rows';

export interface FieldDescriptor {
  name: string;
  /** As the writer reads it: the field's `label` meta, else its name in words ("pen_name" → "Pen name"). */
  label: string;
  input: FieldInput;
  /** Has no default: an item cannot be saved without it. */
  required: boolean;
  /** Stored as JSON text: lists and nested objects. */
  json: boolean;
}

export interface KindRegistration<
  Input extends z.ZodObject = z.ZodObject,
  Links extends LinkTargets = LinkTargets,
> {
  /** The plural name: the table, the REST path (`/api/{kind}`) and the wire value. */
  kind: string;
  /** "plot" / "Plots": how the studio names one and many. */
  names: { one: string; many: string };
  /** What a writer or an agent gives to make one: the single source of its fields. */
  input: Input;
  /** Columns that link to other kinds, e.g. `{ plot_id: 'plots' }`. */
  links: Links;
  /** The field the library shows as the item's name. */
  label: keyof z.output<Input> & string;
  /** Fields `q` searches; these are the columns of the kind's full-text table, so changing them needs a migration. */
  searchable: readonly (keyof z.output<Input> & string)[];
  /** Fields the `genre` filter matches exactly, ignoring case. */
  genre?: readonly (keyof z.output<Input> & string)[];
  /** Shown as a tab of the library drawer (default); a book's own parts are read in the book drawer. */
  tab?: boolean;
}

/** Kinds by name: what storage, REST and tools are built over. */
export type KindRegistry = Readonly<Record<string, KindDefinition>>;

const StoredShape = {
  id: z.string(),
  session_id: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
};

type LinkShape<Links extends LinkTargets> = { [L in keyof Links]: z.ZodNullable<z.ZodString> };
type OptionalLinkShape<Links extends LinkTargets> = {
  [L in keyof Links]: z.ZodOptional<z.ZodNullable<z.ZodString>>;
};
type PatchShape<S extends z.ZodRawShape> = {
  [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer Inner> ? Inner : S[K]>;
};

export interface KindDefinition<
  Input extends z.ZodObject = z.ZodObject,
  Links extends LinkTargets = LinkTargets,
> extends KindRegistration<Input, Links> {
  /** An item as stored and served: its input fields, its links, id, session and timestamps. */
  stored: z.ZodObject<Input['shape'] & typeof StoredShape & LinkShape<Links>>;
  /** A partial update (PATCH and agents' revisions): every field optional, no defaults, links settable. */
  patch: z.ZodObject<PatchShape<Input['shape']> & OptionalLinkShape<Links>>;
  /** Every input field, in schema order, as storage and the studio see it. */
  fields: readonly FieldDescriptor[];
  genre: readonly string[];
  tab: boolean;
}

export function defineKind<Input extends z.ZodObject, const Links extends LinkTargets>(
  registration: KindRegistration<Input, Links>,
): KindDefinition<Input, Links> {
  const links = Object.fromEntries(
    Object.keys(registration.links).map((link) => [link, z.string().nullable()]),
  );
  const stored = registration.input.extend(StoredShape).extend(links);
  const patch = patchOf(registration.input).extend(
    Object.fromEntries(
      Object.keys(registration.links).map((link) => [link, z.string().nullable().optional()]),
    ),
  );
  return {
    ...registration,
    genre: registration.genre ?? [],
    tab: registration.tab ?? true,
    stored: stored as unknown as KindDefinition<Input, Links>['stored'],
    patch: patch as unknown as KindDefinition<Input, Links>['patch'],
    fields: Object.entries(registration.input.shape).map(([name, schema]) => describeField(name, schema)),
  };
}

/**
 * Every field optional and without its default: zod's `.partial()` keeps `.default()`, which would
 * fill omitted keys and so clear fields a patch never mentioned.
 */
export function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>): z.ZodObject<PatchShape<S>> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      z.optional(field instanceof z.ZodDefault ? field.unwrap() : field),
    ]),
  );
  return z.object(shape) as unknown as z.ZodObject<PatchShape<S>>;
}

/** Longest string the studio edits on one line. */
const ONE_LINE_MAX = 200;

function describeField(name: string, schema: z.core.$ZodType): FieldDescriptor {
  const required = !(schema instanceof z.ZodDefault || schema instanceof z.ZodOptional);
  const inner = unwrap(schema);
  const meta = z.globalRegistry.get(schema) ?? z.globalRegistry.get(inner);
  const label = typeof meta?.label === 'string' ? meta.label : words(name);
  if (inner instanceof z.ZodArray) {
    const rows = unwrap(inner.element) instanceof z.ZodObject;
    return { name, label, input: rows ? 'rows' : 'list', required, json: true };
  }
  if (inner instanceof z.ZodObject) return { name, label, input: 'rows', required, json: true };
  const max = inner instanceof z.ZodString ? inner.maxLength : null;
  const input = max !== null && max <= ONE_LINE_MAX ? 'text' : 'long';
  return { name, label, input, required, json: false };
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  while (
    current instanceof z.ZodDefault ||
    current instanceof z.ZodOptional ||
    current instanceof z.ZodNullable
  )
    current = current.unwrap() as z.core.$ZodType;
  return current;
}

/** "magic_or_technology" → "Magic or technology". */
function words(name: string): string {
  const spaced = name.replaceAll('_', ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
