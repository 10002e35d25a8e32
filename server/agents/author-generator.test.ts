import { describe, expect, it } from 'vitest';
import { createAuthorGeneratorAgent } from './author-generator.ts';
import { ToolName } from './contract.ts';
import { specialistStep } from './test-support/agent-inputs.ts';
import { recordingEvents } from './test-support/recording-events.ts';
import { sampleAuthor } from './test-support/samples.ts';
import { scriptedModel } from './test-support/scripted-model.ts';
import { sessionRepositoryPerTest } from './test-support/session-repository.ts';

const repo = sessionRepositoryPerTest();

describe('AuthorGeneratorAgent', () => {
  it('saves the author persona and reports it', async () => {
    const model = scriptedModel({
      text: ['Meet Elena Marsh.'],
      toolCalls: [{ name: ToolName.saveAuthor, input: sampleAuthor }],
    });
    const events = recordingEvents();
    const saved = await createAuthorGeneratorAgent({ artifacts: repo.artifacts }).run(
      specialistStep({ model, events, request: 'Invent an author', task: 'Invent an author' }),
    );
    expect(saved.authors[0]).toMatchObject({ name: 'Elena Marsh', pen_name: 'E. M. Ashdown' });
    expect(events.tools().at(-1)).toMatchObject({
      status: 'completed',
      result: { author_id: saved.authors[0]?.id, author_name: 'Elena Marsh' },
    });
  });
});
