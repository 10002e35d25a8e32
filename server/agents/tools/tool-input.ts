// Turns a model's raw tool arguments into validated artifact input, or a PROVIDER_BAD_OUTPUT error naming what is wrong.
import { jsonSchema, type Schema } from 'ai';
import { z } from 'zod';
import { ErrorCode } from '../../../protocol/errors.ts';
import { AgentError } from '../errors.ts';

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

export function withoutLimits(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutLimits);
  if (typeof node !== 'object' || node === null) return node;
  const source = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if ((LIMIT_KEYWORDS as readonly string[]).includes(key)) continue;
    // `properties` maps names to schemas; everything else nested is a schema or a list of them.
    out[key] =
      key === 'properties' && typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([name, child]) => [name, withoutLimits(child)]))
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
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AgentError(
    ErrorCode.PROVIDER_BAD_OUTPUT,
    `The model called ${toolName} with invalid arguments: ${describeIssues(parsed.error)}`,
    { tool_name: toolName, issues: parsed.error.issues.slice(0, 10) },
  );
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
