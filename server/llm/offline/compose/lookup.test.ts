// An unnamed revision on the offline model: it reads the one the writer means, then revises what it read.
import { describe, expect, it } from 'vitest';
import { ToolName } from '../../../agents/contract.ts';
import { composeOfflineReply } from '../index.ts';
import type { OfflineRequest } from '../understand/request.ts';

const mentor = {
  id: 'c3',
  name: 'Marcus Lockhart',
  role: 'mentor',
  description: 'Marcus Lockhart is a forensic pathologist with a dry wit.',
  backstory: 'Once the best at what he did, Marcus made one mistake that still haunts him.',
  motivations: ['Make amends'],
  arc: 'From guilt to sacrifice.',
  relationships: [],
};

const summaries = [
  { kind: 'characters', id: 'c1', name: 'Frankie Greaves', role: 'protagonist', about: 'A baker.' },
  { kind: 'characters', id: 'c3', name: 'Marcus Lockhart', role: 'mentor', about: 'A pathologist.' },
];

function request(overrides: Partial<OfflineRequest>): OfflineRequest {
  const text = 'Give the mentor a secret';
  return {
    role: 'lookup',
    toolNames: [ToolName.searchLibrary, ToolName.getArtifact],
    userText: text,
    sections: { request: text, task: text, mode: 'revise', context: { candidates: summaries } },
    catalog: [],
    afterToolResults: false,
    fetched: [],
    ...overrides,
  };
}

describe('an unnamed revision on the offline model', () => {
  it('reads the one the writer means in full before changing anything', () => {
    const reply = composeOfflineReply(request({}));
    expect(reply.toolCalls).toEqual([
      { toolName: ToolName.getArtifact, input: { kind: 'characters', id: 'c3' } },
    ]);
  });

  it('revises what it read, not the summary', () => {
    const reply = composeOfflineReply(
      request({
        role: 'characters',
        toolNames: [ToolName.updateCharacter, ToolName.getArtifact],
        afterToolResults: true,
        fetched: [mentor],
      }),
    );
    const [call] = reply.toolCalls;
    expect(call?.toolName).toBe(ToolName.updateCharacter);
    const { id, changes } = (call?.input ?? {}) as { id?: string; changes?: Record<string, string> };
    expect(id).toBe('c3');
    expect(changes?.backstory).toContain(mentor.backstory);
    expect(reply.text).toContain('Marcus Lockhart');
  });
});
