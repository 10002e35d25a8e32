// Requests about the book itself, read before anything else: outline it, or write its chapters and scenes.
import type { ArtifactSummary, RouteArgs } from '../../../agents/contract.ts';
import { AgentName } from '../../../agents/contract.ts';
import { asksForDraft, readDraftRequest } from '../../../manuscript/draft-target.ts';

export interface BookReply {
  text: string;
  route: RouteArgs | undefined;
}

const OUTLINE = /\b(outline|chapter plan|plan (?:out )?the (?:book|novel|chapters))\b/i;
const REGENERATE = /\b(re-?generate|redo|rewrite|again|revise|change|another)\b/i;
/** Words of a command, not of a premise: what is left after them says whether the request carries a story. */
const COMMAND_WORDS =
  /\b(please|write|draft|outline|the|a|an|first|chapter|chapters|scene|book|novel|it|in|of|about|words?|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b/gi;

function carriesPremise(request: string): boolean {
  return (
    request
      .replace(COMMAND_WORDS, ' ')
      .trim()
      .split(/\s+/)
      .filter((w) => w.length > 2).length >= 5
  );
}

function describeDraft(request: string): string {
  const { target } = readDraftRequest(request);
  if (target.kind === 'scene') return `scene ${target.chapter}.${target.scene}`;
  if (target.kind === 'chapter') return `chapter ${target.chapter}`;
  return 'the book, scene by scene';
}

/** The reply for a request about outlining or drafting, or undefined when the request is about something else. */
export function composeBookReply(request: string, catalog: ArtifactSummary[]): BookReply | undefined {
  const drafting = asksForDraft(request);
  const outlining = !drafting && OUTLINE.test(request);
  if (!drafting && !outlining) return undefined;
  const plot = catalog.filter((item) => item.kind === 'plots').at(-1);
  const outline = catalog.filter((item) => item.kind === 'outlines').at(-1);
  const steps: RouteArgs['steps'] = [];
  if (!plot && !outline) {
    if (!carriesPremise(request)) {
      return {
        text:
          "There is no book here to work from yet, so I can't write or outline it. Tell me what it is about " +
          '(for example "a plot about a lighthouse keeper who finds a message in a bottle"), then ask for an ' +
          'outline, and then for chapters.',
        route: undefined,
      };
    }
    steps.push({
      agent: AgentName.plot,
      task: `Write the plot for this request: ${request}`,
      mode: 'create',
    });
  }
  if (outlining) {
    const revise = Boolean(outline) && REGENERATE.test(request);
    steps.push({
      agent: AgentName.outline,
      task: `${revise ? 'Regenerate the outline, keeping locked parts' : 'Outline the book'} as the writer asked: ${request}`,
      mode: revise ? 'revise' : 'create',
      ...(revise && outline ? { target_id: outline.id } : {}),
    });
    return {
      text: `I'll ${revise ? 'rework the outline' : `outline ${plot ? `"${plot.label}"` : 'the book'}`} in acts, chapters and scenes. Handing this to the outline specialist.`,
      route: { steps },
    };
  }
  if (!outline)
    steps.push({ agent: AgentName.outline, task: `Outline the book for: ${request}`, mode: 'create' });
  steps.push({ agent: AgentName.drafting, task: request, mode: 'create' });
  const first = outline ? '' : 'First an outline, then ';
  return {
    text: `${first}I'll write ${describeDraft(request)} from the outline. Handing this to the drafting specialist.`,
    route: { steps },
  };
}
