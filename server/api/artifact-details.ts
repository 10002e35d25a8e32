// An artifact as the library's detail view shows it: with short summaries of what it was built on and what builds on it.
import type {
  ArtifactByKind,
  ArtifactKind,
  Author,
  Character,
  Outline,
  Plot,
  Project,
  World,
} from '../../protocol/artifacts.ts';
import { ownedArtifacts } from '../storage/owned-artifacts.ts';
import type { Repository } from '../storage/repository.ts';

export interface TitledSummary {
  id: string;
  title: string;
}
export interface NamedSummary {
  id: string;
  name: string;
}

export type PlotDetail = Plot & {
  author: NamedSummary | null;
  worlds: NamedSummary[];
  characters: NamedSummary[];
};
export type CharacterDetail = Character & { plot: TitledSummary | null; world: NamedSummary | null };
export type WorldDetail = World & { plot: TitledSummary | null; characters: NamedSummary[] };
export type AuthorDetail = Author & { plots: TitledSummary[] };

export interface DetailByKind {
  plots: PlotDetail;
  characters: CharacterDetail;
  worlds: WorldDetail;
  authors: AuthorDetail;
  projects: Project;
  outlines: Outline;
}

/** How many linked artifacts a detail lists; a larger set is browsed through the list endpoints. */
const RELATED_LIMIT = 100;

const named = ({ id, name }: { id: string; name: string }): NamedSummary => ({ id, name });
const titled = ({ id, title }: { id: string; title: string }): TitledSummary => ({ id, title });

/** The artifact with what it is built on and what builds on it, as far as they are `owner`'s own. */
export async function describeArtifact<K extends ArtifactKind>(
  repo: Repository,
  kind: K,
  artifact: ArtifactByKind[K],
  owner: string,
): Promise<DetailByKind[K]> {
  const artifacts = ownedArtifacts(repo.artifacts, owner);
  const related = { limit: RELATED_LIMIT, offset: 0 };
  const plotOf = async (id: string | null) => {
    const plot = id ? await artifacts.get('plots', id) : undefined;
    return plot ? titled(plot) : null;
  };
  switch (kind) {
    case 'plots': {
      const plot = artifact as Plot;
      const author = plot.author_id ? await artifacts.get('authors', plot.author_id) : undefined;
      const [worlds, characters] = await Promise.all([
        artifacts.list('worlds', { ...related, plot_id: plot.id }),
        artifacts.list('characters', { ...related, plot_id: plot.id }),
      ]);
      const detail: PlotDetail = {
        ...plot,
        author: author ? named(author) : null,
        worlds: worlds.items.map(named),
        characters: characters.items.map(named),
      };
      return detail as DetailByKind[K];
    }
    case 'characters': {
      const character = artifact as Character;
      const world = character.world_id ? await artifacts.get('worlds', character.world_id) : undefined;
      const detail: CharacterDetail = {
        ...character,
        plot: await plotOf(character.plot_id),
        world: world ? named(world) : null,
      };
      return detail as DetailByKind[K];
    }
    case 'worlds': {
      const world = artifact as World;
      const characters = await artifacts.list('characters', { ...related, world_id: world.id });
      const detail: WorldDetail = {
        ...world,
        plot: await plotOf(world.plot_id),
        characters: characters.items.map(named),
      };
      return detail as DetailByKind[K];
    }
    case 'authors': {
      const author = artifact as Author;
      const plots = await artifacts.list('plots', { ...related, author_id: author.id });
      const detail: AuthorDetail = { ...author, plots: plots.items.map(titled) };
      return detail as DetailByKind[K];
    }
  }
  // A kind with nothing linked to it is served as stored.
  return artifact as DetailByKind[K];
}
