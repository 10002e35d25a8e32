// Story state: what the observer records after each scene, and the state at any scene as the sum of those changes.
import { z } from 'zod';

// State is keyed by character id, so an id may not be the one key a plain object treats specially.
const characterId = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((id) => id !== '__proto__', 'Not a character id')
  .describe("A character's id from the cast.");
const place = z.string().trim().min(1).max(200);
/** The sentence of the scene that shows the entry, copied as written; empty only when none does. */
const evidence = z
  .string()
  .trim()
  .max(1_000)
  .default('')
  .describe('The sentence of the scene that shows this, copied exactly.');

export const CharacterStatus = z.enum(['alive', 'injured', 'dead']);
export type CharacterStatus = z.infer<typeof CharacterStatus>;

export const PresenceEntry = z.object({
  character_id: characterId,
  place: place.describe('Where the character is during the scene, named as the world names it.'),
  evidence,
});

export const MoveEntry = z.object({
  character_id: characterId,
  from: place,
  to: place,
  evidence,
});

export const StatusEntry = z.object({
  character_id: characterId,
  status: CharacterStatus,
  evidence,
});

export const ActionEntry = z.object({
  character_id: characterId,
  kind: z.enum(['speaks', 'acts']),
  evidence,
});

export const ItemAction = z.enum(['carries', 'gains', 'loses', 'gives', 'uses']);
export type ItemAction = z.infer<typeof ItemAction>;

export const ItemEntry = z
  .object({
    character_id: characterId,
    item: z.string().trim().min(1).max(200).describe('The item, named the same way in every scene.'),
    action: ItemAction,
    to_character_id: characterId.optional().describe('Who receives the item; only for "gives".'),
    evidence,
  })
  .refine((entry) => entry.action !== 'gives' || entry.to_character_id !== undefined, {
    message: 'An item that is given needs to_character_id',
    path: ['to_character_id'],
  });

export const KnowledgeEntry = z.object({
  character_id: characterId,
  fact: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .describe('The fact as a short statement, worded the same in every scene.'),
  action: z.enum(['learns', 'acts_on']),
  source: z
    .string()
    .trim()
    .max(200)
    .default('')
    .describe('Who or what the fact came from (a character id, a letter, …).'),
  evidence,
});

/** The story clock: `day` (from 1) and `minute` of that day compare; `step` says how the scene follows the last. */
export const StoryClock = z.object({
  day: z.number().int().min(-100_000).max(100_000).optional(),
  minute: z.number().int().min(0).max(1_439).optional(),
  step: z.enum(['continues', 'later', 'earlier']).optional(),
  label: z
    .string()
    .trim()
    .max(200)
    .default('')
    .describe('The time as the text gives it ("the next morning").'),
  evidence,
});
export type StoryClock = z.infer<typeof StoryClock>;

const entries = <T extends z.ZodType>(entry: T) => z.array(entry).max(100).default([]);

/** What the observer records for one scene: the tool's arguments (the scene id is added by the server). */
export const ObservedChange = z.object({
  flashback: z
    .boolean()
    .default(false)
    .describe('True when the whole scene happens before the story’s present.'),
  clock: StoryClock.optional(),
  present: entries(PresenceEntry).describe('Every character who takes part, living, and where they are.'),
  moves: entries(MoveEntry).describe('Journeys made during the scene.'),
  status: entries(StatusEntry).describe('Characters whose health changes: injured, dead, recovered.'),
  actions: entries(ActionEntry).describe('Who speaks and who acts in the scene.'),
  items: entries(ItemEntry).describe('Items carried, gained, lost, given or used, in story order.'),
  knowledge: entries(KnowledgeEntry).describe('Facts characters learn, and facts they act on.'),
});
export type ObservedChange = z.infer<typeof ObservedChange>;

export const StateChange = ObservedChange.extend({ scene_id: z.string().trim().min(1).max(100) });
export type StateChange = z.infer<typeof StateChange>;
export type StateChangeInput = z.input<typeof StateChange>;

/** Where a piece of state came from: the scene and the sentence. */
export const Provenance = z.object({ scene_id: z.string(), evidence: z.string() });
export type Provenance = z.infer<typeof Provenance>;

export const HeldItem = Provenance.extend({ item: z.string() });
export const PartedItem = Provenance.extend({
  item: z.string(),
  how: z.enum(['lost', 'given']),
  to_character_id: z.string().optional(),
});
export type PartedItem = z.infer<typeof PartedItem>;
export const KnownFact = Provenance.extend({ fact: z.string(), source: z.string() });

export const CharacterState = z.object({
  place: z.string().nullable(),
  status: CharacterStatus,
  status_from: Provenance.nullable(),
  /** Keyed by `itemKey`. */
  items: z.record(z.string(), HeldItem),
  /** Items the character lost or gave away and has not had back, keyed by `itemKey`. */
  parted: z.record(z.string(), PartedItem),
  /** Keyed by `factKey`. */
  knows: z.record(z.string(), KnownFact),
});
export type CharacterState = z.infer<typeof CharacterState>;

export const StoryState = z.object({
  /** How many scenes' changes this state sums. */
  scenes: z.number().int().min(0),
  /** The present's clock: the last scene outside a flashback that gave a day. */
  clock: StoryClock.extend({ scene_id: z.string() }).nullable(),
  characters: z.record(z.string(), CharacterState),
});
export type StoryState = z.infer<typeof StoryState>;

export const emptyStoryState = (): StoryState => ({ scenes: 0, clock: null, characters: {} });

const LEADING_WORDS = /^(?:(?:the|a|an|his|her|their|its|my|your|our)\s+)+/;

/** How an item's name is compared: case, articles, possessives and punctuation do not matter. */
export function itemKey(item: string): string {
  return normalise(item).replace(LEADING_WORDS, '');
}

/** How a fact is compared: case and punctuation do not matter. */
export function factKey(fact: string): string {
  return normalise(fact);
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function characterIn(state: StoryState, id: string): CharacterState {
  return (
    state.characters[id] ?? {
      place: null,
      status: 'alive',
      status_from: null,
      items: {},
      parted: {},
      knows: {},
    }
  );
}

/**
 * The state after one more scene. A flashback changes the present only in what cannot be undone or
 * forgotten: deaths and facts learned. Where people are, what they carry and the clock stay as they were.
 */
export function applyChange(state: StoryState, change: StateChange): StoryState {
  const characters = { ...state.characters };
  const edit = (id: string, update: (character: CharacterState) => CharacterState) => {
    characters[id] = update(characters[id] ?? characterIn(state, id));
  };
  const from = (sentence: string): Provenance => ({ scene_id: change.scene_id, evidence: sentence });

  for (const entry of change.status) {
    if (change.flashback && entry.status !== 'dead') continue;
    edit(entry.character_id, (c) => ({ ...c, status: entry.status, status_from: from(entry.evidence) }));
  }
  for (const entry of change.knowledge) {
    if (entry.action !== 'learns') continue;
    const known = { fact: entry.fact, source: entry.source, ...from(entry.evidence) };
    edit(entry.character_id, (c) => ({ ...c, knows: { ...c.knows, [factKey(entry.fact)]: known } }));
  }
  if (change.flashback) return { ...state, scenes: state.scenes + 1, characters };

  for (const entry of change.present) edit(entry.character_id, (c) => ({ ...c, place: entry.place }));
  for (const entry of change.moves) edit(entry.character_id, (c) => ({ ...c, place: entry.to }));
  for (const entry of change.items) {
    const key = itemKey(entry.item);
    const held = { item: entry.item, ...from(entry.evidence) };
    const gain = (c: CharacterState): CharacterState => ({
      ...c,
      items: { ...c.items, [key]: held },
      parted: without(c.parted, key),
    });
    const part = (how: 'lost' | 'given') => (c: CharacterState) => ({
      ...c,
      items: without(c.items, key),
      parted: { ...c.parted, [key]: { ...held, how, to_character_id: entry.to_character_id } },
    });
    switch (entry.action) {
      case 'carries':
      case 'gains':
        edit(entry.character_id, gain);
        break;
      case 'uses':
        // Using an item shows it is carried, unless the character has parted with it (the checker's case).
        edit(entry.character_id, (c) => (c.parted[key] || c.items[key] ? c : gain(c)));
        break;
      case 'loses':
        edit(entry.character_id, part('lost'));
        break;
      case 'gives':
        edit(entry.character_id, part('given'));
        if (entry.to_character_id) edit(entry.to_character_id, gain);
        break;
    }
  }
  const clock =
    change.clock?.day !== undefined ? { ...change.clock, scene_id: change.scene_id } : state.clock;
  return { scenes: state.scenes + 1, clock, characters };
}

/** The state in force when scene `sceneIndex` begins: the sum of the changes of the scenes before it. */
export function stateAt(changes: readonly StateChange[], sceneIndex: number): StoryState {
  return changes.slice(0, Math.max(0, sceneIndex)).reduce(applyChange, emptyStoryState());
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}

/** The rules the continuity checker applies; the codes are stable. */
export const ContinuityRule = z.enum([
  'DEAD_CHARACTER_ACTS',
  'CHARACTER_IN_TWO_PLACES',
  'CLOCK_RUNS_BACKWARDS',
  'ITEM_USED_AFTER_PARTED',
  'FACT_USED_BEFORE_LEARNED',
  'NAME_SPELLED_TWO_WAYS',
]);
export type ContinuityRule = z.infer<typeof ContinuityRule>;

/** One state entry a finding rests on, in plain words, with its scene and sentence. */
export const EvidenceEntry = z.object({ scene_id: z.string(), entry: z.string(), sentence: z.string() });
export type EvidenceEntry = z.infer<typeof EvidenceEntry>;

export const ContinuityFinding = z.object({
  scene_id: z.string(),
  rule: ContinuityRule,
  message: z.string(),
  evidence: z.object({
    /** The state entries that make the scene contradict itself or the story so far. */
    state: z.array(EvidenceEntry),
    /** The sentence of the scene where the contradiction shows. */
    sentence: z.string(),
  }),
});
export type ContinuityFinding = z.infer<typeof ContinuityFinding>;
