// What kind of change a revision asks for: "more sympathetic", "darker", "older", "rename it to …", "a secret".
export type Direction =
  | 'rename'
  | 'sympathetic'
  | 'menacing'
  | 'lighter'
  | 'older'
  | 'younger'
  | 'secret'
  | 'backstory'
  | 'twist'
  | 'braver'
  | 'deepen';

const DIRECTIONS: [Direction, RegExp][] = [
  [
    'rename',
    /\b(rename|renamed|call (?:him|her|them|it)|new (?:name|title)|retitle|change (?:the |its |his |her |their )?(?:name|title)|title it)\b/i,
  ],
  ['sympathetic', /\b(sympathetic|kinder|softer|likeable|likable|relatable|human|redeem|tragic|sadder)\b/i],
  ['braver', /\b(braver|bolder|courageous|fearless|heroic|more daring)\b/i],
  ['older', /\b(older|aged?|elderly|grey-haired|gray-haired)\b/i],
  ['younger', /\b(younger|teen(?:age)?|child|kid)\b/i],
  ['secret', /\b(secrets?|hidden past|skeletons?)\b/i],
  [
    'menacing',
    /\b(menacing|dark|darker|scarier|evil|ruthless|crueler|crueller|dangerous|grim|grimmer|sinister|threatening|bleaker)\b/i,
  ],
  ['lighter', /\b(lighter|funnier|happier|hopeful|warmer|brighter|humou?r|cozier|cosier)\b/i],
  ['twist', /\b(twist|surprise|shock|reveal)\b/i],
  ['backstory', /\b(backstory|back-story|origin|past|history)\b/i],
];

export function readDirection(text: string): Direction {
  return DIRECTIONS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'deepen';
}

/** "rename the villain to Morwen Vale" / 'call it "Ashes"' / "change the title to The Salt Road" → the new name. */
export function readNewName(text: string): string | undefined {
  const quoted =
    /["“]([^"”]{2,80})["”]/.exec(text)?.[1] ?? /(?:^|\s)'([^']{2,80})'(?:\s|[.!?]?$)/.exec(text)?.[1];
  if (quoted) return quoted.trim();
  const named =
    /\b(?:to|as|called|named)\s+((?:the |a |an )?[A-Z0-9][\w'’-]*(?:\s+(?:of|the|and|in|on|at|a|an|to|[A-Z0-9][\w'’-]*)){0,7})\s*[.!]?$/.exec(
      text.trim(),
    )?.[1];
  return named
    ?.replace(/\s+(?:of|the|and|in|on|at|a|an|to)$/i, '')
    .replace(/^(the|a|an) /, (a) => a.charAt(0).toUpperCase() + a.slice(1));
}
