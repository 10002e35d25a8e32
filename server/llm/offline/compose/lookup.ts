// The read before an unnamed revision: which artifacts to fetch in full, and the revision once they are read.
import { ToolName } from '../../../agents/contract.ts';
import type { ComposedReply } from '../stream/stream-writer.ts';
import { readStepContext } from '../understand/context.ts';
import { pickTarget } from '../understand/intent.ts';
import type { OfflineRequest } from '../understand/request.ts';
import { meansWholeCast } from '../understand/whole-cast.ts';
import { castToRevise } from './cast-revision.ts';

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
const textField = (record: Record<string, unknown> | undefined, key: string): string =>
  typeof record?.[key] === 'string' ? (record[key] as string).trim() : '';

/**
 * Offered only search and get, with summaries of the candidates: fetch the one the writer means, or
 * every character of the cast for a whole-cast revision.
 */
export function composeLookup(request: OfflineRequest): ComposedReply {
  const sections = request.sections;
  if (!sections) return { text: '', toolCalls: [] };
  const listed: unknown[] = Array.isArray(sections.context.candidates) ? sections.context.candidates : [];
  const candidates = listed.map(asRecord).filter((c): c is Record<string, unknown> => c !== undefined);
  const text = `${sections.request}\n${sections.task}`;
  const wholeCast = candidates.some((c) => textField(c, 'kind') === 'characters') && meansWholeCast(text);
  const wanted = wholeCast
    ? castToRevise(readStepContext(sections.context)).map((c) => ({ kind: 'characters', id: c.id }))
    : [
        pickTarget(
          text,
          candidates.map((c) => ({
            record: c,
            label: textField(c, 'title') || textField(c, 'name'),
            detail: textField(c, 'role'),
          })),
        )?.record,
      ]
        .filter((c): c is Record<string, unknown> => c !== undefined)
        .map((c) => ({ kind: textField(c, 'kind'), id: textField(c, 'id') }));
  return { text: '', toolCalls: wanted.map((input) => ({ toolName: ToolName.getArtifact, input })) };
}

/** The sections again, with what get_artifact returned in place of the summaries. */
export function withFetched(request: OfflineRequest): OfflineRequest {
  const { sections, fetched } = request;
  if (!sections || fetched.length === 0) return request;
  const { target: _target, ...context } = sections.context;
  return {
    ...request,
    sections: {
      ...sections,
      context: { ...context, candidates: fetched, ...(fetched.length === 1 ? { target: fetched[0] } : {}) },
    },
  };
}
