import { describe, expect, it } from 'vitest';
import { castOf } from './cast.ts';
import { editDistance, fold, looksBack, outsideQuotes, sentencesOf } from './text.ts';

describe('reading prose', () => {
  it('splits sentences and keeps closing quotes with them', () => {
    expect(sentencesOf('“Run!” Mara cried.  He ran. Was it Zoë? “Yes.” Day 3.')).toEqual([
      '“Run!” Mara cried.',
      'He ran.',
      'Was it Zoë?',
      '“Yes.”',
      'Day 3.',
    ]);
  });

  it('counts swaps of neighbouring letters as one edit', () => {
    expect(editDistance('kaelen', 'kaelan')).toBe(1);
    expect(editDistance('mara', 'mraa')).toBe(1);
    expect(editDistance('brannoch', 'branok')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('folds accents and case', () => {
    expect(fold('Zoë')).toBe('zoe');
    expect(fold('JOSÉ')).toBe('jose');
  });

  it('takes quoted speech out and sees memories', () => {
    expect(outsideQuotes('“Tomas said so,” Mara said.')).toBe('… Mara said.');
    expect(looksBack('Mara remembered how Tomas laughed.')).toBe(true);
    expect(looksBack('Tomas laughed.')).toBe(false);
  });

  it('gives a first name only to the one character who has it', () => {
    const cast = castOf([
      { id: 'a', name: 'Anna Vey' },
      { id: 'b', name: 'Anna Holt', aliases: ['the Captain'] },
      { id: 'c', name: 'Ivo Roe' },
    ]);
    expect(cast.namesOf('a')).toEqual(['Anna Vey']);
    expect(cast.namesOf('b')).toEqual(['Anna Holt', 'the Captain', 'The Captain']);
    expect(cast.namesOf('c')).toEqual(['Ivo Roe', 'Ivo']);
    expect(cast.nameOf('nobody')).toBe('nobody');
  });
});
