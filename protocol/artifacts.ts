// The library's artifacts — plots, characters, worlds, authors — as zod schemas shared by tools, REST and UI.
import { z } from 'zod';
import { defineKind } from './kind-definition.ts';
import { OutlineInput, ProjectInput } from './projects.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).default('');
const list = (max: number) => z.array(text(500)).max(max).default([]);

export const PlotBeat = z.object({
  name: text(200),
  description: text(4_000),
});

export const PlotAct = z.object({
  name: text(200),
  summary: text(4_000),
  beats: z.array(PlotBeat).max(20).default([]),
});

/** What an agent writes for a plot (the save_plot tool's arguments). */
export const PlotInput = z.object({
  title: text(200),
  logline: text(1_000),
  genre: text(100),
  subgenre: optionalText(100),
  tone: optionalText(200),
  target_audience: optionalText(200),
  themes: list(12),
  summary: text(20_000),
  acts: z.array(PlotAct).max(7).default([]),
});

export const CharacterRelationship = z.object({
  /** Another character's name in the same set. */
  name: text(200),
  relationship: text(1_000),
});

export const CharacterInput = z.object({
  name: text(200),
  role: text(200),
  description: text(4_000),
  backstory: optionalText(8_000),
  motivations: list(12),
  arc: optionalText(4_000),
  relationships: z.array(CharacterRelationship).max(20).default([]),
});

export const WorldInput = z.object({
  name: text(200),
  type: text(200),
  overview: text(8_000),
  geography: optionalText(8_000),
  politics: optionalText(8_000),
  cultures: optionalText(8_000),
  economy: optionalText(8_000),
  history: optionalText(8_000),
  magic_or_technology: optionalText(8_000),
  languages: optionalText(4_000),
  religions: optionalText(4_000),
  unique_elements: list(20),
});

export const AuthorInput = z.object({
  name: text(200),
  pen_name: optionalText(200),
  biography: text(8_000),
  writing_style: text(4_000),
  genres: list(12),
});

/** The library's kinds, each defined once: storage, REST, tools and the studio derive from these. */
export const KINDS = {
  plots: defineKind({
    kind: 'plots',
    names: { one: 'plot', many: 'Plots' },
    input: PlotInput,
    links: { author_id: 'authors', project_id: 'projects' },
    label: 'title',
    searchable: ['title', 'logline', 'summary', 'genre', 'subgenre', 'tone'],
    genre: ['genre', 'subgenre'],
  }),
  characters: defineKind({
    kind: 'characters',
    names: { one: 'character', many: 'Characters' },
    input: CharacterInput,
    links: { plot_id: 'plots', world_id: 'worlds', project_id: 'projects' },
    label: 'name',
    searchable: ['name', 'role', 'description', 'backstory', 'arc'],
  }),
  worlds: defineKind({
    kind: 'worlds',
    names: { one: 'world', many: 'Worlds' },
    input: WorldInput,
    links: { plot_id: 'plots', project_id: 'projects' },
    label: 'name',
    searchable: ['name', 'type', 'overview', 'geography', 'history'],
    genre: ['type'],
  }),
  authors: defineKind({
    kind: 'authors',
    names: { one: 'author', many: 'Authors' },
    input: AuthorInput,
    links: { project_id: 'projects' },
    label: 'name',
    searchable: ['name', 'pen_name', 'biography', 'writing_style'],
  }),
  projects: defineKind({
    kind: 'projects',
    names: { one: 'project', many: 'Projects' },
    input: ProjectInput,
    links: {},
    label: 'title',
    searchable: ['title', 'premise'],
    tab: false,
  }),
  outlines: defineKind({
    kind: 'outlines',
    names: { one: 'outline', many: 'Outlines' },
    input: OutlineInput,
    links: { project_id: 'projects', plot_id: 'plots' },
    label: 'title',
    searchable: ['title'],
    tab: false,
  }),
} as const;

export type ArtifactKind = keyof typeof KINDS;
export const ARTIFACT_KINDS = Object.keys(KINDS) as [ArtifactKind, ...ArtifactKind[]];

export const Plot = KINDS.plots.stored;
export const Character = KINDS.characters.stored;
export const World = KINDS.worlds.stored;
export const Author = KINDS.authors.stored;
export const Project = KINDS.projects.stored;
export const Outline = KINDS.outlines.stored;

export type PlotInput = z.input<typeof PlotInput>;
export type CharacterInput = z.input<typeof CharacterInput>;
export type WorldInput = z.input<typeof WorldInput>;
export type AuthorInput = z.input<typeof AuthorInput>;
export type Plot = z.infer<typeof Plot>;
export type Character = z.infer<typeof Character>;
export type World = z.infer<typeof World>;
export type Author = z.infer<typeof Author>;
export type Project = z.infer<typeof Project>;
export type Outline = z.infer<typeof Outline>;

/** Partial updates accepted by PATCH /api/{kind}/:id and by agents revising an artifact. */
export const PlotPatch = KINDS.plots.patch;
export const CharacterPatch = KINDS.characters.patch;
export const WorldPatch = KINDS.worlds.patch;
export const AuthorPatch = KINDS.authors.patch;

export type ArtifactByKind = { [K in ArtifactKind]: z.infer<(typeof KINDS)[K]['stored']> };

/** One page of a list endpoint. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A page of the library: keyset-paged, with a total that stops counting at a cap unless asked not to. */
export interface LibraryPage<T> extends Page<T> {
  /** Pass back as `cursor` for the page after this one; null on the last page. */
  next_cursor: string | null;
  /** True when there are more than `total` items: the count stopped at its cap. */
  total_capped: boolean;
}
