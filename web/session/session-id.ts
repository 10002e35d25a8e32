// Picks the session a page works in: from the URL, else the last one used, else a new random id.
import { SESSION_ID_PATTERN } from '../../protocol/errors.ts';

const STORAGE_KEY = 'bookswriter.session';

/** 'ses_' + 16 random bytes in base64url: unguessable, and only [A-Za-z0-9_-] as the server requires. */
export function createSessionId(randomBytes: (length: number) => Uint8Array): string {
  let binary = '';
  for (const byte of randomBytes(16)) binary += String.fromCharCode(byte);
  return `ses_${btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;
}

/** Reads ?session=… or /s/:id; anything not a valid id is ignored. */
export function sessionIdFromUrl(url: URL): string | null {
  const fromQuery = url.searchParams.get('session');
  const fromPath = /^\/s\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  const candidate = fromQuery ?? (fromPath ? decodeURIComponent(fromPath) : null);
  return candidate && SESSION_ID_PATTERN.test(candidate) ? candidate : null;
}

export interface SessionChoiceInputs {
  url: URL;
  storage: Pick<Storage, 'getItem'>;
  randomBytes: (length: number) => Uint8Array;
}

export function chooseSessionId({ url, storage, randomBytes }: SessionChoiceInputs): string {
  const fromUrl = sessionIdFromUrl(url);
  if (fromUrl) return fromUrl;
  const remembered = storage.getItem(STORAGE_KEY);
  if (remembered && SESSION_ID_PATTERN.test(remembered)) return remembered;
  return createSessionId(randomBytes);
}

export function rememberSessionId(storage: Pick<Storage, 'setItem'>, sessionId: string): void {
  storage.setItem(STORAGE_KEY, sessionId);
}

/** The address of the session's page, keeping any other query parameters. */
export function urlForSession(current: URL, sessionId: string): string {
  const next = new URL(current);
  next.pathname = '/';
  next.searchParams.set('session', sessionId);
  return `${next.pathname}${next.search}${next.hash}`;
}

/** A v4 UUID from random bytes; crypto.randomUUID exists only on secure origins, and LAN addresses are not. */
export function createClientMessageId(randomBytes: (length: number) => Uint8Array): string {
  const bytes = randomBytes(16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
