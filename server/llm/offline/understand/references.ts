// Whether the writer's words point back at something the session has ("this book", "the villain", "Maren") or ask anew.
import type { ArtifactSummary, SpecialistName } from '../../../agents/contract.ts';
import { AgentName } from '../../../agents/contract.ts';

export interface Reference {
  /** "a new plot", "another world", "three characters": make one even though the session has some. */
  isNew: boolean;
  /** "this book", "the world", "its author", a name: the session's own. */
  refersBack: boolean;
  /** The one artifact meant, when there is one. */
  target: ArtifactSummary | undefined;
}

const NOUNS: Record<SpecialistName, string> = {
  [AgentName.plot]: 'book|story|stories|novel|plot|tale|saga|narrative|outline|mystery|thriller|romance',
  [AgentName.world]: 'world|worlds|realm|setting|magic system|lore|map',
  [AgentName.characters]:
    'characters?|cast|villains?|heroe?s?|heroines?|protagonists?|antagonists?|mentors?|sidekicks?|allies|ally|rivals?|love interests?|people',
  [AgentName.author]: 'author|authors|pen name|pen-name|persona|pseudonym|writer',
  [AgentName.outline]: 'outline|outlines|chapter plan|chapters',
  [AgentName.drafting]: 'chapter|chapters|scene|scenes|manuscript|prose|draft',
};

/** Words between an article and its noun, but never a preposition: "a world for the novel" is not "a … novel". */
const MODIFIERS = "(?:(?!(?:for|of|the|this|that|to|in|with|about|my|our|its|it|and)\\b)[\\w'-]+\\s+){0,3}?";
const NEW_WORDS =
  '(?:a|an|new|another|second|different|fresh|more|extra|additional|other|some|\\d+|two|three|four|five|six|seven|eight)';
const BACK_WORDS =
  "(?:this|that|the|my|our|same|existing|current|your|its|these|those|the story's|the book's)";

const ROLE_WORDS: [RegExp, string[]][] = [
  [/\b(villain|antagonist|bad guy|enemy|nemesis)\b/i, ['antagonist']],
  [/\b(hero|heroine|protagonist|main character|lead)\b/i, ['protagonist']],
  [/\b(mentor|teacher)\b/i, ['mentor']],
  [/\b(rival|love interest)\b/i, ['rival', 'love interest']],
  [/\b(ally|sidekick|friend|companion)\b/i, ['ally']],
  [/\b(confidant|confidante)\b/i, ['confidant']],
];

const STOP = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'that', 'this', 'book', 'novel', 'story']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function mentioned(text: string, item: { label: string }): boolean {
  if (text.toLowerCase().includes(item.label.toLowerCase())) return true;
  const words = item.label.split(/\s+/).filter((w) => w.length > 2 && !STOP.has(w.toLowerCase()));
  return words.some((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`).test(text));
}

/** The artifact a revision is about: named outright, or by role ("the villain"), or the latest one. */
export function pickTarget<T extends { label: string; detail?: string }>(
  text: string,
  candidates: T[],
): T | undefined {
  return byNameOrRole(text, candidates) ?? candidates.at(-1);
}

function byNameOrRole<T extends { label: string; detail?: string }>(
  text: string,
  candidates: T[],
): T | undefined {
  const byName = candidates.find((item) => mentioned(text, item));
  if (byName) return byName;
  const roles = ROLE_WORDS.find(([pattern]) => pattern.test(text))?.[1];
  return roles ? candidates.findLast((item) => roles.includes(item.detail?.toLowerCase() ?? '')) : undefined;
}

export function referenceOf(agent: SpecialistName, text: string, existing: ArtifactSummary[]): Reference {
  const nouns = NOUNS[agent];
  const isNew = new RegExp(`\\b${NEW_WORDS}\\s+${MODIFIERS}(?:${nouns})\\b`, 'i').test(text);
  const named = byNameOrRole(text, existing);
  const explicitBack = new RegExp(`\\b${BACK_WORDS}\\s+${MODIFIERS}(?:${nouns})\\b`, 'i').test(text);
  // "it" points back only when nothing new is asked for: in "a novel and a world for it", "it" is the new novel.
  const back =
    explicitBack ||
    (agent === AgentName.plot && !isNew && /\b(?:for|of|about|in|to|make|into)\s+it\b/i.test(text));
  if (agent === AgentName.characters) {
    // A character is meant by name or by a role the cast already fills; "make the villain a kinder
    // character" still means that villain, while "add a villain" or "two more characters" asks for new ones.
    const plainlyNew =
      new RegExp(`\\b(?!a\\b|an\\b)${NEW_WORDS}\\s+${MODIFIERS}(?:${nouns})\\b`, 'i').test(text) ||
      new RegExp(
        `\\b(?:add|create|introduce|invent|write|generate|design|give me)\\s+(?:a|an)\\s+${MODIFIERS}(?:${nouns})\\b`,
        'i',
      ).test(text);
    const fresh = named ? plainlyNew : isNew;
    return { isNew: fresh, refersBack: named !== undefined, target: fresh ? undefined : named };
  }
  return {
    isNew: isNew && !explicitBack,
    refersBack: back || named !== undefined,
    target: named ?? existing.at(-1),
  };
}
