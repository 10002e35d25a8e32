import { describe, expect, it } from 'vitest';
import { ContinuityFinding, ContinuityRule } from '../../protocol/story-state.ts';
import { checkContinuity } from './checker.ts';
import { CLEAN_CHAPTERS } from './test-support/clean-chapters.ts';
import { PEOPLE_VIOLATIONS } from './test-support/violations-people.ts';
import { THING_VIOLATIONS } from './test-support/violations-things.ts';

const VIOLATIONS = [...PEOPLE_VIOLATIONS, ...THING_VIOLATIONS];

describe('continuity checker on seeded violations', () => {
  it.each(VIOLATIONS.map((fixture) => [fixture.name, fixture] as const))(
    'catches exactly: %s',
    (_, fixture) => {
      const findings = checkContinuity(fixture);
      expect(findings.map((finding) => [finding.scene_id, finding.rule, finding.message])).toEqual(
        fixture.expected,
      );
      for (const finding of findings) expect(ContinuityFinding.parse(finding)).toEqual(finding);
    },
  );

  it('seeds at least 30 violations, at least four of every rule', () => {
    const seeded = VIOLATIONS.flatMap((fixture) => fixture.expected);
    expect(seeded.length).toBeGreaterThanOrEqual(30);
    for (const rule of ContinuityRule.options) {
      expect(seeded.filter(([, code]) => code === rule).length, rule).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('continuity checker on clean chapters', () => {
  it('has at least 10 clean chapters, with flashbacks, journeys and items handed over', () => {
    expect(CLEAN_CHAPTERS.length).toBeGreaterThanOrEqual(10);
    const changes = CLEAN_CHAPTERS.flatMap((fixture) => fixture.scenes.map((scene) => scene.change));
    expect(changes.some((change) => change.flashback)).toBe(true);
    expect(changes.some((change) => change.moves.length > 0)).toBe(true);
    expect(changes.some((change) => change.items.some((entry) => entry.action === 'gives'))).toBe(true);
  });

  it.each(CLEAN_CHAPTERS.map((fixture) => [fixture.name, fixture] as const))(
    'flags nothing: %s',
    (_, fixture) => {
      expect(fixture.expected).toEqual([]);
      expect(checkContinuity(fixture)).toEqual([]);
    },
  );
});

describe('a finding names the scene, the rule and its evidence', () => {
  const first = (name: string) => {
    const fixture = VIOLATIONS.find((candidate) => candidate.name === name);
    if (!fixture) throw new Error(`no fixture ${name}`);
    return checkContinuity(fixture)[0];
  };

  it('gives the death and the sentence where the dead act', () => {
    expect(first('the prose has a dead character act where the observer recorded nothing')).toEqual({
      scene_id: 'd2.3',
      rule: 'DEAD_CHARACTER_ACTS',
      message: 'Tomas Reyl died in scene d2.1 but acts here, and this scene is not a flashback.',
      evidence: {
        state: [
          {
            scene_id: 'd2.1',
            entry: 'Tomas Reyl is dead',
            sentence: 'Tomas fell from the wall and lay dead in the snow.',
          },
          {
            scene_id: 'd2.3',
            entry: 'Tomas Reyl acts (in the text)',
            sentence: 'Tomas slowly drew his knife and waited.',
          },
        ],
        sentence: 'Tomas slowly drew his knife and waited.',
      },
    });
  });

  it('gives both places', () => {
    expect(first('a character is in two places at once')).toEqual({
      scene_id: 'p1.1',
      rule: 'CHARACTER_IN_TWO_PLACES',
      message: 'Mara Venn is at the harbour and at the tower in this scene, with no journey between them.',
      evidence: {
        state: [
          {
            scene_id: 'p1.1',
            entry: 'Mara Venn is at the harbour',
            sentence: 'Mara watched the ships come in.',
          },
          {
            scene_id: 'p1.1',
            entry: 'Mara Venn is at the tower',
            sentence: 'At the same hour she stood guard on the tower.',
          },
        ],
        sentence: 'At the same hour she stood guard on the tower.',
      },
    });
  });

  it('gives both clocks', () => {
    expect(first('the day goes backwards')).toEqual({
      scene_id: 'c1.2',
      rule: 'CLOCK_RUNS_BACKWARDS',
      message: 'The clock goes back from day 3 in scene c1.1 to day 2, and this scene is not a flashback.',
      evidence: {
        state: [
          { scene_id: 'c1.1', entry: 'clock: day 3', sentence: 'On the third day the rain stopped.' },
          { scene_id: 'c1.2', entry: 'clock: day 2', sentence: 'On the second day they reached the pass.' },
        ],
        sentence: 'On the second day they reached the pass.',
      },
    });
  });

  it('gives the handing over and the use found in the prose', () => {
    expect(first('the prose uses an item given away where the observer recorded nothing')).toEqual({
      scene_id: 'i3.2',
      rule: 'ITEM_USED_AFTER_PARTED',
      message:
        'Mara Venn uses the brass compass here, but gave it to Ilse Marrow in scene i3.1 and has not had it back.',
      evidence: {
        state: [
          {
            scene_id: 'i3.1',
            entry: 'Mara Venn gave the brass compass to Ilse Marrow',
            sentence: 'Mara gave the brass compass to Ilse.',
          },
          {
            scene_id: 'i3.2',
            entry: 'Mara Venn uses the brass compass (in the text)',
            sentence: 'Lost in the fog, Mara opened the brass compass and found north.',
          },
        ],
        sentence: 'Lost in the fog, Mara opened the brass compass and found north.',
      },
    });
  });

  it('gives the act and the later learning', () => {
    expect(first('a character acts on a fact learned only later')).toEqual({
      scene_id: 'k1.1',
      rule: 'FACT_USED_BEFORE_LEARNED',
      message:
        'Mara Venn acts on “The steward is the traitor” here before learning it. Mara Venn only learns it in scene k1.2.',
      evidence: {
        state: [
          {
            scene_id: 'k1.1',
            entry: 'Mara Venn acts on “The steward is the traitor”',
            sentence: 'Mara barred the door against the steward.',
          },
          {
            scene_id: 'k1.2',
            entry: 'Mara Venn learns “The steward is the traitor”',
            sentence: 'Ilse told Mara that the steward was the traitor.',
          },
        ],
        sentence: 'Mara barred the door against the steward.',
      },
    });
  });

  it('gives the cast spelling and the sentence with the other one', () => {
    expect(first('names spelt a second way')).toEqual({
      scene_id: 'n1.1',
      rule: 'NAME_SPELLED_TWO_WAYS',
      message: '“Kaelan” looks like a second spelling of “Kaelen” (Kaelen Dross in the cast).',
      evidence: {
        state: [
          {
            scene_id: 'n1.1',
            entry: 'the cast spells it Kaelen Dross',
            sentence: 'Behind him, Kaelan’s horse went lame.',
          },
        ],
        sentence: 'Behind him, Kaelan’s horse went lame.',
      },
    });
  });
});
