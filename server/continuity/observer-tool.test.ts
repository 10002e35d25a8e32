import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocol/errors.ts';
import type { StateChange } from '../../protocol/story-state.ts';
import { AgentError } from '../agents/errors.ts';
import {
  createObserverTool,
  OBSERVER_TOOL_NAME,
  observerInputSchema,
  parseObservation,
} from './observer-tool.ts';

const CALL = {
  flashback: false,
  clock: { day: 2, minute: 600, label: 'mid-morning', evidence: 'By mid-morning they were on the road.' },
  present: [{ character_id: 'mara', place: 'the road', evidence: 'Mara led the way.' }],
  status: [{ character_id: 'tomas', status: 'dead', evidence: 'Tomas died.' }],
  items: [
    {
      character_id: 'mara',
      action: 'gives',
      item: 'map',
      to_character_id: 'kael',
      evidence: 'She gave him the map.',
    },
  ],
};

describe('observer tool', () => {
  it('gives the model every field of a state change, without limits it cannot read', () => {
    const schema = observerInputSchema().jsonSchema as {
      properties: Record<string, { description?: string; items?: { properties: Record<string, unknown> } }>;
    };
    expect(Object.keys(schema.properties).sort()).toEqual(
      ['actions', 'clock', 'flashback', 'items', 'knowledge', 'moves', 'present', 'status'].sort(),
    );
    expect(Object.keys(schema.properties.items?.items?.properties ?? {}).sort()).toEqual(
      ['action', 'character_id', 'evidence', 'item', 'to_character_id'].sort(),
    );
    expect(schema.properties.present?.description).toContain('At most 100 items.');
    expect(JSON.stringify(schema)).not.toMatch(/"(maxItems|maxLength|default)"/);
  });

  it('turns a call into the scene’s state change, with defaults for what was left out', () => {
    const change = parseObservation(CALL, 'scene-7');
    expect(change).toMatchObject({ ...CALL, scene_id: 'scene-7', moves: [], actions: [], knowledge: [] });
  });

  it('cuts over-long evidence to its limit rather than failing the scene', () => {
    const long = 'x'.repeat(1_500);
    const change = parseObservation(
      { present: [{ character_id: 'mara', place: 'the road', evidence: long }] },
      's',
    );
    expect(change.present[0]?.evidence).toHaveLength(1_000);
  });

  it('refuses a call it cannot repair with PROVIDER_BAD_OUTPUT naming the field', () => {
    const call = { items: [{ character_id: 'mara', action: 'gives', item: 'map' }] };
    let error: unknown;
    try {
      parseObservation(call, 's');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AgentError);
    expect((error as AgentError).code).toBe(ErrorCode.PROVIDER_BAD_OUTPUT);
    expect((error as AgentError).message).toContain('items.0.to_character_id');
    expect((error as AgentError).details.tool_name).toBe(OBSERVER_TOOL_NAME);
  });

  it('hands a valid call to the scene’s recorder', async () => {
    const recorded: StateChange[] = [];
    const observer = createObserverTool('scene-9', (change) => recorded.push(change));
    const result = await observer.execute?.(CALL, { toolCallId: 'call-1', messages: [] });
    expect(result).toEqual({ recorded: true, scene_id: 'scene-9' });
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.scene_id).toBe('scene-9');
    expect(recorded[0]?.status).toEqual(CALL.status);
  });
});
