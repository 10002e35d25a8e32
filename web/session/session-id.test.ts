// Tests how a page picks, makes and remembers its session id.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SESSION_ID_PATTERN } from '../../protocol/errors.ts';
import {
  chooseSessionId,
  createClientMessageId,
  createSessionId,
  sessionIdFromUrl,
  urlForSession,
} from './session-id.ts';

const random = (n: number) => new Uint8Array(randomBytes(n));
const storageWith = (value: string | null) => ({ getItem: () => value });

describe('session ids', () => {
  it('makes ids of 16 random bytes that the server accepts', () => {
    const ids = new Set(Array.from({ length: 50 }, () => createSessionId(random)));
    expect(ids.size).toBe(50);
    for (const id of ids) {
      expect(id).toMatch(/^ses_[A-Za-z0-9_-]{22}$/);
      expect(SESSION_ID_PATTERN.test(id)).toBe(true);
    }
    expect(createSessionId(() => new Uint8Array(16).fill(255))).toBe('ses______________________w');
  });

  it('reads the id from ?session= or /s/:id and ignores invalid ones', () => {
    expect(sessionIdFromUrl(new URL('http://x/?session=ses_abc'))).toBe('ses_abc');
    expect(sessionIdFromUrl(new URL('http://x/s/ses_def'))).toBe('ses_def');
    expect(sessionIdFromUrl(new URL('http://x/?session=bad%20id'))).toBeNull();
    expect(sessionIdFromUrl(new URL('http://x/'))).toBeNull();
  });

  it('prefers the URL, then the remembered id, then a new one', () => {
    const url = new URL('http://x/?session=ses_url');
    expect(chooseSessionId({ url, storage: storageWith('ses_kept'), randomBytes: random })).toBe('ses_url');
    const bare = new URL('http://x/');
    expect(chooseSessionId({ url: bare, storage: storageWith('ses_kept'), randomBytes: random })).toBe(
      'ses_kept',
    );
    expect(chooseSessionId({ url: bare, storage: storageWith(null), randomBytes: random })).toMatch(/^ses_/);
  });

  it('puts the id in the query string of the root page', () => {
    expect(urlForSession(new URL('http://x/s/old?theme=dark'), 'ses_new')).toBe(
      '/?theme=dark&session=ses_new',
    );
  });

  it('makes client message ids in UUID v4 form', () => {
    expect(createClientMessageId(random)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(createClientMessageId(random)).not.toBe(createClientMessageId(random));
  });
});
