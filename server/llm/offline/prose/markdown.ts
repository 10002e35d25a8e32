// Markdown the offline model streams to the writer: the same content it then passes to the save tool.
import type { ComposedAuthor } from '../compose/author-composer.ts';
import type { ComposedCharacter } from '../compose/characters-composer.ts';
import type { ComposedPlot } from '../compose/plot-composer.ts';
import type { Revision } from '../compose/revise-composer.ts';
import type { ComposedWorld } from '../compose/world-composer.ts';

export function plotProse({ plot }: ComposedPlot): string {
  const acts = plot.acts.map((act) =>
    [
      `## ${act.name}`,
      act.summary,
      ...(act.beats ?? []).map((b) => `- **${b.name}** — ${b.description}`),
    ].join('\n\n'),
  );
  return [
    `# ${plot.title}`,
    `*${plot.logline}*`,
    `**Genre:** ${plot.genre} — ${plot.subgenre} · **Tone:** ${plot.tone} · **For:** ${plot.target_audience}`,
    '## Summary',
    plot.summary,
    `**Themes:** ${plot.themes.join('; ')}`,
    ...acts,
  ].join('\n\n');
}

export function worldProse(world: ComposedWorld): string {
  const sections: [string, string | undefined][] = [
    ['Geography', world.geography],
    ['Politics', world.politics],
    ['Cultures', world.cultures],
    ['Economy', world.economy],
    ['History', world.history],
    ['Magic and technology', world.magic_or_technology],
    ['Languages', world.languages],
    ['Religions', world.religions],
  ];
  return [
    `# ${world.name}`,
    `*${world.type}*`,
    world.overview,
    ...sections.map(([heading, body]) => `## ${heading}\n\n${body ?? ''}`),
    `## Unique elements\n\n${world.unique_elements.map((u) => `- ${u}`).join('\n')}`,
  ].join('\n\n');
}

export function charactersProse(characters: ComposedCharacter[], note?: string): string {
  return [
    `# The cast`,
    ...(note ? [note] : []),
    ...characters.map((c) =>
      [
        `## ${c.name} — ${c.role}`,
        c.description,
        `**Backstory.** ${c.backstory}`,
        `**Wants:** ${c.motivations.join('; ')}.`,
        `**Arc.** ${c.arc}`,
        ...(c.relationships.length > 0
          ? [
              `**Relationships:**\n${c.relationships.map((r) => `- *${r.name}:* ${r.relationship}`).join('\n')}`,
            ]
          : []),
      ].join('\n\n'),
    ),
  ].join('\n\n');
}

export function authorProse(author: ComposedAuthor): string {
  return [
    `# ${author.name}`,
    `*Writing as ${author.pen_name}*`,
    author.biography,
    `**Style.** ${author.writing_style}`,
    `**Genres:** ${author.genres.join(', ')}`,
  ].join('\n\n');
}

export function revisionProse(revision: Revision): string {
  return [`## ${revision.label}, revised`, revision.notes.join(' ')].join('\n\n');
}
