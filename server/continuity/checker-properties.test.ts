import { describe, expect, it } from 'vitest';
import { ContinuityFinding } from '../../protocol/story-state.ts';
import { checkContinuity } from './checker.ts';
import type { SceneInput } from './rule.ts';
import { CAST } from './test-support/book.ts';
import { CLEAN_CHAPTERS } from './test-support/clean-chapters.ts';
import { PEOPLE_VIOLATIONS } from './test-support/violations-people.ts';
import { THING_VIOLATIONS } from './test-support/violations-things.ts';

const ALL_SCENES = [...PEOPLE_VIOLATIONS, ...THING_VIOLATIONS, ...CLEAN_CHAPTERS].flatMap(
  (fixture) => fixture.scenes,
);

/** mulberry32: the same books on every run. */
function randomFrom(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A book of fixture scenes in a random order, each scene given a fresh id. */
function randomBook(seed: number): SceneInput[] {
  const random = randomFrom(seed);
  const length = 2 + Math.floor(random() * 12);
  return Array.from({ length }, (_, index) => {
    const scene = ALL_SCENES[Math.floor(random() * ALL_SCENES.length)] as SceneInput;
    const id = `b${seed}.${index}`;
    return { ...scene, id, label: id, change: { ...scene.change, scene_id: id } };
  });
}

const SEEDS = Array.from({ length: 100 }, (_, seed) => seed + 1);

describe('continuity checker over 100 shuffled books of fixture scenes', () => {
  it('answers every book with valid findings, each on a scene of the book, the same twice', () => {
    let total = 0;
    const problems: string[] = [];
    for (const seed of SEEDS) {
      const scenes = randomBook(seed);
      const findings = checkContinuity({ cast: CAST, scenes });
      if (JSON.stringify(checkContinuity({ cast: CAST, scenes })) !== JSON.stringify(findings)) {
        problems.push(`book ${seed}: a second run differs`);
      }
      const ids = new Set(scenes.map((scene) => scene.id));
      for (const finding of findings) {
        if (!ContinuityFinding.safeParse(finding).success)
          problems.push(`book ${seed}: invalid ${finding.rule}`);
        const named = [finding.scene_id, ...finding.evidence.state.map((entry) => entry.scene_id)];
        if (!named.every((id) => ids.has(id)))
          problems.push(`book ${seed}: ${finding.rule} names another book`);
      }
      total += findings.length;
    }
    expect(problems).toEqual([]);
    expect(total).toBeGreaterThan(0);
  });

  it('flags nothing but places and spellings when every scene is a flashback', () => {
    for (const seed of SEEDS) {
      const scenes = randomBook(seed).map((scene) => ({
        ...scene,
        change: { ...scene.change, flashback: true },
      }));
      const rules = new Set(checkContinuity({ cast: CAST, scenes }).map((finding) => finding.rule));
      rules.delete('CHARACTER_IN_TWO_PLACES');
      rules.delete('NAME_SPELLED_TWO_WAYS');
      expect([...rules]).toEqual([]);
    }
  });

  it('flags no place or spelling in a scene that would not be flagged alone', () => {
    for (const seed of SEEDS) {
      const scenes = randomBook(seed);
      const local = checkContinuity({ cast: CAST, scenes }).filter(
        (finding) => finding.rule === 'CHARACTER_IN_TWO_PLACES' || finding.rule === 'NAME_SPELLED_TWO_WAYS',
      );
      const alone = scenes.flatMap((scene) =>
        checkContinuity({ cast: CAST, scenes: [scene] }).filter(
          (finding) => finding.rule !== 'CLOCK_RUNS_BACKWARDS',
        ),
      );
      for (const finding of local) expect(alone).toContainEqual(finding);
    }
  });
});
