import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRepository, type Repository } from '../storage/index.ts';
import { createAuthorGeneratorAgent } from './author-generator.ts';
import { ToolName } from './contract.ts';
import { recordingEvents } from './test-support/recording-events.ts';
import { sampleAuthor } from './test-support/samples.ts';
import { scriptedModel } from './test-support/scripted-model.ts';

let repo: Repository;
beforeEach(async () => {
  repo = await openRepository(':memory:');
  await repo.sessions.ensureSession('s1');
});
afterEach(() => repo.close());

describe('AuthorGeneratorAgent', () => {
  it('saves the author persona and reports it', async () => {
    const model = scriptedModel({
      text: ['Meet Elena Marsh.'],
      toolCalls: [{ name: ToolName.saveAuthor, input: sampleAuthor }],
    });
    const events = recordingEvents();
    const saved = await createAuthorGeneratorAgent({ artifacts: repo.artifacts }).run({
      model,
      signal: new AbortController().signal,
      events,
      maxRetries: 0,
      sessionId: 's1',
      request: 'Invent an author',
      task: 'Invent an author',
      mode: 'create',
      context: {},
      links: { session_id: 's1' },
    });
    expect(saved.authors[0]).toMatchObject({ name: 'Elena Marsh', pen_name: 'E. M. Ashdown' });
    expect(events.tools().at(-1)).toMatchObject({
      status: 'completed',
      result: { author_id: saved.authors[0]?.id, author_name: 'Elena Marsh' },
    });
  });
});
