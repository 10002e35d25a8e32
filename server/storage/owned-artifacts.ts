// The library as one owner sees it: what agents are given, so no tool can read, change or link another owner's work.
import { type ArtifactKind, KINDS } from '../../protocol/artifacts.ts';
import type { ArtifactLinks, ArtifactStore } from './repository.ts';

/** Every link column any kind has, and the kind it points at. */
const LINK_KINDS = Object.assign({}, ...Object.values(KINDS).map((definition) => definition.links)) as Record<
  string,
  ArtifactKind
>;

/**
 * A view of `store` holding only `owner`'s artifacts: others' answer as missing, lists are filtered,
 * new artifacts are the owner's, and a link to anything the owner cannot see is refused as missing.
 */
export function ownedArtifacts(store: ArtifactStore, owner: string): ArtifactStore {
  const getOwned: ArtifactStore['getOwned'] = async (kind, id) => {
    const found = await store.getOwned(kind, id);
    return found?.owner === owner ? found : undefined;
  };
  const owns = async (kind: ArtifactKind, id: string) => (await getOwned(kind, id)) !== undefined;

  /** Links to artifacts the owner cannot see are dropped, as if they named nothing. */
  async function ownLinks<T extends object>(fields: T): Promise<T> {
    const kept = { ...fields } as Record<string, unknown>;
    for (const [field, kind] of Object.entries(LINK_KINDS)) {
      const id = kept[field];
      if (typeof id === 'string' && !(await owns(kind, id))) kept[field] = null;
    }
    return kept as T;
  }
  const linksFor = async (links: ArtifactLinks): Promise<ArtifactLinks> => ({
    ...(await ownLinks(links)),
    owner,
  });

  return {
    create: async (kind, input, links) => store.create(kind, input, await linksFor(links)),
    getOwned,
    get: async (kind, id) => (await getOwned(kind, id))?.artifact,
    list: (kind, query) => store.list(kind, { ...query, owner }),
    async update(kind, id, patch) {
      if (!(await owns(kind, id))) return undefined;
      return store.update(kind, id, await ownLinks(patch));
    },
    async delete(kind, id) {
      return (await owns(kind, id)) && store.delete(kind, id);
    },
  };
}
