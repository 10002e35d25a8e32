// Composes a revision: reads what the writer asked ("more sympathetic", "rename to …") and rewrites only those fields.

import { listInProse } from '../prose/wording.ts';
import { asRecord, textField } from '../understand/context.ts';
import { type Direction, readDirection, readNewName } from '../understand/revision-directions.ts';
import { type Change, characterChange } from './character-revisions.ts';

export { readDirection, readNewName } from '../understand/revision-directions.ts';

export type RevisedKind = 'plots' | 'worlds' | 'characters' | 'authors';

export interface Revision {
  id: string;
  /** What the artifact is called, for the prose. */
  label: string;
  changes: Record<string, unknown>;
  /** What changed, in sentences for the writer. */
  notes: string[];
}

function labelOf(target: Record<string, unknown>): string {
  return textField(target, 'title') || textField(target, 'name') || 'it';
}

/** Every text field that mentions the old name, with the new one in its place. */
function renamed(
  target: Record<string, unknown>,
  from: string,
  to: string,
  skip: string,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  if (!from || from === 'it') return changes;
  // A character's prose calls them by first name as often as by full name.
  const [fromFirst, toFirst] = [from.split(' ')[0] ?? from, to.split(' ')[0] ?? to];
  const firstToo = 'role' in target && fromFirst !== from && fromFirst !== toFirst;
  const firstName = new RegExp(`\\b${fromFirst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
  for (const [key, value] of Object.entries(target)) {
    if (key === skip || key === 'id' || typeof value !== 'string') continue;
    let next = value.replaceAll(from, to);
    if (firstToo) next = next.replace(firstName, toFirst);
    if (next !== value) changes[key] = next;
  }
  return changes;
}

export function composeRevision(
  kind: RevisedKind,
  targetValue: unknown,
  request: string,
  task: string,
): Revision {
  const target = asRecord(targetValue) ?? {};
  const text = `${request}\n${task}`;
  const direction = readDirection(request) === 'deepen' ? readDirection(task) : readDirection(request);
  const label = labelOf(target);
  const id = textField(target, 'id');
  const penName = kind === 'authors' && /\bpen[- ]?name\b/i.test(text);
  const nameKey = kind === 'plots' ? 'title' : penName ? 'pen_name' : 'name';
  const newName = direction === 'rename' ? (readNewName(request) ?? readNewName(task)) : undefined;

  let change: Change;
  if (newName) {
    const old = textField(target, nameKey) || label;
    const echoes = renamed(target, old, newName, nameKey);
    const what = kind === 'plots' ? 'title' : penName ? 'pen name' : 'name';
    change = {
      changes: { [nameKey]: newName, ...echoes },
      notes: [
        `The ${what} is now **${newName}** instead of ${old}.`,
        ...(Object.keys(echoes).length > 0
          ? [`I've updated the ${listInProse(Object.keys(echoes).map(fieldWords))} to match.`]
          : []),
      ],
    };
  } else if (kind === 'characters') {
    change = characterChange(direction, target, request);
  } else if (kind === 'plots') {
    change = plotChange(direction, target);
  } else if (kind === 'worlds') {
    change = worldChange(direction, target, request);
  } else {
    change = authorChange(direction, target);
  }
  return { id, label, ...change };
}

function fieldWords(key: string): string {
  return key === 'magic_or_technology' ? 'magic and technology' : key.replace(/_/g, ' ');
}

function plotChange(direction: Direction, target: Record<string, unknown>): Change {
  const summary = textField(target, 'summary');
  const acts = Array.isArray(target.acts) ? (target.acts as Record<string, unknown>[]) : [];
  const last = acts.at(-1);
  const beats = Array.isArray(last?.beats) ? (last.beats as Record<string, unknown>[]) : [];
  const withFinalBeat = (beat: { name: string; description: string }) =>
    acts.length > 0
      ? { acts: [...acts.slice(0, -1), { ...last, beats: [...beats.slice(0, -1), beat] }] }
      : {};
  switch (direction) {
    case 'menacing':
      return {
        changes: {
          tone: 'Dark and unrelenting',
          summary: `${summary}\n\nIn this darker telling, victory costs more than anyone can afford, and not every hero survives.`,
          ...withFinalBeat({
            name: 'What Remains',
            description:
              'The victory is real, but so are the graves; the survivors carry the cost for the rest of their lives.',
          }),
        },
        notes: [
          'I’ve made the plot darker: the tone is now dark and unrelenting.',
          'The ending keeps its victory but no longer spares everyone: the final beat, "What Remains", counts the dead.',
        ],
      };
    case 'lighter':
      return {
        changes: {
          tone: 'Warm, witty and hopeful',
          summary: `${summary}\n\nThis telling leans toward hope: humour survives even the darkest hour.`,
        },
        notes: [
          'I’ve lightened the plot: the tone is now warm, witty and hopeful, and humour survives even the darkest hour.',
        ],
      };
    case 'twist': {
      const twist = {
        name: 'The Hidden Hand',
        description:
          'The true architect of the conflict steps out of the shadows: an ally trusted from the very first chapter.',
      };
      return {
        changes: {
          acts:
            acts.length > 0
              ? [
                  ...acts.slice(0, -1),
                  { ...last, beats: [...beats.slice(0, 3), twist, ...beats.slice(3)].slice(0, 20) },
                ]
              : [],
          summary: `${summary}\n\nTwist: an ally trusted from the first chapter is revealed as the hidden hand behind everything.`,
        },
        notes: [
          'I’ve added a twist to the final act: "The Hidden Hand", where an ally trusted from the first chapter turns out to be behind everything.',
        ],
      };
    }
    default:
      return {
        changes: {
          summary: `${summary}\n\nRevised: the story now turns on a sharper central choice, so every act pushes the hero toward it.`,
        },
        notes: [
          'I’ve sharpened the plot around one central choice, so every act now pushes the hero toward it.',
        ],
      };
  }
}

function worldChange(direction: Direction, target: Record<string, unknown>, request: string): Change {
  const label = labelOf(target);
  const line =
    direction === 'menacing'
      ? `${label} has grown harsher: famine, war and fear shadow every road.`
      : direction === 'lighter'
        ? `${label} has brighter corners now: festivals, music and unlikely kindness.`
        : `${label} gains new depth: old places remember more than anyone expected.`;
  const uniques = Array.isArray(target.unique_elements)
    ? target.unique_elements.filter((u): u is string => typeof u === 'string')
    : [];
  const wish = request.trim().replace(/[.!]+$/, '');
  return {
    changes: {
      overview: `${textField(target, 'overview')} ${line}`.trim(),
      unique_elements: [...uniques, `Added at the writer's request: ${wish.slice(0, 200)}`].slice(0, 20),
    },
    notes: [
      `I’ve reworked ${label}'s overview: ${line.charAt(0).toLowerCase()}${line.slice(1)}`,
      `Your request is recorded among its unique elements.`,
    ],
  };
}

function authorChange(direction: Direction, target: Record<string, unknown>): Change {
  const line =
    direction === 'lighter'
      ? 'Now with a lighter touch and more humour.'
      : direction === 'menacing'
        ? 'Now darker and more unsettling.'
        : 'Now more distinctive, with a voice readers recognise in a single line.';
  return {
    changes: { writing_style: `${textField(target, 'writing_style')} ${line}`.trim() },
    notes: [`I’ve adjusted the writing style: ${line.charAt(0).toLowerCase()}${line.slice(1)}`],
  };
}
