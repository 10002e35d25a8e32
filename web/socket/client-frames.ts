// Builds the frames the web app sends, type-checked against the protocol's client message schemas.
import type {
  CancelMessage,
  ModelSwitchMessage,
  PingMessage,
  ResumeTurnMessage,
  RetryTurnMessage,
  SessionRestoreMessage,
  UserMessage,
} from '../../protocol/messages.ts';
import type { OutboxEntry, SessionView } from '../store/session-view.ts';

export function userMessageFrame(entry: OutboxEntry, now: Date): UserMessage {
  return {
    type: 'message',
    content: entry.content,
    timestamp: now.toISOString(),
    client_message_id: entry.client_message_id,
  };
}

export function restoreFrame(lastSeen: SessionView['lastSeen'], now: Date): SessionRestoreMessage {
  return lastSeen
    ? {
        type: 'session_restore',
        last_message_id: lastSeen.message_id,
        last_chunk_id: lastSeen.chunk_id,
        timestamp: now.toISOString(),
      }
    : { type: 'session_restore', timestamp: now.toISOString() };
}

export function cancelFrame(turnId: string | null, now: Date): CancelMessage {
  return turnId
    ? { type: 'cancel', message_id: turnId, timestamp: now.toISOString() }
    : { type: 'cancel', timestamp: now.toISOString() };
}

export function modelSwitchFrame(model: string, now: Date): ModelSwitchMessage {
  return { type: 'model_switch', model, timestamp: now.toISOString() };
}

export function pingFrame(now: Date): PingMessage {
  return { type: 'ping', timestamp: now.toISOString() };
}

export function repeatTurnFrame(
  action: 'retry' | 'resume',
  turnId: string,
  clientMessageId: string,
  now: Date,
): RetryTurnMessage | ResumeTurnMessage {
  return { type: action, turn_id: turnId, client_message_id: clientMessageId, timestamp: now.toISOString() };
}
