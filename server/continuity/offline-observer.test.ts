import { describe, expect, it } from 'vitest';
import { checkContinuity } from './checker.ts';
import { observeScene, type ScenePlan } from './offline-observer.ts';
import { CAST } from './test-support/book.ts';

describe('offline observer', () => {
  it('records presence from the plan and changes from plain cues in the prose and the plan', () => {
    const text =
      'Day 3. Mara handed the iron key to Kaelen. “Go,” said Tomas. The bolt struck, and Tomas died on the quay. ' +
      'Kaelen rode from the harbour to the keep. Mara lost her lantern in the water.';
    const plan: ScenePlan = {
      scene_id: 's1',
      cast: ['mara', 'kael', 'tomas'],
      setting: 'the harbour',
      changes: 'Tomas dies. Mara learns that the steward is the traitor.',
    };
    expect(observeScene(plan, text, CAST)).toEqual({
      scene_id: 's1',
      flashback: false,
      clock: { day: 3, label: '', evidence: 'Day 3.' },
      present: [
        { character_id: 'mara', place: 'the harbour', evidence: 'Mara handed the iron key to Kaelen.' },
        { character_id: 'kael', place: 'the harbour', evidence: 'Mara handed the iron key to Kaelen.' },
        { character_id: 'tomas', place: 'the harbour', evidence: '“Go,” said Tomas.' },
      ],
      moves: [
        {
          character_id: 'kael',
          from: 'the harbour',
          to: 'the keep',
          evidence: 'Kaelen rode from the harbour to the keep.',
        },
      ],
      status: [
        { character_id: 'tomas', status: 'dead', evidence: 'The bolt struck, and Tomas died on the quay.' },
      ],
      actions: [
        { character_id: 'mara', kind: 'acts', evidence: 'Mara handed the iron key to Kaelen.' },
        { character_id: 'tomas', kind: 'speaks', evidence: '“Go,” said Tomas.' },
        { character_id: 'kael', kind: 'acts', evidence: 'Kaelen rode from the harbour to the keep.' },
      ],
      items: [
        {
          character_id: 'mara',
          action: 'gives',
          item: 'iron key',
          to_character_id: 'kael',
          evidence: 'Mara handed the iron key to Kaelen.',
        },
        {
          character_id: 'mara',
          action: 'loses',
          item: 'lantern',
          evidence: 'Mara lost her lantern in the water.',
        },
      ],
      knowledge: [
        {
          character_id: 'mara',
          action: 'learns',
          fact: 'the steward is the traitor',
          source: '',
          evidence: 'Mara learns that the steward is the traitor.',
        },
      ],
    });
  });

  it('reads who told whom, acting on what one knows, and a flashback opening', () => {
    const told = observeScene(
      { scene_id: 'a', cast: ['ilse', 'mara'], setting: 'the hall' },
      'Ilse told Mara that the bridge was mined. Mara, knowing that the bridge was mined, led them round.',
      CAST,
    );
    expect(told.knowledge).toEqual([
      {
        character_id: 'mara',
        action: 'learns',
        fact: 'the bridge was mined',
        source: 'ilse',
        evidence: 'Ilse told Mara that the bridge was mined.',
      },
      {
        character_id: 'mara',
        action: 'acts_on',
        fact: 'the bridge was mined',
        source: '',
        evidence: 'Mara, knowing that the bridge was mined, led them round.',
      },
    ]);
    const past = observeScene(
      { scene_id: 'b', cast: ['tomas'], setting: 'the lake' },
      'Years earlier, Tomas taught her to swim.',
      CAST,
    );
    expect(past.flashback).toBe(true);
    expect(past.clock).toBeUndefined();
  });

  it('reads injuries, finds, carried things, gifts named the other way round and keys used on doors', () => {
    const change = observeScene(
      { scene_id: 'd', cast: ['oren', 'zoe', 'bran'], setting: 'the forge' },
      'Oren was badly wounded by the falling beam. Zoë found a silver ring in the ashes. The Smith carried the anvil. ' +
        'Zoë gave Oren the silver ring. Brannoch unlocked the strongbox with the brass key.',
      CAST,
    );
    expect(change.status).toEqual([
      { character_id: 'oren', status: 'injured', evidence: 'Oren was badly wounded by the falling beam.' },
    ]);
    expect(
      change.items.map(({ character_id, action, item, to_character_id }) => [
        character_id,
        action,
        item,
        to_character_id,
      ]),
    ).toEqual([
      ['zoe', 'gains', 'silver ring', undefined],
      ['bran', 'carries', 'anvil', undefined],
      ['zoe', 'gives', 'silver ring', 'oren'],
      ['bran', 'uses', 'brass key', undefined],
    ]);
  });

  it('ignores cues inside quotes and memories', () => {
    const change = observeScene(
      { scene_id: 'c', cast: ['mara'], setting: 'the oak' },
      '“Tomas died for this,” Mara said. She remembered how Oren gave the ring to Ilse.',
      CAST,
    );
    expect(change.status).toEqual([]);
    expect(change.items).toEqual([]);
    expect(change.actions).toEqual([
      { character_id: 'mara', kind: 'speaks', evidence: '“Tomas died for this,” Mara said.' },
    ]);
  });

  it('feeds the checker: a character killed in scene 2 who speaks in scene 4 is flagged, and nothing else', () => {
    const drafted: Array<[ScenePlan, string]> = [
      [
        { scene_id: 'one', cast: ['mara', 'tomas'], setting: 'the harbour' },
        'Mara Venn met Tomas Reyl on the quay. “We leave at dawn,” Tomas said. Tomas handed the silver compass to Mara.',
      ],
      [
        { scene_id: 'two', cast: ['mara', 'tomas'], setting: 'the causeway', changes: 'Tomas dies.' },
        'On the second day the raiders came over the causeway. Tomas drew his sword. An arrow took him, and Tomas died in the mud.',
      ],
      [
        { scene_id: 'three', cast: ['mara'], setting: 'the keep' },
        'The next morning Mara rode from the causeway to the keep. Mara opened the silver compass and found north. She remembered how Tomas laughed.',
      ],
      [
        { scene_id: 'four', cast: ['mara', 'tomas'], setting: 'the keep' },
        '“You should have run,” Tomas said. Mara could not answer.',
      ],
    ];
    const scenes = drafted.map(([plan, text], index) => ({
      id: plan.scene_id,
      label: `1.${index + 1}`,
      text,
      setting: plan.setting,
      change: observeScene(plan, text, CAST),
    }));
    expect(checkContinuity({ cast: CAST, scenes })).toEqual([
      {
        scene_id: 'four',
        rule: 'DEAD_CHARACTER_ACTS',
        message: 'Tomas Reyl died in scene 1.2 but speaks here, and this scene is not a flashback.',
        evidence: {
          state: [
            {
              scene_id: 'two',
              entry: 'Tomas Reyl is dead',
              sentence: 'An arrow took him, and Tomas died in the mud.',
            },
            { scene_id: 'four', entry: 'Tomas Reyl speaks', sentence: '“You should have run,” Tomas said.' },
          ],
          sentence: '“You should have run,” Tomas said.',
        },
      },
    ]);
  });
});
