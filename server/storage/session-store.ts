// Sessions, their transcript and their activity log, stored through Kysely.
import { type Kysely, sql } from 'kysely';
import { ARTIFACT_KINDS, type ArtifactKind } from '../../protocol/artifacts.ts';
import type { ActivityEvent, MessageStatus, TranscriptMessage } from '../../protocol/messages.ts';
import { sessionOwnerKey } from '../ownership.ts';
import type { TimestampClock } from './clock.ts';
import type { Database, MessagesTable } from './database.ts';
import type { SessionRecord, SessionStore } from './repository.ts';

const TITLE_LENGTH = 80;

/** A session's title is the start of its first user message, on one line. */
function titleFrom(content: string): string | null {
  const line = content.replace(/\s+/g, ' ').trim();
  if (line === '') return null;
  return line.length <= TITLE_LENGTH ? line : `${line.slice(0, TITLE_LENGTH - 1).trimEnd()}…`;
}

type MessageRow = Pick<
  MessagesTable,
  | 'id'
  | 'turn_id'
  | 'role'
  | 'agent'
  | 'content'
  | 'status'
  | 'chunk_count'
  | 'created_at'
  | 'client_message_id'
>;

const MESSAGE_COLUMNS = [
  'id',
  'turn_id',
  'role',
  'agent',
  'content',
  'status',
  'chunk_count',
  'created_at',
  'client_message_id',
] as const;

function toTranscriptMessage(row: MessageRow): TranscriptMessage {
  return { ...row, status: row.status as MessageStatus };
}

export function createSessionStore(
  db: Kysely<Database>,
  now: TimestampClock,
  /** The library's tables: work a session made without an owner goes with it. */
  kindTables: readonly string[] = ARTIFACT_KINDS,
): SessionStore {
  async function getSession(id: string): Promise<SessionRecord | undefined> {
    return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  return {
    async ensureSession(id, init) {
      const at = now();
      await db
        .insertInto('sessions')
        .values({
          id,
          model: init?.model ?? null,
          owner_token: init?.owner_token ?? null,
          title: null,
          created_at: at,
          updated_at: at,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      const session = await getSession(id);
      if (!session) throw new Error(`Session ${id} vanished right after it was created`);
      return session;
    },

    getSession,

    async listSessions({ owner_token, limit, offset, q }) {
      let base = db.selectFrom('sessions');
      if (owner_token) base = base.where('owner_token', '=', owner_token);
      const text = q?.trim().toLowerCase();
      if (text) {
        // Case folded the same way on both dialects; % and _ typed by the writer are literal.
        const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        const contains = (column: string) =>
          sql<boolean>`lower(${sql.ref(column)}) LIKE ${pattern} ESCAPE '\\'`;
        base = base.where((eb) =>
          eb.or([
            contains('sessions.title'),
            eb.exists(
              eb
                .selectFrom('messages')
                .select('messages.id')
                .whereRef('messages.session_id', '=', 'sessions.id')
                .where(contains('messages.content')),
            ),
          ]),
        );
      }
      const [items, count] = await Promise.all([
        base
          .selectAll('sessions')
          .select((eb) =>
            eb
              .selectFrom('messages')
              .select((m) => m.fn.countAll<number>().as('n'))
              .whereRef('messages.session_id', '=', 'sessions.id')
              .as('message_count'),
          )
          .orderBy('updated_at', 'desc')
          .orderBy('id')
          .limit(limit)
          .offset(offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ]);
      return {
        items: items.map((s) => ({ ...s, message_count: Number(s.message_count ?? 0) })),
        total: Number(count.total),
        limit,
        offset,
      };
    },

    async setSessionModel(id, model) {
      await db.updateTable('sessions').set({ model, updated_at: now() }).where('id', '=', id).execute();
    },

    async renameSession(id, title) {
      await db.updateTable('sessions').set({ title }).where('id', '=', id).execute();
    },

    async claimSession(id, owner) {
      await db
        .updateTable('sessions')
        .set({ owner_token: owner })
        .where('id', '=', id)
        .where('owner_token', 'is', null)
        .where((eb) => eb.not(eb.exists(eb.selectFrom('messages').select('id').where('session_id', '=', id))))
        .execute();
      return (await getSession(id))?.owner_token === owner;
    },

    async setProject(id, projectId) {
      const result = await db
        .updateTable('sessions')
        .set({ project_id: projectId, updated_at: now() })
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async leaveProject(projectId) {
      await db
        .updateTable('sessions')
        .set({ project_id: null })
        .where('project_id', '=', projectId)
        .execute();
    },

    async deleteSession(id) {
      return db.transaction().execute(async (tx) => {
        // Work made without an owner token belongs to its session: nobody could reach it afterwards.
        const sessionKey = sessionOwnerKey(id);
        for (const table of kindTables) {
          await tx
            .deleteFrom(table as ArtifactKind)
            .where('owner', '=', sessionKey)
            .execute();
        }
        const result = await tx.deleteFrom('sessions').where('id', '=', id).executeTakeFirst();
        return result.numDeletedRows > 0n;
      });
    },

    async insertMessage(message) {
      const at = now();
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto('messages')
          .values({ ...message, chunk_count: 0, updated_at: at })
          .execute();
        const title = message.role === 'user' ? titleFrom(message.content) : null;
        let touch = tx.updateTable('sessions').where('id', '=', message.session_id);
        touch = title
          ? touch.set((eb) => ({ updated_at: at, title: eb.fn.coalesce('title', eb.val(title)) }))
          : touch.set({ updated_at: at });
        await touch.execute();
      });
    },

    // On the streaming hot path: one transaction per flush, one UPDATE per reply, no read.
    async appendToMessages(appends) {
      if (appends.length === 0) return;
      await db.transaction().execute(async (tx) => {
        const at = now();
        for (const { id, text, chunk_count } of appends) {
          await tx
            .updateTable('messages')
            .set((eb) => ({ content: eb('content', '||', text), chunk_count, updated_at: at }))
            .where('id', '=', id)
            .execute();
        }
      });
    },

    async finishMessage(id, status, final) {
      await db
        .updateTable('messages')
        .set({ status, updated_at: now(), ...(final ?? {}) })
        .where('id', '=', id)
        .execute();
    },

    async listMessages(sessionId) {
      const rows = await db
        .selectFrom('messages')
        .select(MESSAGE_COLUMNS)
        .where('session_id', '=', sessionId)
        .orderBy('seq')
        .execute();
      return rows.map(toTranscriptMessage);
    },

    async findByClientMessageId(sessionId, clientMessageId) {
      const row = await db
        .selectFrom('messages')
        .select(MESSAGE_COLUMNS)
        .where('session_id', '=', sessionId)
        .where('client_message_id', '=', clientMessageId)
        .executeTakeFirst();
      return row && toTranscriptMessage(row);
    },

    async appendActivity(sessionId, event) {
      await db
        .insertInto('activity')
        .values({
          session_id: sessionId,
          turn_id: event.turn_id ?? null,
          type: event.type,
          payload: JSON.stringify(event),
          created_at: now(),
        })
        .execute();
    },

    async listActivity(sessionId, limit = 500) {
      const newestFirst = await db
        .selectFrom('activity')
        .select('payload')
        .where('session_id', '=', sessionId)
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return newestFirst.reverse().map((row) => JSON.parse(row.payload) as ActivityEvent);
    },

    async sessionsStreaming(agent) {
      const rows = await db
        .selectFrom('messages')
        .select('session_id')
        .distinct()
        .where('status', '=', 'streaming')
        .where('agent', '=', agent)
        .execute();
      return rows.map((row) => row.session_id);
    },

    async markStreamingInterrupted() {
      const result = await db
        .updateTable('messages')
        .set({ status: 'interrupted', updated_at: now() })
        .where('status', '=', 'streaming')
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
