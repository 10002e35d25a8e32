// The REST client of the web app: JSON in and out, and the server's { error: { code, message } } as ApiError.
import { z } from 'zod';
import type { ArtifactByKind, ArtifactKind, LibraryPage, Project } from '../../protocol/artifacts.ts';
import { ErrorCode } from '../../protocol/errors.ts';
import { ModelInfo } from '../../protocol/messages.ts';
import type { ProjectManuscript } from '../../protocol/projects.ts';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details: Record<string, unknown> = {},
    /** The id a server fault was logged under, for the writer to quote in a report. */
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
    request_id: z.string().optional(),
  }),
});

const ModelList = z.object({ models: z.array(ModelInfo), default: z.string().nullable() });
export type ModelList = z.infer<typeof ModelList>;

export const SessionListItem = z.looseObject({
  id: z.string(),
  title: z.string().nullable().optional(),
  updated_at: z.string(),
  message_count: z.number().optional(),
});
export type SessionListItem = z.infer<typeof SessionListItem>;
const SessionPage = z.object({
  items: z.array(SessionListItem),
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
});

/** A short reference to a related artifact, as the server embeds it (a character's plot and world). */
export interface ArtifactSummary {
  id: string;
  title?: string;
  name?: string;
}

export type ArtifactWithLinks<K extends ArtifactKind> = ArtifactByKind[K] & {
  plot?: ArtifactSummary | null;
  world?: ArtifactSummary | null;
  author?: ArtifactSummary | null;
};

export interface ArtifactListQuery {
  q?: string;
  genre?: string;
  session_id?: string;
  /** Only the items of this book. */
  project_id?: string;
  limit?: number;
  offset?: number;
  /** The `next_cursor` of the page before. */
  cursor?: string;
}

export function createApiClient(fetchFn: typeof fetch, baseUrl = '') {
  async function request(method: string, path: string, body?: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await fetchFn(`${baseUrl}${path}`, {
        method,
        headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch (error) {
      throw new ApiError('NETWORK_ERROR', `The server could not be reached (${(error as Error).message})`, 0);
    }
    const text = await response.text();
    let value: unknown = null;
    if (text) {
      try {
        value = JSON.parse(text);
      } catch {
        throw new ApiError(
          ErrorCode.INTERNAL_ERROR,
          `The server sent something that is not JSON`,
          response.status,
        );
      }
    }
    if (!response.ok) {
      const parsed = ErrorBody.safeParse(value);
      if (parsed.success) {
        const { code, message, details, request_id } = parsed.data.error;
        throw new ApiError(code, message, response.status, details ?? {}, request_id);
      }
      throw new ApiError(
        ErrorCode.INTERNAL_ERROR,
        `Request failed with status ${response.status}`,
        response.status,
      );
    }
    return value;
  }

  function query(params: Record<string, string | number | undefined>): string {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && value !== '') search.set(key, String(value));
    }
    const text = search.toString();
    return text ? `?${text}` : '';
  }

  function shaped<T>(schema: z.ZodType<T>, value: unknown): T {
    const parsed = schema.safeParse(value);
    if (!parsed.success)
      throw new ApiError(ErrorCode.INTERNAL_ERROR, 'The server sent an unexpected answer', 200);
    return parsed.data;
  }

  return {
    listModels: async (): Promise<ModelList> => shaped(ModelList, await request('GET', '/api/models')),
    listSessions: async (limit = 30, offset = 0, q?: string) =>
      shaped(SessionPage, await request('GET', `/api/sessions${query({ limit, offset, q })}`)),
    renameSession: async (id: string, title: string) =>
      shaped(SessionListItem, await request('PATCH', `/api/sessions/${encodeURIComponent(id)}`, { title })),
    deleteSession: async (id: string): Promise<void> => {
      await request('DELETE', `/api/sessions/${encodeURIComponent(id)}`);
    },
    /** Resolves when the session may be opened by this browser (or is new); rejects with SESSION_FORBIDDEN if not. */
    checkSession: async (id: string): Promise<'exists' | 'new'> => {
      try {
        await request('GET', `/api/sessions/${encodeURIComponent(id)}`);
        return 'exists';
      } catch (error) {
        if (error instanceof ApiError && error.code === ErrorCode.NOT_FOUND) return 'new';
        throw error;
      }
    },
    listArtifacts: async <K extends ArtifactKind>(kind: K, params: ArtifactListQuery = {}) => {
      const page = (await request('GET', `/api/${kind}${query({ ...params })}`)) as LibraryPage<
        ArtifactWithLinks<K>
      >;
      if (!page || !Array.isArray(page.items)) {
        throw new ApiError(ErrorCode.INTERNAL_ERROR, 'The server sent an unexpected answer', 200);
      }
      return page;
    },
    getArtifact: async <K extends ArtifactKind>(kind: K, id: string) =>
      (await request('GET', `/api/${kind}/${encodeURIComponent(id)}`)) as ArtifactWithLinks<K>,
    updateArtifact: async <K extends ArtifactKind>(kind: K, id: string, patch: Record<string, unknown>) =>
      (await request('PATCH', `/api/${kind}/${encodeURIComponent(id)}`, patch)) as ArtifactWithLinks<K>,
    deleteArtifact: async (kind: ArtifactKind, id: string): Promise<void> => {
      await request('DELETE', `/api/${kind}/${encodeURIComponent(id)}`);
    },
    /** The project the session belongs to, or null before it has one. */
    sessionProject: async (sessionId: string): Promise<string | null> => {
      try {
        const found = (await request('GET', `/api/sessions/${encodeURIComponent(sessionId)}`)) as {
          session?: { project_id?: string | null };
        };
        return found.session?.project_id ?? null;
      } catch (error) {
        if (error instanceof ApiError && error.code === ErrorCode.NOT_FOUND) return null;
        throw error;
      }
    },
    listProjects: async () =>
      (await request('GET', `/api/projects${query({ limit: 50 })}`)) as LibraryPage<Project>,
    getManuscript: async (projectId: string) =>
      (await request(
        'GET',
        `/api/projects/${encodeURIComponent(projectId)}/manuscript`,
      )) as ProjectManuscript,
    editScene: async (projectId: string, sceneId: string, text: string) => {
      await request(
        'PUT',
        `/api/projects/${encodeURIComponent(projectId)}/scenes/${encodeURIComponent(sceneId)}`,
        { text },
      );
    },
    /** A new session in the project, for a second conversation about the same book. */
    newProjectSession: async (projectId: string) =>
      (await request('POST', `/api/projects/${encodeURIComponent(projectId)}/sessions`)) as { id: string },
    exportUrl: (projectId: string, format: 'epub' | 'docx' | 'pdf' | 'md') =>
      `${baseUrl}/api/projects/${encodeURIComponent(projectId)}/export?format=${format}`,
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
