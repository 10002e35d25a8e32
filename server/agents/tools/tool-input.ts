// Turns a model's raw tool arguments into validated artifact input, or a PROVIDER_BAD_OUTPUT error naming what is wrong.
import { jsonSchema, type Schema } from 'ai';
import { z } from 'zod';
import { ErrorCode } from '../../../protocol/errors.ts';
import { AgentError } from '../errors.ts';

/** The JSON schema a provider sends to its model; validation happens in execute so failures are reported. */
export function schemaForModel(schema: z.ZodType): Schema<unknown> {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
  return jsonSchema(json);
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
