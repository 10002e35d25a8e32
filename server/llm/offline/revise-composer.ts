// Composes a revision: reads what the writer asked ("more sympathetic", "rename to …") and rewrites only those fields.
import { asRecord, textField } from './context-reading.ts';

export type RevisedKind = 'plots' | 'worlds' | 'characters' | 'authors';

export interface Revision {
  id: string;
  /** What the artifact is called, for the prose. */
  label: string;
  changes: Record<string, unknown>;
  /** One line per change, for the writer. */
  notes: string[];
}

type Direction = 'sympathetic' | 'menacing' | 'lighter' | 'twist' | 'rename' | 'deepen';

const DIRECTIONS: [Direction, RegExp][] = [
  ['rename', /\b(rename|call (?:him|her|them|it)|new name|retitle|change the (?:name|title))\b/i],
  ['sympathetic', /\b(sympathetic|kinder|softer|likeable|likable|relatable|human|redeem|tragic|sadder)\b/i],
  [
    'menacing',
    /\b(menacing|darker|scarier|evil|ruthless|crueler|crueller|dangerous|grim|sinister|threatening)\b/i,
  ],
  ['lighter', /\b(lighter|funnier|happier|hopeful|warmer|brighter|humou?r)\b/i],
  ['twist', /\b(twist|surprise|shock|reveal)\b/i],
];

export function readDirection(text: string): Direction {
  return DIRECTIONS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'deepen';
}

/** "rename the villain to Morwen Vale" / 'call it "Ashes"' → the new name. */
export function readNewName(text: string): string | undefined {
  const quoted = /["“']([^"”']{2,80})["”']/.exec(text)?.[1];
  if (quoted) return quoted.trim();
  return /\b(?:to|as|called|named)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})\s*[.!]?$/.exec(text.trim())?.[1];
}

function labelOf(target: Record<string, unknown>): string {
  return textField(target, 'title') || textField(target, 'name') || 'it';
}

export function composeRevision(
  kind: RevisedKind,
  targetValue: unknown,
  request: string,
  task: string,
): Revision {
  const target = asRecord(targetValue) ?? {};
  const text = `${request}\n${task}`;
  const direction = readDirection(text);
  const label = labelOf(target);
  const first = label.split(' ')[0] ?? label;
  const id = textField(target, 'id');
  const changes: Record<string, unknown> = {};
  const notes: string[] = [];
  const nameKey = kind === 'plots' ? 'title' : 'name';
  const newName = direction === 'rename' ? (readNewName(request) ?? readNewName(task)) : undefined;

  if (newName) {
    changes[nameKey] = newName;
    notes.push(`${kind === 'plots' ? 'Title' : 'Name'}: ${label} → ${newName}`);
  } else if (kind === 'characters') {
    Object.assign(changes, characterChanges(direction, target, first));
  } else if (kind === 'plots') {
    Object.assign(changes, plotChanges(direction, target));
  } else if (kind === 'worlds') {
    changes.overview = `${textField(target, 'overview')} ${worldLine(direction, label)}`.trim();
    const uniques = Array.isArray(target.unique_elements)
      ? target.unique_elements.filter((u) => typeof u === 'string')
      : [];
    changes.unique_elements = [
      ...uniques,
      `Added at the writer's request: ${request.trim().slice(0, 200)}`,
    ].slice(0, 20);
  } else {
    changes.writing_style = `${textField(target, 'writing_style')} ${authorLine(direction)}`.trim();
  }
  for (const [key, value] of Object.entries(changes)) {
    if (key !== nameKey)
      notes.push(`${key.replace(/_/g, ' ')}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  return { id, label, changes, notes };
}

function characterChanges(
  direction: Direction,
  target: Record<string, unknown>,
  first: string,
): Record<string, unknown> {
  switch (direction) {
    case 'sympathetic':
      return {
        backstory:
          `${textField(target, 'backstory')} Long before anyone feared ${first}, ${first} lost a family to the same cruelty ${first} now deals in, and swore never to be helpless again. Every hard choice since has been made to keep that promise.`.trim(),
        motivations: [
          `Protect the few people ${first} still loves`,
          'Make sure no one suffers the loss that shaped them',
          'Be understood, if not forgiven',
        ],
        arc: `From conviction to doubt: ${first} is offered a way to win without becoming the monster the world sees, and the reader hopes, against the odds, that ${first} will take it.`,
      };
    case 'menacing':
      return {
        description:
          `${textField(target, 'description')} There is nothing left in ${first} that can be reasoned with; patience is ${first}'s most frightening weapon.`.trim(),
        motivations: [
          'Break anyone who stands in the way',
          'Own what others only fear',
          'Leave no witness and no heir',
        ],
        arc: `From ambition to atrocity: each victory makes ${first} colder, until even allies flee.`,
      };
    case 'lighter':
      return {
        description:
          `${textField(target, 'description')} ${first} has a gift for the absurd and uses humour to disarm friends and enemies alike.`.trim(),
      };
    default:
      return {
        description:
          `${textField(target, 'description')} Beneath it all, ${first} carries a contradiction that makes every scene with them unpredictable.`.trim(),
        arc: `${textField(target, 'arc')} The revision gives ${first} a turning point of their own, a choice that costs them something real.`.trim(),
      };
  }
}

function plotChanges(direction: Direction, target: Record<string, unknown>): Record<string, unknown> {
  const summary = textField(target, 'summary');
  const acts = Array.isArray(target.acts) ? (target.acts as Record<string, unknown>[]) : [];
  switch (direction) {
    case 'menacing':
      return {
        tone: 'Dark and unrelenting',
        summary: `${summary}\n\nIn this darker telling, victory costs more than anyone can afford, and not every hero survives.`,
      };
    case 'lighter':
      return {
        tone: 'Warm, witty and hopeful',
        summary: `${summary}\n\nThis telling leans toward hope: humour survives even the darkest hour.`,
      };
    case 'twist': {
      const last = acts.at(-1);
      const beats = Array.isArray(last?.beats) ? last.beats : [];
      const twist = {
        name: 'The Hidden Hand',
        description:
          'The true architect of the conflict steps out of the shadows: an ally trusted from the very first chapter.',
      };
      return {
        acts: [
          ...acts.slice(0, -1),
          { ...last, beats: [...beats.slice(0, 3), twist, ...beats.slice(3)].slice(0, 20) },
        ],
        summary: `${summary}\n\nTwist: an ally trusted from the first chapter is revealed as the hidden hand behind everything.`,
      };
    }
    default:
      return {
        summary: `${summary}\n\nRevised: the story now turns on a sharper central choice, so every act pushes the hero toward it.`,
      };
  }
}

function worldLine(direction: Direction, label: string): string {
  if (direction === 'menacing') return `${label} has grown harsher: famine, war and fear shadow every road.`;
  if (direction === 'lighter')
    return `${label} has brighter corners now: festivals, music and unlikely kindness.`;
  return `${label} gains new depth: old places remember more than anyone expected.`;
}

function authorLine(direction: Direction): string {
  if (direction === 'lighter') return 'Now with a lighter touch and more humour.';
  if (direction === 'menacing') return 'Now darker and more unsettling.';
  return 'Now more distinctive, with a voice readers recognise in a single line.';
}
