// The storage seam: what the rest of the server may ask of the database, whatever the dialect.

import type { z } from 'zod';
import type { ArtifactByKind, ArtifactKind, KINDS, LibraryPage, Page } from '../../protocol/artifacts.ts';
import type { ActivityEvent, MessageStatus, TranscriptMessage } from '../../protocol/messages.ts';

export interface SessionRecord {
  id: string;
  model: string | null;
  owner_token: string | null;
  title: string | null;
  /** The book it belongs to; null until its first plot makes one or the writer picks one. */
  project_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionSummary extends SessionRecord {
  message_count: number;
}

export interface NewMessage {
  id: string;
  session_id: string;
  turn_id: string;
  role: 'user' | 'agent';
  agent: string | null;
  content: string;
  status: MessageStatus;
  client_message_id: string | null;
  created_at: string;
}

export interface SessionStore {
  /** Creates the session on first use; returns it either way. */
  ensureSession(
    id: string,
    init?: { owner_token?: string | null; model?: string | null },
  ): Promise<SessionRecord>;
  getSession(id: string): Promise<SessionRecord | undefined>;
  /** Puts the session in a project (or takes it out with null); false when there is no such session. */
  setProject(id: string, projectId: string | null): Promise<boolean>;
  /** Takes every session of a deleted project out of it. */
  leaveProject(projectId: string): Promise<void>;
  listSessions(query: {
    owner_token?: string | null;
    limit: number;
    offset: number;
    /** Only sessions whose title or messages contain this text, ignoring case. */
    q?: string;
  }): Promise<Page<SessionSummary>>;
  setSessionModel(id: string, model: string): Promise<void>;
  /** Names the session; a later first message no longer titles it. */
  renameSession(id: string, title: string): Promise<void>;
  /**
   * Gives an ownerless session with no messages to `owner`; true when the session is now theirs.
   * A session someone has written in keeps the owner it had.
   */
  claimSession(id: string, owner: string): Promise<boolean>;
  /**
   * Deletes the session with its transcript. Its artifacts stay in their owner's library; those of
   * a session opened without an owner token belong to the session and go with it.
   */
  deleteSession(id: string): Promise<boolean>;

  /** Inserts a user message or the start of an agent message. */
  insertMessage(message: NewMessage): Promise<void>;
  /**
   * Appends streamed text to messages and records how many chunks each now holds, in one
   * transaction: a write-behind flush of many streaming replies costs one commit.
   */
  appendToMessages(appends: ReadonlyArray<{ id: string; text: string; chunk_count: number }>): Promise<void>;
  /** Ends a message: its final status and, when given, its final content and chunk count. */
  finishMessage(
    id: string,
    status: MessageStatus,
    final?: { content: string; chunk_count: number },
  ): Promise<void>;
  /** The whole transcript of a session, oldest first. */
  listMessages(sessionId: string): Promise<TranscriptMessage[]>;
  /** Whether this session already accepted a message with this client id. */
  findByClientMessageId(sessionId: string, clientMessageId: string): Promise<TranscriptMessage | undefined>;

  appendActivity(sessionId: string, event: ActivityEvent): Promise<void>;
  listActivity(sessionId: string, limit?: number): Promise<ActivityEvent[]>;

  /** At start-up: every message still marked streaming was cut off by a crash; mark it interrupted. */
  /** Sessions with a reply by `agent` still marked streaming: cut off by the last shutdown. */
  sessionsStreaming(agent: string): Promise<string[]>;
  markStreamingInterrupted(): Promise<number>;
}

export interface ArtifactQuery {
  session_id?: string;
  genre?: string;
  /**
   * Full-text search over the artifact's searched fields: every word must appear, each also as the
   * start of a longer word; case and accents are ignored. Newest first, like the plain list.
   */
  q?: string;
  /**
   * Only items linked to this one, by a link column of the kind (`plot_id`: worlds and characters built
   * on the plot; `world_id`, `author_id`, …); a kind ignores the links it does not have.
   */
  [link: `${string}_id`]: string | undefined;
  /** Only artifacts owned by this key (see `ownerKeyOf`). Omitted: no ownership filter. */
  owner?: string;
  limit: number;
  offset: number;
  /** The `next_cursor` of the page before: the page starts after its last item. */
  cursor?: string;
  /** Count every match instead of stopping at the cap (TOTAL_CAP). */
  exact_total?: boolean;
}

export interface ArtifactLinks {
  /** Whose the new artifact is: the owner key of the session it is made in. */
  owner: string;
  session_id: string | null;
  plot_id?: string | null;
  world_id?: string | null;
  author_id?: string | null;
  /** The book it belongs to, when the session has one. */
  project_id?: string | null;
}

export interface ArtifactStore {
  /** Validates `input` with the kind's schema, stores it and returns it as stored. */
  create<K extends ArtifactKind>(
    kind: K,
    input: z.input<(typeof KINDS)[K]['input']>,
    links: ArtifactLinks,
  ): Promise<ArtifactByKind[K]>;
  get<K extends ArtifactKind>(kind: K, id: string): Promise<ArtifactByKind[K] | undefined>;
  /** The artifact with its owner key, for the callers that decide who may see it. */
  getOwned<K extends ArtifactKind>(
    kind: K,
    id: string,
  ): Promise<{ artifact: ArtifactByKind[K]; owner: string } | undefined>;
  /** Throws InvalidCursorError when `cursor` is not one this list gave out. */
  list<K extends ArtifactKind>(kind: K, query: ArtifactQuery): Promise<LibraryPage<ArtifactByKind[K]>>;
  /** Applies an already validated partial update; returns the updated artifact, or undefined if missing. */
  update<K extends ArtifactKind>(
    kind: K,
    id: string,
    patch: Partial<ArtifactByKind[K]>,
  ): Promise<ArtifactByKind[K] | undefined>;
  delete(kind: ArtifactKind, id: string): Promise<boolean>;
}

/** A scene's prose as stored: keyed by its outline node's id. */
export interface SceneRecord {
  id: string;
  owner: string;
  project_id: string;
  outline_id: string;
  text: string;
  status: 'drafting' | 'drafted' | 'edited';
  word_count: number;
  created_at: string;
  updated_at: string;
}

export interface SceneStore {
  /** The prose written so far for an outline's scenes; scenes never written have none. */
  listForOutline(outlineId: string): Promise<SceneRecord[]>;
  get(id: string): Promise<SceneRecord | undefined>;
  /** Writes a scene's whole text (a draft, a regeneration or the writer's edit), counting its words. */
  put(scene: Omit<SceneRecord, 'word_count' | 'created_at' | 'updated_at'>): Promise<SceneRecord>;
  /** Forgets the prose of the given scenes (e.g. ones deleted from the outline). */
  delete(ids: readonly string[]): Promise<void>;
}

export interface Repository {
  sessions: SessionStore;
  artifacts: ArtifactStore;
  scenes: SceneStore;
  /** Runs PRAGMA integrity_check (or the dialect's equivalent); true when healthy. */
  checkIntegrity(): Promise<boolean>;
  close(): Promise<void>;
}
