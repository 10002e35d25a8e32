// Validates a received text frame against the server message schemas; anything else is reported, not applied.
import { ServerMessage } from '../../protocol/messages.ts';

export type DecodedFrame = { ok: true; message: ServerMessage } | { ok: false; reason: string };

export function decodeServerFrame(data: unknown): DecodedFrame {
  if (typeof data !== 'string') return { ok: false, reason: 'binary frame' };
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const parsed = ServerMessage.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, message: parsed.data };
}
