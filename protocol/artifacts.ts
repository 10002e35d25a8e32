// The library's artifacts — plots, characters, worlds, authors — as zod schemas shared by tools, REST and UI.
import { z } from 'zod';

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
  summary: text(20_000),
  genre: text(100),
  subgenre: optionalText(100),
  tone: optionalText(200),
  themes: list(12),
  target_audience: optionalText(200),
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

const Stored = z.object({
  id: z.string(),
  session_id: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

export const Plot = PlotInput.extend(Stored.shape).extend({
  author_id: z.string().nullable(),
});
export const Character = CharacterInput.extend(Stored.shape).extend({
  plot_id: z.string().nullable(),
  world_id: z.string().nullable(),
});
export const World = WorldInput.extend(Stored.shape).extend({
  plot_id: z.string().nullable(),
});
export const Author = AuthorInput.extend(Stored.shape);

export type PlotInput = z.input<typeof PlotInput>;
export type CharacterInput = z.input<typeof CharacterInput>;
export type WorldInput = z.input<typeof WorldInput>;
export type AuthorInput = z.input<typeof AuthorInput>;
export type Plot = z.infer<typeof Plot>;
export type Character = z.infer<typeof Character>;
export type World = z.infer<typeof World>;
export type Author = z.infer<typeof Author>;

type PatchShape<S extends z.ZodRawShape> = {
  [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer Inner> ? Inner : S[K]>;
};

/**
 * Every field optional and without its default: zod's `.partial()` keeps `.default()`, which would
 * fill omitted keys and so clear fields a patch never mentioned.
 */
function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>): z.ZodObject<PatchShape<S>> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      z.optional(field instanceof z.ZodDefault ? field.unwrap() : field),
    ]),
  );
  return z.object(shape) as unknown as z.ZodObject<PatchShape<S>>;
}

/** Partial updates accepted by PATCH /api/{kind}/:id and by agents revising an artifact. */
export const PlotPatch = patchOf(PlotInput).extend({ author_id: z.string().nullable().optional() });
export const CharacterPatch = patchOf(CharacterInput).extend({
  plot_id: z.string().nullable().optional(),
  world_id: z.string().nullable().optional(),
});
export const WorldPatch = patchOf(WorldInput).extend({ plot_id: z.string().nullable().optional() });
export const AuthorPatch = patchOf(AuthorInput);

export const ARTIFACT_KINDS = ['plots', 'characters', 'worlds', 'authors'] as const;
export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];

export interface ArtifactByKind {
  plots: Plot;
  characters: Character;
  worlds: World;
  authors: Author;
}

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
