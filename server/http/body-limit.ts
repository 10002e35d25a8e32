// Bounds request bodies: past the limit the answer is 413 and the connection is closed, so the rest is never read.
import type { Context, MiddlewareHandler } from 'hono';
import { ErrorCode } from '../../protocol/errors.ts';
import { jsonError } from '../api/errors.ts';

function tooLarge(c: Context, maxBytes: number): Response {
  // Closing the connection is what stops the upload: the unread bytes are never waited for.
  c.header('Connection', 'close');
  return jsonError(c, 413, ErrorCode.PAYLOAD_TOO_LARGE, `Request bodies are limited to ${maxBytes} bytes`, {
    max_bytes: maxBytes,
  });
}

/**
 * Refuses a declared Content-Length past `maxBytes` before reading anything; a body without one
 * (chunked) is counted as it arrives and at most `maxBytes` of it is ever held.
 */
export function bodyLimit(maxBytes: number): MiddlewareHandler {
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const declared = c.req.header('content-length');
    if (declared !== undefined && !c.req.header('transfer-encoding')) {
      return Number(declared) > maxBytes ? tooLarge(c, maxBytes) : next();
    }
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        void reader.cancel().catch(() => {});
        return tooLarge(c, maxBytes);
      }
      chunks.push(value);
    }
    const whole = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      whole.set(chunk, offset);
      offset += chunk.byteLength;
    }
    c.req.raw = new Request(c.req.raw, { body: whole });
    await next();
  };
}
