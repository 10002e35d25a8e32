// Reads what a session already has in the library: the orchestrator's catalog and the latest artifact of a kind.
import type { ArtifactByKind, ArtifactKind } from '../../protocol/artifacts.ts';
import type { ArtifactStore } from '../storage/repository.ts';
import type { ArtifactSummary } from './contract.ts';

/** Enough for a long session; the catalog is a routing aid, not the library itself. */
const PER_KIND = 50;

async function listInSession<K extends ArtifactKind>(
  artifacts: ArtifactStore,
  kind: K,
  sessionId: string,
): Promise<ArtifactByKind[K][]> {
  const page = await artifacts.list(kind, { session_id: sessionId, limit: PER_KIND, offset: 0 });
  // Oldest first whatever order the store returns, so "latest" is always the last.
  return [...page.items].sort((a, b) => a.created_at.localeCompare(b.created_at));
}

export async function loadSessionCatalog(
  artifacts: ArtifactStore,
  sessionId: string,
): Promise<ArtifactSummary[]> {
  const [plots, worlds, characters, authors] = await Promise.all([
    listInSession(artifacts, 'plots', sessionId),
    listInSession(artifacts, 'worlds', sessionId),
    listInSession(artifacts, 'characters', sessionId),
    listInSession(artifacts, 'authors', sessionId),
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
  ];
}

export async function latestInSession<K extends ArtifactKind>(
  artifacts: ArtifactStore,
  kind: K,
  sessionId: string,
  accept: (artifact: ArtifactByKind[K]) => boolean = () => true,
): Promise<ArtifactByKind[K] | undefined> {
  return (await listInSession(artifacts, kind, sessionId)).filter(accept).at(-1);
}

export async function listAllInSession<K extends ArtifactKind>(
  artifacts: ArtifactStore,
  kind: K,
  sessionId: string,
): Promise<ArtifactByKind[K][]> {
  return listInSession(artifacts, kind, sessionId);
}
