// Tests the editable copies of acts, beats and relationships and the PATCH they make.
import { describe, expect, it } from 'vitest';
import {
  actDrafts,
  createKeySource,
  moveEntry,
  nestedPatch,
  relationshipDrafts,
  removeEntry,
  replaceEntry,
} from './nested-drafts.ts';

const plot = {
  id: 'p1',
  acts: [
    { name: 'Call', summary: 'Eggs hatch.', beats: [{ name: 'Hatching', description: 'Dragons wake.' }] },
    { name: 'Fall', summary: 'Throne burns.', beats: [] },
  ],
};
const character = { id: 'c1', relationships: [{ name: 'Corvin', relationship: 'Sworn blade' }] };

describe('nested drafts', () => {
  it('gives every act and beat its own key', () => {
    const acts = actDrafts(plot, createKeySource('k'));
    const keys = [acts[0]?.key, acts[0]?.beats[0]?.key, acts[1]?.key];
    expect(new Set(keys).size).toBe(3);
    expect(acts[0]).toMatchObject({ name: 'Call', summary: 'Eggs hatch.' });
  });

  it('sends nothing for lists the writer left alone', () => {
    const newKey = createKeySource('k');
    expect(nestedPatch(plot, { acts: actDrafts(plot, newKey) })).toEqual({});
    expect(nestedPatch(character, { relationships: relationshipDrafts(character, newKey) })).toEqual({});
  });

  it('sends the whole acts array, beats included and keys left out, when one act changed', () => {
    const acts = actDrafts(plot, createKeySource('k'));
    const edited = replaceEntry(acts, 1, { name: 'The Fall' });
    expect(nestedPatch(plot, { acts: edited })).toEqual({
      acts: [
        { name: 'Call', summary: 'Eggs hatch.', beats: [{ name: 'Hatching', description: 'Dragons wake.' }] },
        { name: 'The Fall', summary: 'Throne burns.', beats: [] },
      ],
    });
  });

  it('sends the reordered and shortened relationships', () => {
    const two = { relationships: [...character.relationships, { name: 'Mira', relationship: 'Rival' }] };
    const drafts = relationshipDrafts(two, createKeySource('k'));
    expect(nestedPatch(two, { relationships: moveEntry(drafts, 1, -1) })).toEqual({
      relationships: [
        { name: 'Mira', relationship: 'Rival' },
        { name: 'Corvin', relationship: 'Sworn blade' },
      ],
    });
    expect(nestedPatch(two, { relationships: removeEntry(drafts, 0) })).toEqual({
      relationships: [{ name: 'Mira', relationship: 'Rival' }],
    });
  });

  it('leaves a list alone when asked to move past either end', () => {
    expect(moveEntry(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveEntry(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
    expect(moveEntry(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('reads malformed nested data as empty lists', () => {
    expect(actDrafts({ acts: 'three' }, createKeySource('k'))).toEqual([]);
    expect(relationshipDrafts({ relationships: [null, 4] }, createKeySource('k'))).toEqual([]);
  });
});
