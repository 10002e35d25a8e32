// The read before an unnamed revision: which artifacts to fetch in full, and the revision once they are read.
import { ToolName } from '../../agents/contract.ts';
import { castToRevise } from './cast-revision.ts';
import { asRecord, textField } from './context-reading.ts';
import { pickTarget } from './intent.ts';
import type { OfflineRequest } from './request.ts';
import type { ComposedReply } from './stream-writer.ts';
import { meansWholeCast } from './whole-cast.ts';

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
    ? castToRevise(sections.context)
    : [
        pickTarget(
          text,
          candidates.map((c) => ({
            record: c,
            label: textField(c, 'title') || textField(c, 'name'),
            detail: textField(c, 'role'),
          })),
        )?.record,
      ].filter((c): c is Record<string, unknown> => c !== undefined);
  return {
    text: '',
    toolCalls: wanted.map((c) => ({
      toolName: ToolName.getArtifact,
      input: { kind: textField(c, 'kind'), id: textField(c, 'id') },
    })),
  };
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
