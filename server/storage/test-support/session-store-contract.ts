// The SessionStore contract, for any database the repository can open: call it with a factory of fresh repositories.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type ActivityEvent,
  ActivityEvent as ActivityEventSchema,
  TranscriptMessage,
} from '../../../protocol/messages.ts';
import type { NewMessage, Repository } from '../repository.ts';
import type { TestDatabase } from './databases.ts';

const T = '2025-01-28T10:30:00.000Z';
const OWNER = 'owner-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const OTHER_OWNER = 'owner-token-bbbbbbbbbbbbbbbbbbbbbbbbbbbb';

function userMessage(
  sessionId: string,
  id: string,
  content: string,
  clientId: string | null = null,
): NewMessage {
  return {
    id,
    session_id: sessionId,
    turn_id: `turn-${id}`,
    role: 'user',
    agent: null,
    content,
    status: 'complete',
    client_message_id: clientId,
    created_at: T,
  };
}

function agentMessage(sessionId: string, id: string, turnId: string): NewMessage {
  return {
    ...userMessage(sessionId, id, ''),
    turn_id: turnId,
    role: 'agent',
    agent: 'PlotGenerator',
    status: 'streaming',
  };
}

function toolEvent(turnId: string, n: number): ActivityEvent {
  return {
    type: 'tool_execution',
    tool_name: 'save_plot',
    status: 'completed',
    message: `saved ${n}`,
    progress: 1,
    timestamp: T,
    turn_id: turnId,
    tool_call_id: `call-${n}`,
    agent: 'PlotGenerator',
    result: { plot_id: `plot-${n}` },
  };
}

export function sessionStoreContract(database: TestDatabase): void {
  describe(`SessionStore on ${database.name}`, () => {
    afterAll(() => database.release?.());

    let repo: Repository;
    let dispose: () => Promise<void>;

    beforeEach(async () => {
      ({ repo, dispose } = await database.open());
    });
    afterEach(async () => {
      await dispose();
    });

    it('creates a session once and returns the stored one on later calls', async () => {
      const created = await repo.sessions.ensureSession('s1', { owner_token: 'owner-a', model: 'offline' });
      expect(created).toMatchObject({ id: 's1', owner_token: 'owner-a', model: 'offline', title: null });
      const again = await repo.sessions.ensureSession('s1', { owner_token: 'owner-b', model: 'other' });
      expect(again).toEqual(created);
      expect(await repo.sessions.getSession('s1')).toEqual(created);
      expect(await repo.sessions.getSession('missing')).toBeUndefined();
    });

    it('switches the model of a session', async () => {
      await repo.sessions.ensureSession('s1');
      await repo.sessions.setSessionModel('s1', 'anthropic:claude');
      expect((await repo.sessions.getSession('s1'))?.model).toBe('anthropic:claude');
    });

    it('lists sessions most recently active first, with message counts, paged, filtered by owner', async () => {
      await repo.sessions.ensureSession('old', { owner_token: 'a' });
      await repo.sessions.ensureSession('new', { owner_token: 'b' });
      await repo.sessions.ensureSession('ownerless');
      await repo.sessions.insertMessage(userMessage('old', 'm1', 'first'));
      await repo.sessions.insertMessage(userMessage('old', 'm2', 'second'));

      const all = await repo.sessions.listSessions({ limit: 10, offset: 0 });
      expect(all.total).toBe(3);
      expect(all.items.map((s) => [s.id, s.message_count])).toEqual([
        ['old', 2],
        ['ownerless', 0],
        ['new', 0],
      ]);

      const page = await repo.sessions.listSessions({ limit: 1, offset: 1 });
      expect(page).toMatchObject({ total: 3, limit: 1, offset: 1 });
      expect(page.items.map((s) => s.id)).toEqual(['ownerless']);

      const mine = await repo.sessions.listSessions({ owner_token: 'b', limit: 10, offset: 0 });
      expect(mine.items.map((s) => s.id)).toEqual(['new']);
      expect(mine.total).toBe(1);
    });

    it('finds sessions by their title or by anything said in them, ignoring case, typed text taken literally', async () => {
      await repo.sessions.ensureSession('harbour', { owner_token: 'a' });
      await repo.sessions.ensureSession('orchard', { owner_token: 'a' });
      await repo.sessions.ensureSession('theirs', { owner_token: 'b' });
      await repo.sessions.insertMessage(userMessage('harbour', 'h1', 'A lighthouse keeper finds a Ledger'));
      await repo.sessions.insertMessage(userMessage('orchard', 'o1', 'A glass orchard, 100% strange'));
      await repo.sessions.insertMessage(userMessage('theirs', 't1', 'Another ledger'));
      await repo.sessions.renameSession('orchard', 'Songs of glass');

      const find = async (q: string) =>
        (await repo.sessions.listSessions({ owner_token: 'a', limit: 10, offset: 0, q })).items.map(
          (s) => s.id,
        );
      expect(await find('ledger')).toEqual(['harbour']);
      expect(await find('SONGS')).toEqual(['orchard']);
      expect(await find('100%')).toEqual(['orchard']);
      expect(await find('%')).toEqual(['orchard']);
      expect(await find('_')).toEqual([]);
      expect(
        (await repo.sessions.listSessions({ owner_token: 'a', limit: 10, offset: 0, q: 'ledger' })).total,
      ).toBe(1);
    });

    it('titles a session after the start of its first user message only', async () => {
      await repo.sessions.ensureSession('s1');
      await repo.sessions.insertMessage({ ...agentMessage('s1', 'a0', 't0'), content: 'Agent speaks first' });
      expect((await repo.sessions.getSession('s1'))?.title).toBeNull();

      const long = `Create a fantasy novel\nwith   dragons and magic ${'and more '.repeat(20)}`;
      await repo.sessions.insertMessage(userMessage('s1', 'm1', long));
      const title = (await repo.sessions.getSession('s1'))?.title ?? '';
      expect(title.startsWith('Create a fantasy novel with dragons and magic and more')).toBe(true);
      expect(title.length).toBeLessThanOrEqual(80);
      expect(title.endsWith('…')).toBe(true);

      await repo.sessions.insertMessage(userMessage('s1', 'm2', 'Something else'));
      expect((await repo.sessions.getSession('s1'))?.title).toBe(title);
    });

    it('refuses a message for a session that does not exist', async () => {
      await expect(repo.sessions.insertMessage(userMessage('nowhere', 'm1', 'hi'))).rejects.toThrow();
    });

    it('streams text into a message, then finishes it', async () => {
      await repo.sessions.ensureSession('s1');
      await repo.sessions.insertMessage(userMessage('s1', 'u1', 'Write a plot'));
      await repo.sessions.insertMessage(agentMessage('s1', 'a1', 'turn-u1'));
      await repo.sessions.appendToMessages([{ id: 'a1', text: 'Once ', chunk_count: 1 }]);
      await repo.sessions.appendToMessages([{ id: 'a1', text: 'upon ', chunk_count: 2 }]);
      await repo.sessions.appendToMessages([{ id: 'a1', text: 'a time', chunk_count: 3 }]);

      let [user, agent] = await repo.sessions.listMessages('s1');
      expect(user?.content).toBe('Write a plot');
      expect(agent).toMatchObject({ content: 'Once upon a time', chunk_count: 3, status: 'streaming' });

      await repo.sessions.finishMessage('a1', 'stopped');
      [, agent] = await repo.sessions.listMessages('s1');
      expect(agent).toMatchObject({ content: 'Once upon a time', chunk_count: 3, status: 'stopped' });

      await repo.sessions.finishMessage('a1', 'complete', { content: 'The final text', chunk_count: 7 });
      [, agent] = await repo.sessions.listMessages('s1');
      expect(agent).toMatchObject({ content: 'The final text', chunk_count: 7, status: 'complete' });
    });

    it('appends to several streaming messages in one call', async () => {
      await repo.sessions.ensureSession('s1');
      await repo.sessions.ensureSession('s2');
      await repo.sessions.insertMessage(agentMessage('s1', 'a1', 'turn-1'));
      await repo.sessions.insertMessage(agentMessage('s2', 'b1', 'turn-2'));
      await repo.sessions.appendToMessages([
        { id: 'a1', text: 'Dragons ', chunk_count: 1 },
        { id: 'b1', text: 'Detectives ', chunk_count: 4 },
      ]);
      await repo.sessions.appendToMessages([{ id: 'a1', text: 'rise', chunk_count: 2 }]);
      expect((await repo.sessions.listMessages('s1'))[0]).toMatchObject({
        content: 'Dragons rise',
        chunk_count: 2,
      });
      expect((await repo.sessions.listMessages('s2'))[0]).toMatchObject({
        content: 'Detectives ',
        chunk_count: 4,
      });
    });

    it('returns the transcript oldest first as protocol TranscriptMessages', async () => {
      await repo.sessions.ensureSession('s1');
      await repo.sessions.ensureSession('s2');
      await repo.sessions.insertMessage(userMessage('s1', 'm1', 'one', 'c1'));
      await repo.sessions.insertMessage(userMessage('s2', 'other', 'elsewhere'));
      await repo.sessions.insertMessage(agentMessage('s1', 'm2', 'turn-m1'));
      await repo.sessions.insertMessage(userMessage('s1', 'm3', 'three'));

      const messages = await repo.sessions.listMessages('s1');
      expect(messages.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
      for (const message of messages) expect(TranscriptMessage.parse(message)).toEqual(message);
      expect(messages[0]).toEqual({
        id: 'm1',
        turn_id: 'turn-m1',
        role: 'user',
        agent: null,
        content: 'one',
        status: 'complete',
        chunk_count: 0,
        created_at: T,
        client_message_id: 'c1',
      });
      expect(await repo.sessions.listMessages('missing')).toEqual([]);
    });

    it('finds a message by its client id, which is unique within a session', async () => {
      await repo.sessions.ensureSession('s1');
      await repo.sessions.ensureSession('s2');
      await repo.sessions.insertMessage(userMessage('s1', 'm1', 'hello', 'client-1'));
      expect((await repo.sessions.findByClientMessageId('s1', 'client-1'))?.id).toBe('m1');
      expect(await repo.sessions.findByClientMessageId('s1', 'client-2')).toBeUndefined();
      expect(await repo.sessions.findByClientMessageId('s2', 'client-1')).toBeUndefined();

      await expect(
        repo.sessions.insertMessage(userMessage('s1', 'm2', 'again', 'client-1')),
      ).rejects.toThrow();
      await repo.sessions.insertMessage(userMessage('s2', 'm3', 'same id, other session', 'client-1'));
      await repo.sessions.insertMessage(userMessage('s1', 'm4', 'no client id'));
      await repo.sessions.insertMessage(userMessage('s1', 'm5', 'no client id either'));
      expect((await repo.sessions.listMessages('s1')).map((m) => m.id)).toEqual(['m1', 'm4', 'm5']);
    });

    it('keeps activity events and returns the newest ones in the order they happened', async () => {
      await repo.sessions.ensureSession('s1');
      await repo.sessions.ensureSession('s2');
      const events = Array.from({ length: 6 }, (_, n) => toolEvent('turn-1', n));
      for (const event of events) await repo.sessions.appendActivity('s1', event);
      await repo.sessions.appendActivity('s2', toolEvent('turn-2', 99));
      const failure: ActivityEvent = {
        type: 'error',
        error_code: 'AGENT_TIMEOUT',
        message: 'The agent took too long',
        details: { seconds: 30 },
        timestamp: T,
      };
      await repo.sessions.appendActivity('s1', failure);

      const all = await repo.sessions.listActivity('s1');
      expect(all).toEqual([...events, failure]);
      for (const event of all) expect(ActivityEventSchema.parse(event)).toEqual(event);
      expect(await repo.sessions.listActivity('s1', 3)).toEqual([events[4], events[5], failure]);
    });

    it('marks every message left streaming as interrupted and says how many', async () => {
      await repo.sessions.ensureSession('s1');
      await repo.sessions.ensureSession('s2');
      await repo.sessions.insertMessage(agentMessage('s1', 'a1', 't1'));
      await repo.sessions.insertMessage(agentMessage('s2', 'a2', 't2'));
      await repo.sessions.insertMessage(agentMessage('s2', 'a3', 't3'));
      await repo.sessions.finishMessage('a3', 'complete');

      expect(await repo.sessions.markStreamingInterrupted()).toBe(2);
      expect((await repo.sessions.listMessages('s1'))[0]?.status).toBe('interrupted');
      expect((await repo.sessions.listMessages('s2')).map((m) => m.status)).toEqual([
        'interrupted',
        'complete',
      ]);
      expect(await repo.sessions.markStreamingInterrupted()).toBe(0);
    });

    it("deletes a session with its transcript and activity but keeps its artifacts in the owner's library", async () => {
      await repo.sessions.ensureSession('s1', { owner_token: OWNER });
      await repo.sessions.insertMessage(userMessage('s1', 'm1', 'hi'));
      await repo.sessions.appendActivity('s1', toolEvent('turn-m1', 1));
      const author = await repo.artifacts.create(
        'authors',
        { name: 'Ada', biography: 'Writes.', writing_style: 'Terse.' },
        { owner: OWNER, session_id: 's1' },
      );

      expect(await repo.sessions.deleteSession('s1')).toBe(true);
      expect(await repo.sessions.deleteSession('s1')).toBe(false);
      expect(await repo.sessions.getSession('s1')).toBeUndefined();
      expect(await repo.sessions.listMessages('s1')).toEqual([]);
      expect(await repo.sessions.listActivity('s1')).toEqual([]);
      expect((await repo.artifacts.get('authors', author.id))?.session_id).toBeNull();
      const library = await repo.artifacts.list('authors', { owner: OWNER, limit: 10, offset: 0 });
      expect(library.items.map((a) => a.id)).toEqual([author.id]);

      // The message id is free again: the row is gone, not hidden.
      await repo.sessions.ensureSession('s1');
      await repo.sessions.insertMessage(userMessage('s1', 'm1', 'hi again'));
    });

    it('deletes the work of a session opened without an owner along with it, and nothing else', async () => {
      await repo.sessions.ensureSession('plain');
      await repo.sessions.ensureSession('kept');
      const gone = await repo.artifacts.create(
        'plots',
        { title: 'T', logline: 'L', summary: 'S', genre: 'G' },
        { owner: 'session:plain', session_id: 'plain' },
      );
      const kept = await repo.artifacts.create(
        'plots',
        { title: 'K', logline: 'L', summary: 'S', genre: 'G' },
        { owner: 'session:kept', session_id: 'kept' },
      );
      expect(await repo.sessions.deleteSession('plain')).toBe(true);
      expect(await repo.artifacts.get('plots', gone.id)).toBeUndefined();
      expect(await repo.artifacts.get('plots', kept.id)).toBeDefined();
    });

    it('lets the first owner claim an ownerless session nobody has written in, and no one claim it after', async () => {
      await repo.sessions.ensureSession('fresh');
      expect(await repo.sessions.claimSession('fresh', OWNER)).toBe(true);
      expect((await repo.sessions.getSession('fresh'))?.owner_token).toBe(OWNER);
      expect(await repo.sessions.claimSession('fresh', OTHER_OWNER)).toBe(false);

      await repo.sessions.ensureSession('used');
      await repo.sessions.insertMessage(userMessage('used', 'u1', 'hello'));
      expect(await repo.sessions.claimSession('used', OWNER)).toBe(false);
      expect((await repo.sessions.getSession('used'))?.owner_token).toBeNull();
    });

    it('reports a healthy database', async () => {
      expect(await repo.checkIntegrity()).toBe(true);
    });
  });
}
