// How many characters the writer asked for: "three main characters", "a cast of five", "5 characters".
import { LARGEST_CAST } from '../compose/extended-cast.ts';

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  single: 1,
  one: 1,
  two: 2,
  pair: 2,
  couple: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  fifteen: 15,
  twenty: 20,
};
export const DEFAULT_CAST = 4;
/** Ten distinct roles at most; a larger request gets all of them, and the prose says so. */
export const MAX_CAST = LARGEST_CAST;

const COUNT = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|fifteen|twenty)';
const PEOPLE = '(?:characters?|protagonists?|heroes|people|cast members?|leads)';
const PATTERNS = [
  // "three main characters", "5 well-drawn characters": up to two words between the count and the noun.
  new RegExp(`\\b${COUNT}\\s+(?:(?!of\\b)[\\w-]+\\s+){0,2}?${PEOPLE}\\b`, 'i'),
  // "a single character", "a new protagonist": one, but never "a cast of characters".
  /\b(a|an|single)\s+(?:(?:new|single|main|major|key|central)\s+)?(?:character|protagonist|hero|lead)\b/i,
  // "a cast of five", "a group of three"
  new RegExp(`\\b(?:cast|group|team|crew|ensemble) of\\s+${COUNT}\\b`, 'i'),
];

/** The number asked for, before any cap; undefined when the text names none. */
export function askedCastSize(text: string): number | undefined {
  for (const pattern of PATTERNS) {
    const raw = pattern.exec(text)?.[1]?.toLowerCase();
    if (raw === undefined) continue;
    const count = NUMBERS[raw] ?? Number.parseInt(raw, 10);
    if (Number.isFinite(count) && count > 0) return count;
  }
  return undefined;
}

/** How many to write, 1 to MAX_CAST. */
export function requestedCastSize(text: string): number {
  return Math.min(Math.max(askedCastSize(text) ?? DEFAULT_CAST, 1), MAX_CAST);
}
