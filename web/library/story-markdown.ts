// Turns library items into Markdown a novelist can keep: one item on its own, or a plot with its world and cast as a story bible.
import { type ArtifactKind, KINDS } from '../../protocol/artifacts.ts';
import type { KindDefinition, KindRegistry } from '../../protocol/kind-definition.ts';

type Item = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(text).filter((entry) => entry.length > 0) : [];
const records = (value: unknown): Item[] =>
  Array.isArray(value)
    ? value.filter((entry): entry is Item => typeof entry === 'object' && entry !== null)
    : [];

/** A heading's text on one line: a title with a line break would end the heading early. */
const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim();

function heading(level: number, title: string): string {
  return `${'#'.repeat(level)} ${oneLine(title) || 'Untitled'}`;
}

/** A titled section, or nothing when the body is empty, so exports carry no empty headings. */
function section(level: number, title: string, body: string): string[] {
  return body ? [heading(level, title), body] : [];
}

function bullets(entries: string[]): string {
  return entries.map((entry) => `- ${oneLine(entry)}`).join('\n');
}

/** "**Genre:** Fantasy · **Tone:** dark", for the short facts that read best on one line. */
function factLine(facts: [string, unknown][]): string {
  return facts
    .map(([label, value]) => [label, oneLine(text(value))] as const)
    .filter(([, value]) => value)
    .map(([label, value]) => `**${label}:** ${value}`)
    .join(' · ');
}

function join(blocks: string[]): string {
  return `${blocks.filter((block) => block.length > 0).join('\n\n')}\n`;
}

/** "Act 2: The Fall", unless the name already says which act it is ("Act II: The Fall"). */
function actTitle(index: number, name: string): string {
  return /^act\b/i.test(name) ? name : `Act ${index + 1}: ${name}`;
}

function plotBlocks(plot: Item, level: number): string[] {
  const genre = [text(plot.genre), text(plot.subgenre)].filter(Boolean).join(' / ');
  const acts = records(plot.acts).flatMap((act, index) => {
    const beats = records(act.beats).flatMap((beat) => [
      heading(level + 2, text(beat.name)),
      text(beat.description),
    ]);
    return [heading(level + 1, actTitle(index, text(act.name))), text(act.summary), ...beats];
  });
  const logline = text(plot.logline);
  return [
    heading(level, text(plot.title)),
    logline ? `> ${oneLine(logline)}` : '',
    factLine([
      ['Genre', genre],
      ['Tone', plot.tone],
      ['Audience', plot.target_audience],
    ]),
    ...section(level + 1, 'Summary', text(plot.summary)),
    ...section(level + 1, 'Themes', bullets(texts(plot.themes))),
    ...acts,
  ];
}

const WORLD_SECTIONS: [string, string][] = [
  ['overview', 'Overview'],
  ['geography', 'Geography'],
  ['politics', 'Politics'],
  ['cultures', 'Cultures'],
  ['economy', 'Economy'],
  ['history', 'History'],
  ['magic_or_technology', 'Magic or technology'],
  ['languages', 'Languages'],
  ['religions', 'Religions'],
];

function worldBlocks(world: Item, level: number): string[] {
  return [
    heading(level, text(world.name)),
    factLine([['Type', world.type]]),
    ...WORLD_SECTIONS.flatMap(([field, label]) => section(level + 1, label, text(world[field]))),
    ...section(level + 1, 'Unique elements', bullets(texts(world.unique_elements))),
  ];
}

function characterBlocks(character: Item, level: number): string[] {
  const relationships = records(character.relationships)
    .map((r) => `- **${oneLine(text(r.name))}:** ${oneLine(text(r.relationship))}`)
    .join('\n');
  return [
    heading(level, text(character.name)),
    factLine([['Role', character.role]]),
    text(character.description),
    ...section(level + 1, 'Backstory', text(character.backstory)),
    ...section(level + 1, 'Motivations', bullets(texts(character.motivations))),
    ...section(level + 1, 'Arc', text(character.arc)),
    ...section(level + 1, 'Relationships', relationships),
  ];
}

function authorBlocks(author: Item, level: number): string[] {
  return [
    heading(level, text(author.name)),
    factLine([['Pen name', author.pen_name]]),
    ...section(level + 1, 'Biography', text(author.biography)),
    ...section(level + 1, 'Writing style', text(author.writing_style)),
    ...section(level + 1, 'Genres', bullets(texts(author.genres))),
  ];
}

/** The library's kinds are laid out by hand; any other kind by its fields, in schema order. */
const BLOCKS: Partial<Record<ArtifactKind, (item: Item, level: number) => string[]>> = {
  plots: plotBlocks,
  worlds: worldBlocks,
  characters: characterBlocks,
  authors: authorBlocks,
};

/** A kind with no layout of its own: its name as the heading, short text as facts, the rest as sections. */
function fieldBlocks(definition: KindDefinition, item: Item, level: number): string[] {
  const rest = definition.fields.filter((field) => field.name !== definition.label);
  const facts = rest
    .filter((field) => field.input === 'text')
    .map((field) => [field.label, item[field.name]]);
  return [
    heading(level, text(item[definition.label])),
    factLine(facts as [string, unknown][]),
    ...rest.flatMap((field) => {
      if (field.input === 'long') return section(level + 1, field.label, text(item[field.name]));
      if (field.input === 'list') return section(level + 1, field.label, bullets(texts(item[field.name])));
      if (field.input === 'rows') {
        const rows = records(item[field.name]).map((row) => factLine(Object.entries(row)));
        return section(level + 1, field.label, bullets(rows));
      }
      return [];
    }),
  ];
}

/** One library item as a Markdown document headed by its title or name. */
export function artifactMarkdown(kind: string, item: Item, kinds: KindRegistry = KINDS): string {
  const blocks = BLOCKS[kind as ArtifactKind];
  if (blocks) return join(blocks(item, 1));
  const definition = kinds[kind];
  if (!definition) throw new Error(`Unknown kind: ${kind}`);
  return join(fieldBlocks(definition, item, 1));
}

export interface StoryBible {
  plot: Item;
  worlds: Item[];
  characters: Item[];
  author?: Item | null;
}

/** Oldest first, as they were made: the protagonist a story starts from leads the cast. */
function inOrderMade(items: Item[]): Item[] {
  const madeAt = (item: Item) => (typeof item.created_at === 'string' ? item.created_at : '');
  return [...items].sort((a, b) => madeAt(a).localeCompare(madeAt(b)));
}

/** A plot with everything built on it, in the order a novelist reads them: story, world, cast, author. */
export function storyBibleMarkdown({ plot, worlds, characters, author }: StoryBible): string {
  const part = (title: string, items: Item[], blocks: (item: Item, level: number) => string[]) =>
    items.length > 0 ? [heading(2, title), ...items.flatMap((item) => blocks(item, 3))] : [];
  return join([
    ...plotBlocks(plot, 1),
    ...part(worlds.length === 1 ? 'World' : 'Worlds', inOrderMade(worlds), worldBlocks),
    ...part('Characters', inOrderMade(characters), characterBlocks),
    ...part('Author', author ? [author] : [], authorBlocks),
  ]);
}

/** A file name from a title: lower case ASCII words joined by hyphens, never empty. */
export function markdownFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'untitled'}.md`;
}
