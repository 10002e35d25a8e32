// The tables as Kysely sees them: text ids, ISO 8601 text timestamps, JSON kept as text, so the schema ports to PostgreSQL.
import type { Generated } from 'kysely';
import type { ArtifactByKind, ArtifactKind } from '../../protocol/artifacts.ts';

export interface SessionsTable {
  id: string;
  model: string | null;
  owner_token: string | null;
  title: string | null;
  /** The book it belongs to; NULL until its first plot makes one or the writer picks one. */
  project_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface MessagesTable {
  /** Insertion order: the transcript is read back by it. */
  seq: Generated<number>;
  id: string;
  session_id: string;
  turn_id: string;
  role: 'user' | 'agent';
  agent: string | null;
  content: string;
  status: string;
  chunk_count: number;
  client_message_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ActivityTable {
  id: Generated<number>;
  session_id: string;
  turn_id: string | null;
  type: string;
  /** The whole protocol event as JSON. */
  payload: string;
  created_at: string;
}

/**
 * A kind's table, read off the artifact the protocol describes: text stays text, lists and nested
 * objects are JSON text, and every row has its owner, whose it is, recorded when it is made: the
 * writer's owner token, or `session:<id>` for work made in a session opened without one. Never shown
 * outside the server. `session_id` is the session it was made in, NULL once that session is deleted.
 */
export type ArtifactTable<K extends ArtifactKind> = {
  [Column in keyof ArtifactByKind[K]]: ArtifactByKind[K][Column] extends string | null
    ? ArtifactByKind[K][Column]
    : string;
} & { owner: string };

export type PlotsTable = ArtifactTable<'plots'>;
export type CharactersTable = ArtifactTable<'characters'>;
export type WorldsTable = ArtifactTable<'worlds'>;
export type AuthorsTable = ArtifactTable<'authors'>;
export type ProjectsTable = ArtifactTable<'projects'>;
export type OutlinesTable = ArtifactTable<'outlines'>;

/** A scene's prose, keyed by its outline node; a scene with no row is still planned. */
export interface ScenesTable {
  /** The outline scene's id. */
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

export interface Database {
  sessions: SessionsTable;
  messages: MessagesTable;
  activity: ActivityTable;
  plots: PlotsTable;
  characters: CharactersTable;
  worlds: WorldsTable;
  authors: AuthorsTable;
  projects: ProjectsTable;
  outlines: OutlinesTable;
  scenes: ScenesTable;
}
