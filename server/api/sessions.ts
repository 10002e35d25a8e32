// REST for past sessions: list them, read one's transcript and activity, rename and delete one (mounted at /api).
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { ErrorCode, SESSION_ID_PATTERN } from '../../protocol/errors.ts';
import { mayUse } from '../ownership.ts';
import type { Repository, SessionRecord } from '../storage/repository.ts';
import { jsonError, notFound } from './errors.ts';
import { PageQuery, readJsonBody, readQuery } from './request-input.ts';

export interface SessionRouteDeps {
  repo: Repository;
  /** The owner token the request proves, if any; when it names one, only that owner's sessions are visible. */
  resolveOwner?: (c: Context) => string | null;
  /** Deletes a session, stopping whatever runs in it first; the store's delete when not given. */
  deleteSession?: (id: string) => Promise<boolean>;
}

/** A session as REST shows it: the owner token is a credential and never leaves the server. */
export type PublicSession<S extends SessionRecord = SessionRecord> = Omit<S, 'owner_token'>;

function toPublic<S extends SessionRecord>({ owner_token: _secret, ...session }: S): PublicSession<S> {
  return session;
}

const MAX_TITLE_LENGTH = 200;

/** What a writer may change of a session: its title, one line of text. */
const SessionPatch = z.strictObject({
  title: z
    .string()
    .transform((title) => title.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'A title cannot be empty').max(MAX_TITLE_LENGTH)),
});

/** A page of the caller's sessions; `q` finds the text in their titles or anything said in them. */
const SessionQuery = PageQuery.extend({ q: z.string().trim().max(200).optional() });

export function createSessionRoutes({ repo, resolveOwner, deleteSession }: SessionRouteDeps): Hono {
  const app = new Hono();

  /** The session the request may see, or the error response it gets instead. */
  async function visibleSession(c: Context): Promise<{ session: SessionRecord } | { response: Response }> {
    const id = c.req.param('id') ?? '';
    if (!SESSION_ID_PATTERN.test(id)) {
      return {
        response: jsonError(c, 400, ErrorCode.VALIDATION_ERROR, 'Invalid session id', {
          id: id.slice(0, 200),
          pattern: SESSION_ID_PATTERN.source,
        }),
      };
    }
    const session = await repo.sessions.getSession(id);
    if (!session) return { response: notFound(c, 'Session', id) };
    // Sessions saved without an owner stay open to everyone; an owned one only to its owner, as on the socket.
    if (resolveOwner && !mayUse(session, resolveOwner(c))) {
      return {
        response: jsonError(c, 403, ErrorCode.SESSION_FORBIDDEN, 'This session belongs to someone else', {
          id,
        }),
      };
    }
    return { session };
  }

  app.get('/sessions', async (c) => {
    const query = readQuery(c, SessionQuery);
    if (!query.ok) return query.response;
    const owner = resolveOwner?.(c) ?? null;
    // A caller without an owner token owns nothing to list: ownerless sessions are reached by id, not listed.
    if (resolveOwner && owner === null)
      return c.json({ items: [], total: 0, limit: query.value.limit, offset: query.value.offset });
    const { q, ...paging } = query.value;
    const page = await repo.sessions.listSessions({ ...paging, q: q || undefined, owner_token: owner });
    return c.json({ ...page, items: page.items.map(toPublic) });
  });

  app.get('/sessions/:id', async (c) => {
    const found = await visibleSession(c);
    if ('response' in found) return found.response;
    const [messages, activity] = await Promise.all([
      repo.sessions.listMessages(found.session.id),
      repo.sessions.listActivity(found.session.id),
    ]);
    return c.json({ session: toPublic(found.session), messages, activity });
  });

  app.patch('/sessions/:id', async (c) => {
    const found = await visibleSession(c);
    if ('response' in found) return found.response;
    const patch = await readJsonBody(c, SessionPatch);
    if (!patch.ok) return patch.response;
    await repo.sessions.renameSession(found.session.id, patch.value.title);
    const renamed = await repo.sessions.getSession(found.session.id);
    return c.json(toPublic(renamed ?? { ...found.session, title: patch.value.title }));
  });

  app.delete('/sessions/:id', async (c) => {
    const found = await visibleSession(c);
    if ('response' in found) return found.response;
    await (deleteSession ?? repo.sessions.deleteSession)(found.session.id);
    return c.body(null, 204);
  });

  return app;
}
