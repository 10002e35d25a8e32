import { describe, expect, it } from 'vitest';
import {
  applyChange,
  emptyStoryState,
  itemKey,
  StateChange,
  StoryState,
  stateAt,
} from '../../protocol/story-state.ts';

const change = (input: Record<string, unknown>) => StateChange.parse(input);

const CHANGES = [
  change({
    scene_id: 's1',
    clock: { day: 1, minute: 480, evidence: 'Morning.' },
    present: [
      { character_id: 'mara', place: 'the harbour' },
      { character_id: 'kael', place: 'the harbour' },
    ],
    items: [
      { character_id: 'mara', action: 'carries', item: 'The Iron Key', evidence: 'Mara had the Iron Key.' },
      {
        character_id: 'mara',
        action: 'gives',
        item: 'sword',
        to_character_id: 'kael',
        evidence: 'She gave it.',
      },
    ],
  }),
  change({
    scene_id: 's2',
    flashback: true,
    clock: { day: -10 },
    present: [{ character_id: 'mara', place: 'the orchard' }],
    status: [
      { character_id: 'oren', status: 'dead', evidence: 'Oren died that winter.' },
      { character_id: 'mara', status: 'injured' },
    ],
    items: [{ character_id: 'mara', action: 'gains', item: 'locket' }],
    knowledge: [{ character_id: 'mara', action: 'learns', fact: 'The well is poisoned.', source: 'oren' }],
  }),
  change({
    scene_id: 's3',
    clock: { day: 2, label: 'next day' },
    moves: [{ character_id: 'mara', from: 'the harbour', to: 'the keep' }],
    items: [{ character_id: 'mara', action: 'loses', item: 'iron key', evidence: 'It fell.' }],
  }),
];

describe('story state', () => {
  it('is the sum of the changes before a scene', () => {
    expect(stateAt(CHANGES, 0)).toEqual(emptyStoryState());
    const atTwo = stateAt(CHANGES, 1);
    expect(atTwo.scenes).toBe(1);
    expect(atTwo.clock).toMatchObject({ day: 1, minute: 480, scene_id: 's1', evidence: 'Morning.' });
    expect(atTwo.characters.mara).toMatchObject({
      place: 'the harbour',
      items: { 'iron key': { item: 'The Iron Key', scene_id: 's1', evidence: 'Mara had the Iron Key.' } },
      parted: { sword: { item: 'sword', how: 'given', to_character_id: 'kael', scene_id: 's1' } },
    });
    expect(atTwo.characters.kael?.items.sword).toEqual({
      item: 'sword',
      scene_id: 's1',
      evidence: 'She gave it.',
    });
  });

  it('keeps from a flashback only deaths and facts learned', () => {
    const after = stateAt(CHANGES, 2);
    expect(after.clock?.day).toBe(1);
    expect(after.characters.mara?.place).toBe('the harbour');
    expect(after.characters.mara?.status).toBe('alive');
    expect(after.characters.mara?.items.locket).toBeUndefined();
    expect(after.characters.mara?.knows['the well is poisoned']).toEqual({
      fact: 'The well is poisoned.',
      source: 'oren',
      scene_id: 's2',
      evidence: '',
    });
    expect(after.characters.oren).toMatchObject({
      status: 'dead',
      status_from: { scene_id: 's2', evidence: 'Oren died that winter.' },
    });
  });

  it('moves characters, loses items and moves the clock on in the present', () => {
    const after = stateAt(CHANGES, CHANGES.length);
    expect(after.scenes).toBe(3);
    expect(after.clock).toMatchObject({ day: 2, label: 'next day', scene_id: 's3' });
    expect(after.characters.mara?.place).toBe('the keep');
    expect(after.characters.mara?.items['iron key']).toBeUndefined();
    expect(after.characters.mara?.parted['iron key']).toMatchObject({ how: 'lost', scene_id: 's3' });
    expect(StoryState.parse(after)).toEqual(after);
  });

  it('never changes the state it is given', () => {
    const before = stateAt(CHANGES, 1);
    const copy = structuredClone(before);
    applyChange(before, CHANGES[2] as StateChange);
    expect(before).toEqual(copy);
  });

  it('gives an item back to one who had parted with it', () => {
    const state = [
      change({
        scene_id: 'a',
        items: [{ character_id: 'kael', action: 'gives', item: 'map', to_character_id: 'mara' }],
      }),
      change({
        scene_id: 'b',
        items: [{ character_id: 'mara', action: 'gives', item: 'map', to_character_id: 'kael' }],
      }),
    ].reduce(applyChange, emptyStoryState());
    expect(Object.keys(state.characters.kael?.items ?? {})).toEqual(['map']);
    expect(state.characters.kael?.parted).toEqual({});
    expect(state.characters.mara?.parted.map).toMatchObject({ how: 'given', to_character_id: 'kael' });
  });

  it('refuses a gift with no one to receive it', () => {
    const result = StateChange.safeParse({
      scene_id: 'a',
      items: [{ character_id: 'm', action: 'gives', item: 'x' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['items', 0, 'to_character_id']);
  });

  it('refuses a character id that would reach an object’s prototype', () => {
    const result = StateChange.safeParse({
      scene_id: 'a',
      present: [{ character_id: '__proto__', place: 'x' }],
    });
    expect(result.success).toBe(false);
  });

  it('compares items without articles, case or punctuation', () => {
    expect(itemKey('The  Silver-Key')).toBe('silver key');
    expect(itemKey('her grandmother’s ring')).toBe('grandmother s ring');
  });
});
