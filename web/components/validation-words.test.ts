// Tests how the server's validation issues are said to the writer.
import { describe, expect, it } from 'vitest';
import { PlotPatch } from '../../protocol/artifacts.ts';
import { issuesOf, placeOf, validationProblems } from './validation-words.ts';

/** Issues as the server sends them: zod's own, from the schema the PATCH route uses. */
function serverIssues(body: unknown) {
  const parsed = PlotPatch.safeParse(body);
  if (parsed.success) throw new Error('expected the body to be refused');
  return issuesOf({
    issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), code: i.code, message: i.message })),
  });
}

describe('validation words', () => {
  it('names nested places the way the form shows them', () => {
    expect(placeOf('plots', ['acts', '1', 'beats', '0', 'name'])).toBe('Act 2, beat 1, name');
    expect(placeOf('characters', ['relationships', '0', 'relationship'])).toBe(
      'Relationship 1, relationship',
    );
    expect(placeOf('plots', ['logline'])).toBe('Logline');
  });

  it('says an emptied beat name and an over-long title in plain words', () => {
    const problems = validationProblems(
      'plots',
      serverIssues({
        title: 'x'.repeat(201),
        acts: [{ name: 'One', summary: 'S', beats: [{ name: '  ', description: 'D' }] }],
      }),
    );
    expect(problems.get('title')).toBe('Title is too long (at most 200 characters).');
    expect(problems.get('acts.0.beats.0.name')).toBe('Act 1, beat 1, name cannot be empty.');
  });

  it('says a list with too many entries', () => {
    const acts = Array.from({ length: 8 }, (_, i) => ({ name: `A${i}`, summary: 'S', beats: [] }));
    expect(validationProblems('plots', serverIssues({ acts })).get('acts')).toBe(
      'Acts can have at most 7 entries.',
    );
  });

  it('finds no issues in details of another shape', () => {
    expect(issuesOf(undefined)).toEqual([]);
    expect(issuesOf({ issues: 'bad' })).toEqual([]);
    expect(issuesOf({ issues: [{ code: 'x' }] })).toEqual([]);
  });
});
