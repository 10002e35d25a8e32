// The ArtifactStore contract, for any database the repository can open: call it with a factory of fresh repositories.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Author, Character, Plot, type PlotInput, World } from '../../../protocol/artifacts.ts';
import type { Repository } from '../repository.ts';
import type { TestDatabase } from './databases.ts';

const dragons: PlotInput = {
  title: 'The Dragon Covenant',
  logline: 'A disgraced knight must broker peace with the last dragons.',
  summary: 'Long summary of treaties, fire and betrayal.',
  genre: 'Fantasy',
  subgenre: 'Epic Fantasy',
  themes: ['duty', 'forgiveness'],
  acts: [
    { name: 'Act I', summary: 'The call', beats: [{ name: 'Inciting', description: 'A dragon lands.' }] },
  ],
};

const heist: PlotInput = {
  title: 'Orbital Heist',
  logline: 'A crew robs a space station bank.',
  summary: 'Double-crosses in zero gravity; 100% of the loot goes missing.',
  genre: 'Science Fiction',
  subgenre: 'Space Opera',
};

export function artifactStoreContract(database: TestDatabase): void {
  describe(`ArtifactStore on ${database.name}`, () => {
    afterAll(() => database.release?.());

    let repo: Repository;
    let dispose: () => Promise<void>;

    beforeEach(async () => {
      ({ repo, dispose } = await database.open());
      await repo.sessions.ensureSession('s1');
      await repo.sessions.ensureSession('s2');
    });
    afterEach(async () => {
      await dispose();
    });

    it('creates each kind with defaults filled in and reads it back unchanged', async () => {
      const author = await repo.artifacts.create(
        'authors',
        { name: 'Ada Quill', biography: 'Poet.', writing_style: 'Lyrical.', genres: ['fantasy'] },
        { owner: 'session:s1', session_id: 's1' },
      );
      const plot = await repo.artifacts.create('plots', dragons, {
        owner: 'session:s1',
        session_id: 's1',
        author_id: author.id,
      });
      const world = await repo.artifacts.create(
        'worlds',
        {
          name: 'Emberfall',
          type: 'High Fantasy',
          overview: 'Volcanic isles.',
          unique_elements: ['ash rain'],
        },
        { owner: 'session:s1', session_id: 's1', plot_id: plot.id },
      );
      const character = await repo.artifacts.create(
        'characters',
        {
          name: 'Sir Aldric',
          role: 'protagonist',
          description: 'A knight.',
          motivations: ['redemption'],
          relationships: [{ name: 'Vyre', relationship: 'Sworn enemy turned ally' }],
        },
        { owner: 'session:s1', session_id: 's1', plot_id: plot.id, world_id: world.id },
      );

      expect(Author.parse(author)).toEqual(author);
      expect(Plot.parse(plot)).toEqual(plot);
      expect(World.parse(world)).toEqual(world);
      expect(Character.parse(character)).toEqual(character);
      expect(plot).toMatchObject({ tone: '', target_audience: '', author_id: author.id, session_id: 's1' });
      expect(world).toMatchObject({ geography: '', plot_id: plot.id });
      expect(character).toMatchObject({ backstory: '', arc: '', plot_id: plot.id, world_id: world.id });
      expect(plot.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(plot.created_at).toBe(plot.updated_at);

      expect(await repo.artifacts.get('authors', author.id)).toEqual(author);
      expect(await repo.artifacts.get('plots', plot.id)).toEqual(plot);
      expect(await repo.artifacts.get('worlds', world.id)).toEqual(world);
      expect(await repo.artifacts.get('characters', character.id)).toEqual(character);
      expect(await repo.artifacts.get('plots', world.id)).toBeUndefined();
    });

    it('keeps artifacts that belong to no session', async () => {
      const plot = await repo.artifacts.create('plots', heist, { owner: 'session:s1', session_id: null });
      expect((await repo.artifacts.get('plots', plot.id))?.session_id).toBeNull();
    });

    it('lists newest first with a total, paged', async () => {
      const ids: string[] = [];
      for (let n = 1; n <= 5; n++) {
        ids.push(
          (
            await repo.artifacts.create(
              'plots',
              { ...heist, title: `Heist ${n}` },
              { owner: 'session:s1', session_id: 's1' },
            )
          ).id,
        );
      }
      const first = await repo.artifacts.list('plots', { limit: 2, offset: 0 });
      expect(first.total).toBe(5);
      expect(first.items.map((p) => p.title)).toEqual(['Heist 5', 'Heist 4']);
      const last = await repo.artifacts.list('plots', { limit: 2, offset: 4 });
      expect(last).toMatchObject({ total: 5, limit: 2, offset: 4 });
      expect(last.items.map((p) => p.id)).toEqual([ids[0]]);
    });

    it('filters by session, by plot, by world and by author', async () => {
      const author = await repo.artifacts.create(
        'authors',
        { name: 'Ada', biography: 'b', writing_style: 'w' },
        { owner: 'session:s1', session_id: 's1' },
      );
      const mine = await repo.artifacts.create('plots', dragons, {
        owner: 'session:s1',
        session_id: 's1',
        author_id: author.id,
      });
      const theirs = await repo.artifacts.create('plots', heist, { owner: 'session:s2', session_id: 's2' });
      const world = await repo.artifacts.create(
        'worlds',
        { name: 'Emberfall', type: 'High Fantasy', overview: 'o' },
        { owner: 'session:s1', session_id: 's1', plot_id: mine.id },
      );
      await repo.artifacts.create(
        'worlds',
        { name: 'Station 9', type: 'Space', overview: 'o' },
        { owner: 'session:s2', session_id: 's2' },
      );

      const bySession = await repo.artifacts.list('plots', {
        owner: 'session:s2',
        session_id: 's2',
        limit: 10,
        offset: 0,
      });
      expect(bySession.items.map((p) => p.id)).toEqual([theirs.id]);
      const byPlot = await repo.artifacts.list('worlds', { plot_id: mine.id, limit: 10, offset: 0 });
      expect(byPlot.items.map((w) => w.id)).toEqual([world.id]);
      const byAuthor = await repo.artifacts.list('plots', { author_id: author.id, limit: 10, offset: 0 });
      expect(byAuthor.items.map((p) => p.id)).toEqual([mine.id]);
      const resident = await repo.artifacts.create(
        'characters',
        { name: 'Resident', role: 'r', description: 'd' },
        { owner: 'session:s1', session_id: 's1', world_id: world.id },
      );
      await repo.artifacts.create(
        'characters',
        { name: 'Drifter', role: 'r', description: 'd' },
        { owner: 'session:s1', session_id: 's1' },
      );
      const byWorld = await repo.artifacts.list('characters', { world_id: world.id, limit: 10, offset: 0 });
      expect(byWorld.items.map((c) => c.id)).toEqual([resident.id]);
      const authorsIgnorePlot = await repo.artifacts.list('authors', {
        plot_id: mine.id,
        limit: 10,
        offset: 0,
      });
      expect(authorsIgnorePlot.total).toBe(1);
    });

    it('filters plots by genre or subgenre and worlds by type, ignoring case', async () => {
      await repo.artifacts.create('plots', dragons, { owner: 'session:s1', session_id: 's1' });
      await repo.artifacts.create('plots', heist, { owner: 'session:s1', session_id: 's1' });
      await repo.artifacts.create(
        'worlds',
        { name: 'Emberfall', type: 'High Fantasy', overview: 'o' },
        { owner: 'session:s1', session_id: 's1' },
      );
      await repo.artifacts.create(
        'worlds',
        { name: 'Station 9', type: 'Space', overview: 'o' },
        { owner: 'session:s1', session_id: 's1' },
      );
      await repo.artifacts.create(
        'authors',
        { name: 'Ada', biography: 'b', writing_style: 'w' },
        { owner: 'session:s1', session_id: 's1' },
      );

      const titles = async (genre: string) =>
        (await repo.artifacts.list('plots', { genre, limit: 10, offset: 0 })).items.map((p) => p.title);
      expect(await titles('fantasy')).toEqual(['The Dragon Covenant']);
      expect(await titles('SPACE OPERA')).toEqual(['Orbital Heist']);
      expect(await titles('Fant')).toEqual([]);
      const worlds = await repo.artifacts.list('worlds', { genre: 'high fantasy', limit: 10, offset: 0 });
      expect(worlds.items.map((w) => w.name)).toEqual(['Emberfall']);
      expect((await repo.artifacts.list('authors', { genre: 'fantasy', limit: 10, offset: 0 })).total).toBe(
        1,
      );
    });

    it('searches words in the text fields, ignoring case, punctuation and query syntax', async () => {
      await repo.artifacts.create('plots', dragons, { owner: 'session:s1', session_id: 's1' });
      await repo.artifacts.create('plots', heist, { owner: 'session:s1', session_id: 's1' });
      await repo.artifacts.create(
        'characters',
        { name: 'Vyre', role: 'dragon', description: 'The last of the EMBER wyrms.' },
        { owner: 'session:s1', session_id: 's1' },
      );

      const search = async (q: string) =>
        (await repo.artifacts.list('plots', { q, limit: 10, offset: 0 })).items.map((p) => p.title);
      expect(await search('dragon')).toEqual(['The Dragon Covenant']);
      expect(await search('BETRAYAL')).toEqual(['The Dragon Covenant']);
      expect(await search('100%')).toEqual(['Orbital Heist']);
      expect(await search('%')).toEqual([]);
      expect(await search('_')).toEqual([]);
      expect(await search('drag')).toEqual(['The Dragon Covenant']);
      expect(await search('zero-gravity')).toEqual(['Orbital Heist']);
      expect(await search('nothing like this')).toEqual([]);
      const characters = await repo.artifacts.list('characters', { q: 'ember', limit: 10, offset: 0 });
      expect(characters.items.map((c) => c.name)).toEqual(['Vyre']);
    });

    it('finds the words inside addresses, host names, paths and numbers, and ignores accents', async () => {
      await repo.artifacts.create(
        'plots',
        {
          ...heist,
          title: 'Signals',
          summary: 'Mail ada@ember.example, see archive.ember.org/maps, patch 2.5 of the Émile protocol.',
        },
        { owner: 'session:s1', session_id: 's1' },
      );
      const search = async (q: string) =>
        (await repo.artifacts.list('plots', { q, limit: 10, offset: 0 })).items.map((p) => p.title);
      for (const q of ['ada', 'example', 'archive', 'org', 'maps', '2', '5', 'emile', 'ÉMILE', 'emil'])
        expect(await search(q), q).toEqual(['Signals']);
      expect(await search('ada@ember.example')).toEqual(['Signals']);
      expect(await search('2.5')).toEqual(['Signals']);
    });

    it('updates only the fields in the patch and moves updated_at forward', async () => {
      const plot = await repo.artifacts.create(
        'plots',
        { ...dragons, tone: 'grim' },
        { owner: 'session:s1', session_id: 's1' },
      );
      const updated = await repo.artifacts.update('plots', plot.id, {
        title: 'The Ember Covenant',
        themes: ['trust'],
      });
      expect(updated).toEqual({
        ...plot,
        title: 'The Ember Covenant',
        themes: ['trust'],
        updated_at: updated?.updated_at,
      });
      expect((updated?.updated_at ?? '') > plot.updated_at).toBe(true);
      expect(await repo.artifacts.get('plots', plot.id)).toEqual(updated);

      const touched = await repo.artifacts.update('plots', plot.id, {});
      expect(touched).toEqual({ ...updated, updated_at: touched?.updated_at });
      expect(await repo.artifacts.update('plots', 'missing', { title: 'x' })).toBeUndefined();
    });

    it('relinks and unlinks artifacts through an update', async () => {
      const plot = await repo.artifacts.create('plots', dragons, { owner: 'session:s1', session_id: 's1' });
      const world = await repo.artifacts.create(
        'worlds',
        { name: 'W', type: 't', overview: 'o' },
        { owner: 'session:s1', session_id: 's1' },
      );
      const character = await repo.artifacts.create(
        'characters',
        { name: 'C', role: 'r', description: 'd' },
        { owner: 'session:s1', session_id: 's1', world_id: world.id },
      );
      const linked = await repo.artifacts.update('characters', character.id, { plot_id: plot.id });
      expect(linked).toMatchObject({ plot_id: plot.id, world_id: world.id });
      const unlinked = await repo.artifacts.update('characters', character.id, { world_id: null });
      expect(unlinked).toMatchObject({ plot_id: plot.id, world_id: null });
      await expect(
        repo.artifacts.update('characters', character.id, { plot_id: 'no-such-plot' }),
      ).rejects.toThrow();
    });

    it('deletes an artifact and unlinks what was built on it', async () => {
      const author = await repo.artifacts.create(
        'authors',
        { name: 'A', biography: 'b', writing_style: 'w' },
        { owner: 'session:s1', session_id: null },
      );
      const plot = await repo.artifacts.create('plots', dragons, {
        owner: 'session:s1',
        session_id: 's1',
        author_id: author.id,
      });
      const world = await repo.artifacts.create(
        'worlds',
        { name: 'W', type: 't', overview: 'o' },
        { owner: 'session:s1', session_id: 's1', plot_id: plot.id },
      );
      const character = await repo.artifacts.create(
        'characters',
        { name: 'C', role: 'r', description: 'd' },
        { owner: 'session:s1', session_id: 's1', plot_id: plot.id, world_id: world.id },
      );

      expect(await repo.artifacts.delete('plots', plot.id)).toBe(true);
      expect(await repo.artifacts.delete('plots', plot.id)).toBe(false);
      expect(await repo.artifacts.get('plots', plot.id)).toBeUndefined();
      expect((await repo.artifacts.get('worlds', world.id))?.plot_id).toBeNull();
      expect(await repo.artifacts.get('characters', character.id)).toMatchObject({
        plot_id: null,
        world_id: world.id,
      });

      expect(await repo.artifacts.delete('authors', author.id)).toBe(true);
      expect(await repo.artifacts.delete('worlds', world.id)).toBe(true);
      expect((await repo.artifacts.get('characters', character.id))?.world_id).toBeNull();
      expect(await repo.artifacts.delete('characters', character.id)).toBe(true);
    });
  });
}
