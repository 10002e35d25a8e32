// What a turn and a specialist step receive in the agent tests, filled in so each test states only what it is about.
import { sessionOwnerKey } from '../../ownership.ts';
import type { SpecialistStep } from '../specialist.ts';
import type { TurnInput } from '../turn.ts';
import { recordingEvents } from './recording-events.ts';
import { scriptedModel } from './scripted-model.ts';
import { TEST_SESSION_ID } from './session-repository.ts';

export function turnInput(overrides: Partial<TurnInput>): TurnInput {
  return {
    sessionId: TEST_SESSION_ID,
    owner: sessionOwnerKey(TEST_SESSION_ID),
    turnId: 't1',
    content: 'Create a fantasy novel with dragons and magic',
    model: scriptedModel(),
    modelId: 'test:model',
    history: [],
    signal: new AbortController().signal,
    events: recordingEvents(),
    ...overrides,
  };
}

/** A create step with no context; the caller names the writer's request and the orchestrator's task. */
export function specialistStep(
  overrides: Partial<SpecialistStep> & Pick<SpecialistStep, 'request' | 'task'>,
): SpecialistStep {
  return {
    model: scriptedModel(),
    signal: new AbortController().signal,
    events: recordingEvents(),
    maxRetries: 0,
    sessionId: TEST_SESSION_ID,
    mode: 'create',
    context: {},
    links: { owner: sessionOwnerKey(TEST_SESSION_ID), session_id: TEST_SESSION_ID },
    ...overrides,
  };
}
