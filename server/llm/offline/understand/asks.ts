// The table of what a writer may ask for: each ask either goes to a specialist or is answered plainly as not served.
import type { SpecialistName } from '../../../agents/contract.ts';
import { AgentName } from '../../../agents/contract.ts';

/**
 * One kind of ask. A served ask names the agent that makes it; an unserved one says what cannot be done,
 * in a sentence the writer reads. A new agent (an outline, scene drafting) turns its row from `cannot`
 * into `agent`, and nothing else in the routing changes.
 */
export type Ask =
  | { name: string; match: RegExp; agent: SpecialistName }
  | { name: string; match: RegExp; cannot: string };

const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|[ivx]+)';

export const ASKS: readonly Ask[] = [
  {
    name: 'chapters',
    match: new RegExp(
      [
        `\\bchapters?\\s+${NUMBER}\\b`,
        '\\b(?:first|next|opening|last|final|second|third) (?:chapter|scene|page|paragraph)s?\\b',
        '\\b(?:write|draft|start|finish|give me|generate)\\b[^.!?]*\\b(?:the (?:whole|full|entire|complete) (?:book|novel|manuscript|draft)|the manuscript|a scene|the prose|prologue|epilogue)\\b',
        '\\b(?:continue|keep) (?:writing|the story)\\b',
        '\\bdraft (?:the|my|our) (?:book|novel|story)\\b',
      ].join('|'),
      'i',
    ),
    cannot:
      "I can't write chapters, scenes or a book's prose yet: BooksWriter plans a book (its plot, world, characters and author persona) but does not draft its text.",
  },
  {
    name: 'translation',
    match: /\btranslat(?:e|ed|es|ion|ing)\b/i,
    cannot: "I can't translate text.",
  },
  {
    name: 'images',
    match:
      /\b(?:make|create|generate|draw|design|render|paint|sketch|give|show)\s+(?:me\s+|us\s+)?(?:an?\s+|the\s+|some\s+)?(?:\w+\s+)?(?:images?|pictures?|illustrations?|drawings?|covers?|cover art|portraits?|photos?|logos?|artwork|maps?)\b|^\s*(?:draw|illustrate|sketch|paint)\b/i,
    cannot: "I can't make images, covers or maps: I write text only.",
  },
  {
    name: 'audio',
    match:
      /\b(?:audiobook|audio version|read (?:it|this) (?:aloud|out loud)|narrate (?:it|this)|voice-?over|text to speech|a song|compose music)\b/i,
    cannot: "I can't make audio or music.",
  },
  {
    name: 'publishing',
    match:
      /\b(?:publish|upload|post)\s+(?:it|this|my|our)\b|\b(?:send|email)\s+(?:it|this|my \w+)\s+to\b|\bsubmit (?:it|this|my \w+) to\b/i,
    cannot: "I can't publish or send your work anywhere; it stays in your library.",
  },
  {
    name: 'critique',
    match: /\b(?:critique|review|grade|score|rate|proofread)\s+(?:my|the|this|it|our)\b/i,
    cannot: "I can't critique, score or proofread work yet.",
  },
  {
    name: 'plot',
    match: /\b(plot|novel|story|stories|book|saga|tale|outline|narrative|thriller|mystery|romance)\b/i,
    agent: AgentName.plot,
  },
  {
    name: 'world',
    match: /\b(world|worlds|worldbuilding|world-building|setting|magic system|realm|map|lore)\b/i,
    agent: AgentName.world,
  },
  {
    name: 'characters',
    match:
      /\b(characters?|cast|villains?|heroes|hero|heroine|protagonists?|antagonists?|mentor|sidekick|love interest)\b/i,
    agent: AgentName.characters,
  },
  {
    name: 'author',
    match: /\b(author|pen name|pen-name|pseudonym|writer persona|persona)\b/i,
    agent: AgentName.author,
  },
];

/** The specialists a request names, in the table's order. */
export function askedAgents(text: string): SpecialistName[] {
  return ASKS.flatMap((ask) => ('agent' in ask && ask.match.test(text) ? [ask.agent] : []));
}

/** What a request asks that is not served, as sentences; empty when everything asked can be done. */
export function unservedAsks(text: string): string[] {
  return ASKS.flatMap((ask) => ('cannot' in ask && ask.match.test(text) ? [ask.cannot] : []));
}

/** "Plan the plot and then write chapter 1": asks joined in one message, read one at a time. */
export function separateAsks(text: string): string[] {
  return text
    .split(/\s*(?:[.;!?\n]+|,?\s+and then\s+|,?\s+then\s+|,\s+and\s+|\s+and also\s+|\s+also\s+)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
}
