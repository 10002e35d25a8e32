// Composes a revision: reads the writer's instructions and rewrites only the fields they touch, or says what it cannot do.
import { listInProse } from '../prose/wording.ts';
import { type InContextByKind, type RevisedKind, readItem } from '../understand/context.ts';
import { type Instruction, readInstructions, WHAT_I_CAN_CHANGE } from '../understand/instructions.ts';
import { type Change, characterChange } from './character-revision.ts';
import { plotChange } from './plot-revision.ts';
import { authorChange, worldChange } from './world-author-revision.ts';

export type { RevisedKind } from '../understand/context.ts';
export { readNewName } from '../understand/revision-directions.ts';

export interface Revision {
  id: string;
  /** What the artifact is called, for the prose. */
  label: string;
  /** Only the fields the instructions changed; empty when there was nothing the model could do. */
  changes: Record<string, unknown>;
  /** What changed, in sentences for the writer; or, with no changes, what it could not do. */
  notes: string[];
}

type Item = InContextByKind[RevisedKind];

function labelOf(item: Item): string {
  return ('title' in item && item.title) || ('name' in item && item.name) || 'it';
}

/** Every text field that mentions the old name, with the new one in its place. */
function renamed(item: Item, from: string, to: string, skip: string): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  if (!from || from === 'it') return changes;
  // A character's prose calls them by first name as often as by full name.
  const [fromFirst, toFirst] = [from.split(' ')[0] ?? from, to.split(' ')[0] ?? to];
  const firstToo = 'role' in item && fromFirst !== from && fromFirst !== toFirst;
  const firstName = new RegExp(`\\b${fromFirst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
  for (const [key, value] of Object.entries(item)) {
    if (key === skip || key === 'id' || typeof value !== 'string') continue;
    let next = value.replaceAll(from, to);
    if (firstToo) next = next.replace(firstName, toFirst);
    if (next !== value) changes[key] = next;
  }
  return changes;
}

function fieldWords(key: string): string {
  return key === 'magic_or_technology' ? 'magic and technology' : key.replace(/_/g, ' ');
}

function renameChange(kind: RevisedKind, item: Item, to: string, penName: boolean): Change {
  const key = kind === 'plots' ? 'title' : penName ? 'pen_name' : 'name';
  const record = item as Record<string, unknown>;
  const old = (typeof record[key] === 'string' && (record[key] as string)) || labelOf(item);
  const echoes = renamed(item, old, to, key);
  const what = kind === 'plots' ? 'title' : penName ? 'pen name' : 'name';
  return {
    changes: { [key]: to, ...echoes },
    notes: [
      `The ${what} is now **${to}** instead of ${old}.`,
      ...(Object.keys(echoes).length > 0
        ? [`I've updated the ${listInProse(Object.keys(echoes).map(fieldWords))} to match.`]
        : []),
    ],
  };
}

function changeFor(
  kind: RevisedKind,
  instruction: Instruction,
  item: Item,
  request: string,
): Change | undefined {
  if (instruction.type === 'rename') return renameChange(kind, item, instruction.to, instruction.penName);
  if (kind === 'characters' && instruction.type === 'person')
    return characterChange(instruction.direction, item as InContextByKind['characters'], request);
  if (kind === 'plots') return plotChange(instruction, item as InContextByKind['plots']);
  if (kind === 'worlds') return worldChange(instruction, item as InContextByKind['worlds']);
  if (kind === 'authors') return authorChange(instruction, item as InContextByKind['authors']);
  return undefined;
}

/** The instructions the writer gave, from their own words first and the orchestrator's task after. */
export function instructionsFor(kind: RevisedKind, request: string, task: string): Instruction[] {
  const own = readInstructions(kind, request);
  return own.length > 0 ? own : readInstructions(kind, task);
}

export function composeRevision(kind: RevisedKind, target: unknown, request: string, task: string): Revision {
  const item: Item = readItem(kind, target) ?? { id: '' };
  const label = labelOf(item);
  const instructions = instructionsFor(kind, request, task);
  const changes: Record<string, unknown> = {};
  const notes: string[] = [];
  let current = item;
  // One after another, each on the item as the last left it: "darker, and rename it to …".
  for (const instruction of instructions) {
    const change = changeFor(kind, instruction, current, request);
    if (!change) continue;
    Object.assign(changes, change.changes);
    notes.push(...change.notes);
    current = { ...current, ...change.changes } as Item;
  }
  if (Object.keys(changes).length === 0) {
    notes.push(
      instructions.length === 0
        ? `I can't tell what to change in ${label} from that, so I've left it as it is. What I can change: ${WHAT_I_CAN_CHANGE[kind]}.`
        : `${label} already has what you asked for, so I've left it as it is.`,
    );
  }
  return { id: item.id, label, changes, notes };
}
