// REST for the library: list, read, edit and delete plots, characters, worlds and authors (mounted at /api).
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { type ArtifactKind, KINDS, type LibraryPage } from '../../protocol/artifacts.ts';
import { ErrorCode } from '../../protocol/errors.ts';
import type { KindDefinition, KindRegistry } from '../../protocol/kind-definition.ts';
import { mayUseArtifact, sessionOwnerKey } from '../ownership.ts';
import { InvalidCursorError } from '../storage/page-cursor.ts';
import type { Repository } from '../storage/repository.ts';
import { describeArtifact } from './artifact-details.ts';
import { jsonError, notFound } from './errors.ts';
import { PageQuery, readJsonBody, readQuery } from './request-input.ts';

export interface LibraryRouteDeps {
  repo: Repository;
  /**
   * The owner token the request proves, if any. When given, the library holds only the caller's
   * artifacts: those of their own sessions, or of sessions created without an owner when they have none.
   */
  resolveOwner?: (c: Context) => string | null;
  /** The kinds served, each at `/{kind}`; the library's own by default. */
  kinds?: KindRegistry;
}

const Id = z.string().trim().min(1).max(128);

const LibraryQuery = PageQuery.extend({
  genre: z.string().trim().max(200).optional(),
  session_id: Id.optional(),
  q: z.string().trim().max(200).optional(),
  plot_id: Id.optional(),
  world_id: Id.optional(),
  author_id: Id.optional(),
  project_id: Id.optional(),
  /** The `next_cursor` of the page before. */
  cursor: z.string().trim().min(1).max(512).optional(),
  /** `exact` counts every match; by default the total stops at TOTAL_CAP. */
  total: z.enum(['exact', 'capped']).default('capped'),
}).refine((query) => !(query.cursor && query.offset > 0), {
  message: 'give either cursor or offset, not both',
  path: ['cursor'],
});

/**
 * A patch may only point at artifacts of the same owner; says which link names something else. A
 * link to another owner's artifact reads exactly like one to an id that does not exist.
 */
async function foreignLink(
  repo: Repository,
  definition: KindDefinition,
  owner: string,
  patch: Record<string, unknown>,
) {
  for (const [field, kind] of Object.entries(definition.links)) {
    const id = patch[field];
    if (typeof id !== 'string') continue;
    const target = await repo.artifacts.getOwned(kind as ArtifactKind, id);
    if (target?.owner !== owner) return { field, id, kind };
  }
  return undefined;
}

export function createLibraryRoutes({ repo, resolveOwner, kinds = KINDS }: LibraryRouteDeps): Hono {
  const app = new Hono();
  const singular = (kind: string) => capitalize(kinds[kind]?.names.one ?? kind);

  for (const definition of Object.values<KindDefinition>(kinds)) {
    const kind = definition.kind as ArtifactKind;
    // Strict, so a misspelt field is reported instead of silently ignored.
    const patchSchema = definition.patch.strict();
    // Another owner's artifact is not in this caller's library: it answers as missing.
    const findOr404 = async (c: Context, id: string) => {
      const found = await repo.artifacts.getOwned(kind, id);
      if (found && (!resolveOwner || mayUseArtifact(found.owner, resolveOwner(c)))) return found;
      return { response: notFound(c, singular(kind), id) };
    };

    app.get(`/${kind}`, async (c) => {
      const query = readQuery(c, LibraryQuery);
      if (!query.ok) return query.response;
      const { genre, q, total, ...rest } = query.value;
      // A writer lists their own library; a caller without an owner token only the session it names.
      const caller = resolveOwner ? resolveOwner(c) : undefined;
      const owner =
        caller ?? (caller === null && rest.session_id ? sessionOwnerKey(rest.session_id) : undefined);
      if (caller === null && owner === undefined) {
        const empty: LibraryPage<never> = {
          items: [],
          total: 0,
          total_capped: false,
          limit: rest.limit,
          offset: rest.offset,
          next_cursor: null,
        };
        return c.json(empty);
      }
      try {
        // An empty ?genre= or ?q= means no filter rather than "matches nothing".
        return c.json(
          await repo.artifacts.list(kind, {
            ...rest,
            owner,
            genre: genre || undefined,
            q: q || undefined,
            exact_total: total === 'exact',
          }),
        );
      } catch (error) {
        if (!(error instanceof InvalidCursorError)) throw error;
        return jsonError(
          c,
          400,
          ErrorCode.VALIDATION_ERROR,
          `Invalid query field "cursor": ${error.message}`,
          {
            issues: [{ path: ['cursor'], code: 'invalid_cursor', message: error.message }],
          },
        );
      }
    });

    app.get(`/${kind}/:id`, async (c) => {
      const found = await findOr404(c, c.req.param('id'));
      if ('response' in found) return found.response;
      return c.json(await describeArtifact(repo, kind, found.artifact, found.owner));
    });

    app.patch(`/${kind}/:id`, async (c) => {
      const id = c.req.param('id');
      const found = await findOr404(c, id);
      if ('response' in found) return found.response;
      const patch = await readJsonBody(c, patchSchema);
      if (!patch.ok) return patch.response;
      const foreign = await foreignLink(repo, definition, found.owner, patch.value);
      if (foreign) return notFound(c, singular(foreign.kind), foreign.id);
      const updated = await repo.artifacts.update(kind, id, patch.value);
      if (!updated) return notFound(c, singular(kind), id);
      return c.json(await describeArtifact(repo, kind, updated, found.owner));
    });

    app.delete(`/${kind}/:id`, async (c) => {
      const id = c.req.param('id');
      const found = await findOr404(c, id);
      if ('response' in found) return found.response;
      if (!(await repo.artifacts.delete(kind, id))) return notFound(c, singular(kind), id);
      return c.body(null, 204);
    });
  }

  return app;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
