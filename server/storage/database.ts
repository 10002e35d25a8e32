// The tables as Kysely sees them: text ids, ISO 8601 text timestamps, JSON kept as text, so the schema ports to PostgreSQL.
import type { Generated } from 'kysely';

export interface SessionsTable {
  id: string;
  model: string | null;
  owner_token: string | null;
  title: string | null;
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

interface ArtifactColumns {
  id: string;
  /**
   * Whose it is, recorded when it is made: the writer's owner token, or `session:<id>` for work made
   * in a session opened without one. Never shown outside the server.
   */
  owner: string;
  /** The session it was made in; NULL once that session is deleted. */
  session_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlotsTable extends ArtifactColumns {
  author_id: string | null;
  title: string;
  logline: string;
  summary: string;
  genre: string;
  subgenre: string;
  tone: string;
  /** JSON array of strings. */
  themes: string;
  target_audience: string;
  /** JSON array of acts. */
  acts: string;
}

export interface CharactersTable extends ArtifactColumns {
  plot_id: string | null;
  world_id: string | null;
  name: string;
  role: string;
  description: string;
  backstory: string;
  /** JSON array of strings. */
  motivations: string;
  arc: string;
  /** JSON array of relationships. */
  relationships: string;
}

export interface WorldsTable extends ArtifactColumns {
  plot_id: string | null;
  name: string;
  type: string;
  overview: string;
  geography: string;
  politics: string;
  cultures: string;
  economy: string;
  history: string;
  magic_or_technology: string;
  languages: string;
  religions: string;
  /** JSON array of strings. */
  unique_elements: string;
}

export interface AuthorsTable extends ArtifactColumns {
  name: string;
  pen_name: string;
  biography: string;
  writing_style: string;
  /** JSON array of strings. */
  genres: string;
}

export interface Database {
  sessions: SessionsTable;
  messages: MessagesTable;
  activity: ActivityTable;
  plots: PlotsTable;
  characters: CharactersTable;
  worlds: WorldsTable;
  authors: AuthorsTable;
}
