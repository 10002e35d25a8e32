import { describe, expect, it } from 'vitest';
import { CharacterInput } from '../../../../protocol/artifacts.ts';
import { composeOfflineReply } from '../index.ts';
import { readStoryContext } from '../understand/context.ts';
import { composeCharacters } from './characters-composer.ts';
import { composePlot } from './plot-composer.ts';

const storyOf = (request: string) => {
  const { plot } = composePlot(request, '');
  return readStoryContext({ plot }, request, '');
};

describe('casts larger than the six a plot names', () => {
  it('writes ten characters with ten distinct roles and ten distinct names', () => {
    const cast = composeCharacters(storyOf('A mystery novel in a seaside village'), 10, []);
    expect(CharacterInput.array().parse(cast)).toHaveLength(10);
    expect(new Set(cast.map((c) => c.role)).size).toBe(10);
    expect(new Set(cast.map((c) => c.name)).size).toBe(10);
    const firsts = cast.map((c) => c.name.split(' ')[0]);
    expect(new Set(firsts).size).toBe(10);
  });

  it("names the villain in the lieutenant's calling and keeps every template filled", () => {
    const story = storyOf('A fantasy novel with dragons');
    const villain = story.bible.cast.find((c) => c.role === 'antagonist');
    const cast = composeCharacters(story, 8, []);
    const lieutenant = cast.find((c) => c.role === 'lieutenant');
    expect(lieutenant?.description).toContain(villain?.first ?? '?');
    expect(JSON.stringify(cast)).not.toMatch(/\{\w+\}/);
  });

  it('grows the cast past the people a session already has, without reusing a name', () => {
    const story = storyOf('A horror novel');
    const existing = composeCharacters(story, 6, []).map((c) => c.name);
    const more = composeCharacters(story, 3, existing);
    expect(more.map((c) => c.role)).toEqual(['lieutenant', 'witness', 'elder']);
    for (const c of more) expect(existing).not.toContain(c.name);
  });

  it('writes ten when twelve are asked for, and says so', () => {
    const request = 'Create twelve characters for a science fiction novel';
    const reply = composeOfflineReply({
      role: 'characters',
      toolNames: ['save_characters'],
      userText: request,
      sections: { request, task: 'Create 10 main characters.', mode: 'create', context: {} },
      catalog: [],
      afterToolResults: false,
      fetched: [],
    });
    const input = reply.toolCalls[0]?.input as { characters: unknown[] };
    expect(input.characters).toHaveLength(10);
    expect(reply.text).toContain('You asked for 12; here are the 10');
  });
});
