// The links of a library item to its neighbours: what it was built on, and what was built on it.
import type { ArtifactKind } from '../../protocol/artifacts.ts';
import type { ArtifactSummary } from '../api/api-client.ts';

type Item = Record<string, unknown> & { id: string };

export interface Link {
  kind: ArtifactKind;
  id: string;
  label: string;
}

/** The artifacts this one was built on, from the server's embedded summaries or the bare ids. */
export function builtOn(kind: ArtifactKind, item: Item): Link[] {
  const links: Link[] = [];
  const add = (target: ArtifactKind, summary: unknown, id: unknown, what: string) => {
    const s = summary as ArtifactSummary | null | undefined;
    const targetId = s?.id ?? (typeof id === 'string' ? id : null);
    if (targetId)
      links.push({ kind: target, id: targetId, label: `${what}: ${s?.title ?? s?.name ?? targetId}` });
  };
  if (kind === 'characters' || kind === 'worlds') add('plots', item.plot, item.plot_id, 'Plot');
  if (kind === 'characters') add('worlds', item.world, item.world_id, 'World');
  if (kind === 'plots') add('authors', item.author, item.author_id, 'Author');
  return links;
}

/** What was built on this item: a plot's worlds and cast, a world's cast. */
export function builtFrom(kind: ArtifactKind, item: Item): Link[] {
  const list = (target: ArtifactKind, value: unknown, what: string): Link[] =>
    (Array.isArray(value) ? (value as ArtifactSummary[]) : []).map((s) => ({
      kind: target,
      id: s.id,
      label: `${what}: ${s.name ?? s.title ?? s.id}`,
    }));
  if (kind === 'plots')
    return [...list('worlds', item.worlds, 'World'), ...list('characters', item.characters, 'Character')];
  if (kind === 'worlds') return list('characters', item.characters, 'Character');
  return [];
}
