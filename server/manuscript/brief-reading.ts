// What a writer's message says about the whole book (genre, audience, point of view, tense, length, limits), kept in its project.
import type { ProjectBrief } from '../../protocol/projects.ts';
import { readLengthAsk } from './length-ask.ts';

const GENRES =
  /\b(fantasy|science fiction|sci-fi|mystery|thriller|romance|horror|literary fiction|historical fiction|crime|cosy mystery|cozy mystery|space opera|dystopian|western|adventure|comedy)\b/i;
const AUDIENCES = /\b(young adult|YA|middle[- ]grade|children's|adult|new adult)\b/i;
const POV = /\b(first[- ]person|second[- ]person|third[- ]person(?: (?:limited|omniscient))?|omniscient)\b/i;
const TENSE = /\b(present|past|future)[- ]tense\b/i;
/** A sentence that lays down a rule for the book. */
const RULE = /\b(no |never|don't|do not|avoid|must|keep it|without|only )/i;

/** The parts of a brief this message sets; what it does not mention is left out. */
export function readBrief(text: string): Partial<ProjectBrief> {
  const brief: Partial<ProjectBrief> = {};
  const genre = GENRES.exec(text)?.[1];
  if (genre) brief.genre = genre.toLowerCase();
  const audience = AUDIENCES.exec(text)?.[1];
  if (audience) brief.audience = audience.toUpperCase() === 'YA' ? 'young adult' : audience.toLowerCase();
  const pov = POV.exec(text)?.[1];
  if (pov) brief.point_of_view = pov.toLowerCase().replace('-', ' ');
  const tense = TENSE.exec(text)?.[1];
  if (tense) brief.tense = `${tense.toLowerCase()} tense`;
  const length = readLengthAsk(text);
  const words =
    length.words ??
    (length.chapterWords && length.chapters ? length.chapterWords * length.chapters : undefined);
  if (words) brief.word_target = words;
  const rules = text
    .split(/(?<=[.!?;])\s+/)
    .map((sentence) => sentence.trim().replace(/[.;]+$/, ''))
    .filter((sentence) => sentence.length > 5 && sentence.length <= 300 && RULE.test(sentence));
  if (rules.length > 0) brief.constraints = rules;
  return brief;
}

const MAX_CONSTRAINTS = 20;

/** The stored brief with this message's terms laid over it: a later word on genre or tense wins, rules add up. */
export function mergeBrief(stored: ProjectBrief, update: Partial<ProjectBrief>): ProjectBrief {
  const constraints = [...stored.constraints];
  for (const rule of update.constraints ?? []) if (!constraints.includes(rule)) constraints.push(rule);
  return { ...stored, ...update, constraints: constraints.slice(-MAX_CONSTRAINTS) };
}

/** The brief as agents read it, one line a term; empty when nothing was set. */
export function describeBrief(brief: ProjectBrief): string {
  return [
    brief.genre && `Genre: ${brief.genre}`,
    brief.audience && `Audience: ${brief.audience}`,
    brief.point_of_view && `Point of view: ${brief.point_of_view}`,
    brief.tense && `Tense: ${brief.tense}`,
    brief.word_target > 0 && `Length: about ${brief.word_target.toLocaleString('en')} words`,
    ...brief.constraints.map((rule) => `Rule: ${rule}`),
  ]
    .filter(Boolean)
    .join('\n');
}
