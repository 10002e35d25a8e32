import { describe, expect, it } from 'vitest';
import { ProjectBrief } from '../../protocol/projects.ts';
import { describeBrief, mergeBrief, readBrief } from './brief-reading.ts';

describe('the book brief', () => {
  it('reads what a message says about the whole book and nothing else', () => {
    expect(
      readBrief('A YA fantasy in third person limited, past tense, about 80,000 words. Never kill the dog.'),
    ).toEqual({
      genre: 'fantasy',
      audience: 'young adult',
      point_of_view: 'third person limited',
      tense: 'past tense',
      word_target: 80_000,
      constraints: ['Never kill the dog'],
    });
    expect(readBrief('Make the villain older')).toEqual({});
  });

  it('lets a later word win and adds rules up, then reads as one line a term', () => {
    const stored = mergeBrief(ProjectBrief.parse({}), readBrief('A mystery in first person. No gore.'));
    const later = mergeBrief(stored, readBrief('Switch to third person. Avoid flashbacks.'));
    expect(later).toMatchObject({
      genre: 'mystery',
      point_of_view: 'third person',
      constraints: ['No gore', 'Avoid flashbacks'],
    });
    expect(describeBrief(later)).toBe(
      'Genre: mystery\nPoint of view: third person\nRule: No gore\nRule: Avoid flashbacks',
    );
  });
});
