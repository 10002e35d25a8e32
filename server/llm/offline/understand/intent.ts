// Reads what the writer wants: which specialists, whether to create or revise, and which artifact a revision means.
import type { ArtifactSummary, SpecialistName } from '../../../agents/contract.ts';
import { AgentName } from '../../../agents/contract.ts';
import { askedAgents, separateAsks, unservedAsks } from './asks.ts';
import { mentioned, referenceOf } from './references.ts';
import { meansWholeCast } from './whole-cast.ts';

export { pickTarget } from './references.ts';

export interface IntentStep {
  agent: SpecialistName;
  mode: 'create' | 'revise';
  target?: ArtifactSummary;
  /** A revision of every character in the cast, not of one. */
  wholeCast?: boolean;
}

const KIND: Record<SpecialistName, ArtifactSummary['kind']> = {
  [AgentName.plot]: 'plots',
  [AgentName.world]: 'worlds',
  [AgentName.characters]: 'characters',
  [AgentName.author]: 'authors',
  [AgentName.outline]: 'outlines',
  [AgentName.drafting]: 'outlines',
};

/** Asking for a change to something that exists. "Write", "build" and "create" are not: they make things. */
const EDIT =
  /\b(make|rename|change|revise|edit|rewrite|update|tweak|adjust|improve|give|turn|more|less|darker|lighter|softer|kinder|older|younger|call (?:him|her|them|it)|retitle)\b/i;
const CREATIVE =
  /\b(create|generate|write|build|invent|design|develop|make|imagine|come up with|brainstorm|plan)\b/i;

export function readIntent(text: string, catalog: ArtifactSummary[]): IntentStep[] {
  const asked = askedAgents(text);
  const of = (agent: SpecialistName) => catalog.filter((item) => item.kind === KIND[agent]);
  const editing = EDIT.test(text);

  if (asked.length === 0) return unnamedIntent(text, catalog, editing);

  const steps: IntentStep[] = [];
  for (const agent of asked) {
    const existing = of(agent);
    const ref = referenceOf(agent, text, existing);
    if (ref.isNew || existing.length === 0) {
      steps.push({ agent, mode: 'create' });
      continue;
    }
    if (agent === AgentName.characters) {
      // "the villain", "Maren": one existing character; "make the characters kinder": all of them;
      // "characters for this story": a new cast.
      if (ref.target) steps.push({ agent, mode: 'revise', target: ref.target });
      else if (editing && meansWholeCast(text)) steps.push({ agent, mode: 'revise', wholeCast: true });
      else steps.push({ agent, mode: 'create' });
      continue;
    }
    if (!ref.refersBack) {
      steps.push({ agent, mode: 'create' });
      continue;
    }
    // "for this book" while asking for something else: the others build on it, nothing to redo.
    const othersAsked = asked.some(
      (other) => other !== agent && !referenceOf(other, text, of(other)).refersBack,
    );
    if (editing && !othersAsked && ref.target) steps.push({ agent, mode: 'revise', target: ref.target });
  }
  return steps;
}

/** No specialist named: "give Malgrim a softer side", "change the title to …", "make it darker". */
function unnamedIntent(text: string, catalog: ArtifactSummary[], editing: boolean): IntentStep[] {
  const named = catalog.find((item) => mentioned(text, item));
  if (!named && editing && meansWholeCast(text) && catalog.some((item) => item.kind === 'characters'))
    return [{ agent: AgentName.characters, mode: 'revise', wholeCast: true }];
  if (named && editing) {
    const agent = (Object.keys(KIND) as SpecialistName[]).find((a) => KIND[a] === named.kind);
    if (agent) return [{ agent, mode: 'revise', target: named }];
  }
  const plot = catalog.filter((item) => item.kind === 'plots').at(-1);
  if (plot && editing && /\b(title|it|this|everything|the ending|the beginning)\b/i.test(text))
    return [{ agent: AgentName.plot, mode: 'revise', target: plot }];
  return CREATIVE.test(text) ? [{ agent: AgentName.plot, mode: 'create' }] : [];
}

export interface ReadRequest {
  steps: IntentStep[];
  /** What the writer asked that cannot be served, in sentences to say plainly. */
  cannot: string[];
}

/**
 * The steps a request asks for and what it asks that nothing here can do. A message that mixes both
 * ("plan the plot, then write chapter 1") is read one ask at a time, so the unserved ask never turns into
 * a different artifact.
 */
export function readRequest(text: string, catalog: ArtifactSummary[]): ReadRequest {
  const cannot = unservedAsks(text);
  if (cannot.length === 0) return { steps: readIntent(text, catalog), cannot };
  const served = separateAsks(text).filter((part) => unservedAsks(part).length === 0);
  const steps: IntentStep[] = [];
  for (const step of served.flatMap((part) => readIntent(part, catalog)))
    if (!steps.some((s) => s.agent === step.agent)) steps.push(step);
  return { steps, cannot };
}
