// Reads what the writer wants: which specialists, whether to create or revise, and which artifact a revision means.
import type { ArtifactSummary, SpecialistName } from '../../agents/contract.ts';
import { AgentName } from '../../agents/contract.ts';

export interface IntentStep {
  agent: SpecialistName;
  mode: 'create' | 'revise';
  target?: ArtifactSummary;
}

const ASKS: [SpecialistName, RegExp][] = [
  [
    AgentName.plot,
    /\b(plot|novel|story|stories|book|saga|tale|outline|narrative|thriller|mystery|romance)\b/i,
  ],
  [AgentName.world, /\b(world|worlds|worldbuilding|world-building|setting|magic system|realm|map|lore)\b/i],
  [
    AgentName.characters,
    /\b(characters?|cast|villains?|heroes|hero|heroine|protagonists?|antagonists?|mentor|sidekick|love interest)\b/i,
  ],
  [AgentName.author, /\b(author|pen name|pen-name|pseudonym|writer persona|persona)\b/i],
];

const KIND: Record<SpecialistName, ArtifactSummary['kind']> = {
  [AgentName.plot]: 'plots',
  [AgentName.world]: 'worlds',
  [AgentName.characters]: 'characters',
  [AgentName.author]: 'authors',
};

const EDIT =
  /\b(make|rename|change|revise|edit|rewrite|update|tweak|adjust|improve|give|turn|add|more|less|darker|lighter|softer|kinder|call (?:him|her|them|it))\b/i;
const CREATE =
  /\b(new|another|create|generate|write|build|invent|design|develop|start|come up with|brainstorm|make (?:a|an|me|us))\b/i;
const CREATIVE =
  /\b(create|generate|write|build|invent|design|develop|make|imagine|come up with|brainstorm|plan)\b/i;
const ROLE_WORDS: [RegExp, string][] = [
  [/\b(villain|antagonist|bad guy|enemy|nemesis)\b/i, 'antagonist'],
  [/\b(hero|heroine|protagonist|main character)\b/i, 'protagonist'],
  [/\b(mentor|teacher)\b/i, 'mentor'],
  [/\b(rival|love interest)\b/i, 'rival'],
  [/\b(ally|sidekick|friend|companion)\b/i, 'ally'],
];

function mentioned(text: string, item: { label: string }): boolean {
  const words = item.label.split(/\s+/).filter((w) => w.length > 2);
  const lower = text.toLowerCase();
  return (
    lower.includes(item.label.toLowerCase()) ||
    words.some((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`, 'i').test(text))
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The artifact a revision is about: named outright, or by role ("the villain"), or the latest one. */
export function pickTarget<T extends { label: string; detail?: string }>(
  text: string,
  candidates: T[],
): T | undefined {
  const byName = candidates.find((item) => mentioned(text, item));
  if (byName) return byName;
  const role = ROLE_WORDS.find(([pattern]) => pattern.test(text))?.[1];
  const byRole = role ? candidates.find((item) => item.detail?.toLowerCase() === role) : undefined;
  return byRole ?? candidates.at(-1);
}

export function readIntent(text: string, catalog: ArtifactSummary[]): IntentStep[] {
  let agents = ASKS.filter(([, pattern]) => pattern.test(text)).map(([agent]) => agent);
  // A follow-up may name an existing character alone: "give Malgrim a softer side".
  const named = catalog.find((item) => mentioned(text, item));
  if (agents.length === 0 && named && EDIT.test(text)) {
    const byKind = (Object.keys(KIND) as SpecialistName[]).find((agent) => KIND[agent] === named.kind);
    if (byKind) agents = [byKind];
  }
  if (agents.length === 0 && CREATIVE.test(text)) agents = [AgentName.plot];
  const revising = EDIT.test(text) && !CREATE.test(text);
  return agents.map((agent) => {
    const target = revising
      ? pickTarget(
          text,
          catalog.filter((item) => item.kind === KIND[agent]),
        )
      : undefined;
    return target ? { agent, mode: 'revise' as const, target } : { agent, mode: 'create' as const };
  });
}
