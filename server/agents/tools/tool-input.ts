// Turns a model's raw tool arguments into validated artifact input, or a PROVIDER_BAD_OUTPUT error naming what is wrong.
import { jsonSchema, type Schema } from 'ai';
import { z } from 'zod';
import { ErrorCode } from '../../../protocol/errors.ts';
import { AgentError } from '../errors.ts';
import { FIELD_MEANINGS } from './field-meanings.ts';

/**
 * The JSON schema a provider sends to its model; validation happens in execute so failures are reported.
 * Length and item limits and defaults are taken out (older llama.cpp and LM Studio builds cannot turn
 * them into grammars, Gemini drops them anyway) and stated in the field's description instead; zod
 * still enforces them on the server.
 */
export function schemaForModel(schema: z.ZodType): Schema<unknown> {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
  return jsonSchema(withoutLimits(json) as Record<string, unknown>);
}

const LIMIT_KEYWORDS = ['minLength', 'maxLength', 'minItems', 'maxItems', 'default'] as const;

function withoutLimits(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLimits);
  if (typeof node !== 'object' || node === null) return node;
  const source = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if ((LIMIT_KEYWORDS as readonly string[]).includes(key)) continue;
    // `properties` maps names to schemas; everything else nested is a schema or a list of them.
    out[key] =
      key === 'properties' && typeof value === 'object' && value !== null
        ? Object.fromEntries(
            Object.entries(value).map(([name, child]) => [name, withoutLimits(describeField(name, child))]),
          )
        : withoutLimits(value);
  }
  const notes = limitNotes(source);
  if (notes.length > 0) {
    const described =
      typeof source.description === 'string' ? `${source.description.replace(/\.?$/, '.')} ` : '';
    out.description = `${described}${notes.join(' ')}`;
  }
  return out;
}

/** A field without a description of its own gets its meaning from FIELD_MEANINGS. */
function describeField(name: string, schema: unknown): unknown {
  const meaning = FIELD_MEANINGS[name];
  if (!meaning || typeof schema !== 'object' || schema === null || 'description' in schema) return schema;
  return { ...schema, description: meaning };
}

function limitNotes(node: Record<string, unknown>): string[] {
  const notes: string[] = [];
  if (typeof node.maxLength === 'number')
    notes.push(`At most ${node.maxLength.toLocaleString('en-US')} characters.`);
  if (typeof node.maxItems === 'number') notes.push(`At most ${node.maxItems} items.`);
  if ('default' in node) notes.push('Optional.');
  return notes;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(arguments)'}: ${issue.message}`)
    .join('; ');
}

export function parseToolInput<T extends z.ZodType>(
  schema: T,
  input: unknown,
  toolName: string,
): z.output<T> {
  let parsed = schema.safeParse(input);
  // Models overrun limits they were only told about in prose, and leave empty rows: fix what is safe.
  for (let round = 0; !parsed.success && round < 3; round++) {
    const cleaned = cleanByIssues(input, parsed.error.issues);
    if (cleaned === undefined) break;
    input = cleaned;
    parsed = schema.safeParse(input);
  }
  if (parsed.success) return parsed.data;
  throw new AgentError(
    ErrorCode.PROVIDER_BAD_OUTPUT,
    `The model called ${toolName} with invalid arguments: ${describeIssues(parsed.error)}`,
    { tool_name: toolName, issues: parsed.error.issues.slice(0, 10) },
  );
}

/**
 * A copy of `input` with over-long text cut to its limit, over-long lists cut to theirs, and empty
 * list rows dropped; undefined when no issue is of a kind that is safe to fix.
 */
function cleanByIssues(input: unknown, issues: z.core.$ZodIssue[]): unknown {
  const copy: unknown = structuredClone(input);
  let changed = false;
  const removals: Array<{ list: unknown[]; index: number }> = [];
  for (const issue of issues) {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const parent = at(copy, path.slice(0, -1));
    const key = path.at(-1);
    if (key === undefined || typeof parent !== 'object' || parent === null) continue;
    const record = parent as Record<string | number, unknown>;
    const value = record[key];
    if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
      if (typeof value === 'string') record[key] = value.trim().slice(0, Number(issue.maximum));
      else if (Array.isArray(value)) record[key] = value.slice(0, Number(issue.maximum));
      else continue;
      changed = true;
      continue;
    }
    // An empty row in a list: an empty string, or an object whose every value is empty.
    const row = typeof key === 'number' ? { list: parent, index: key, value } : rowOf(copy, path);
    if (row && Array.isArray(row.list) && isEmpty(row.value)) {
      removals.push({ list: row.list, index: row.index });
      changed = true;
    }
  }
  const byList = new Map<unknown[], Set<number>>();
  for (const { list, index } of removals) byList.set(list, (byList.get(list) ?? new Set()).add(index));
  for (const [list, indexes] of byList) {
    for (const index of [...indexes].sort((a, b) => b - a)) list.splice(index, 1);
  }
  return changed ? copy : undefined;
}

function at(root: unknown, path: Array<string | number>): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** The list row a field issue sits in, e.g. `acts.0.beats.2.name` → `acts.0.beats`, row 2. */
function rowOf(root: unknown, path: Array<string | number>) {
  const rowIndex = path.findLastIndex((key) => typeof key === 'number');
  if (rowIndex < 0) return undefined;
  const list = at(root, path.slice(0, rowIndex));
  const index = path[rowIndex] as number;
  return Array.isArray(list) ? { list, index, value: list[index] } : undefined;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmpty);
  if (typeof value === 'object') return Object.values(value).every(isEmpty);
  return false;
}

/** Validates a partial update (a *Patch schema from protocol/artifacts.ts); an empty patch is a bad call. */
export function parsePatch<T extends z.ZodObject>(
  schema: T,
  changes: unknown,
  toolName: string,
): z.output<T> {
  const patch = parseToolInput(schema, changes, toolName) as Record<string, unknown>;
  for (const key of Object.keys(patch)) if (patch[key] === undefined) delete patch[key];
  if (Object.keys(patch).length === 0) {
    throw new AgentError(ErrorCode.PROVIDER_BAD_OUTPUT, `The model called ${toolName} without any change`, {
      tool_name: toolName,
    });
  }
  return patch as z.output<T>;
}
