// Reads what a book already has in the library (its project's, or before it has one its session's): the orchestrator's catalog and the latest of a kind.
import type { ArtifactByKind, ArtifactKind } from '../../protocol/artifacts.ts';
import type { ArtifactStore } from '../storage/repository.ts';
import type { ArtifactSummary } from './contract.ts';

/** Enough for a long session; the catalog is a routing aid, not the library itself. */
const PER_KIND = 50;

/** Where a turn's library is: the session's project when it has one, otherwise the session itself. */
export type LibraryScope = { project_id: string } | { session_id: string };

export function scopeOf(sessionId: string, projectId: string | null | undefined): LibraryScope {
  return projectId ? { project_id: projectId } : { session_id: sessionId };
}

async function listInSession<K extends ArtifactKind>(
  artifacts: ArtifactStore,
  kind: K,
  scope: LibraryScope,
): Promise<ArtifactByKind[K][]> {
  const page = await artifacts.list(kind, { ...scope, limit: PER_KIND, offset: 0 });
  // Oldest first whatever order the store returns, so "latest" is always the last.
  return [...page.items].sort((a, b) => a.created_at.localeCompare(b.created_at));
}

export async function loadSessionCatalog(
  artifacts: ArtifactStore,
  scope: LibraryScope,
): Promise<ArtifactSummary[]> {
  const [plots, worlds, characters, authors, outlines] = await Promise.all([
    listInSession(artifacts, 'plots', scope),
    listInSession(artifacts, 'worlds', scope),
    listInSession(artifacts, 'characters', scope),
    listInSession(artifacts, 'authors', scope),
    listInSession(artifacts, 'outlines', scope),
  ]);
  return [
    ...plots.map((p) => ({ kind: 'plots' as const, id: p.id, label: p.title, detail: p.genre })),
    ...worlds.map((w) => ({ kind: 'worlds' as const, id: w.id, label: w.name, detail: w.type })),
    ...characters.map((c) => ({ kind: 'characters' as const, id: c.id, label: c.name, detail: c.role })),
    ...authors.map((a) => ({
      kind: 'authors' as const,
      id: a.id,
      label: a.name,
      detail: a.pen_name || undefined,
    })),
    ...outlines.map((o) => ({
      kind: 'outlines' as const,
      id: o.id,
      label: o.title,
      detail: `${o.acts.reduce((sum, act) => sum + act.chapters.length, 0)} chapters`,
    })),
  ];
}

export async function latestInSession<K extends ArtifactKind>(
  artifacts: ArtifactStore,
  kind: K,
  scope: LibraryScope,
  accept: (artifact: ArtifactByKind[K]) => boolean = () => true,
): Promise<ArtifactByKind[K] | undefined> {
  return (await listInSession(artifacts, kind, scope)).filter(accept).at(-1);
}

export async function listAllInSession<K extends ArtifactKind>(
  artifacts: ArtifactStore,
  kind: K,
  scope: LibraryScope,
): Promise<ArtifactByKind[K][]> {
  return listInSession(artifacts, kind, scope);
}
