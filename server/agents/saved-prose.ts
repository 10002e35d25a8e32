// The reply a writer reads when a model saved its work without writing any prose first: the saved artifact, as Markdown.
import type { Author, Character, Outline, Plot, World } from '../../protocol/artifacts.ts';
import type { SavedArtifacts } from './tools/tool-context.ts';

export function renderSaved(saved: SavedArtifacts): string {
  return [
    ...saved.plots.map(renderPlot),
    ...saved.worlds.map(renderWorld),
    ...saved.characters.map(renderCharacter),
    ...saved.authors.map(renderAuthor),
    ...saved.outlines.map(renderOutline),
  ].join('\n\n');
}

function section(heading: string, body: string): string[] {
  return body.trim() ? [`## ${heading}`, body.trim()] : [];
}

function renderPlot(plot: Plot): string {
  const acts = plot.acts.map((act) =>
    [
      `### ${act.name}`,
      act.summary,
      ...act.beats.map((beat) => `- **${beat.name}**: ${beat.description}`),
    ].join('\n'),
  );
  return [
    `# ${plot.title}`,
    `*${plot.logline}*`,
    `**${[plot.genre, plot.subgenre, plot.tone].filter(Boolean).join(' · ')}**`,
    plot.summary,
    ...(acts.length > 0 ? acts : []),
  ].join('\n\n');
}

function renderWorld(world: World): string {
  return [
    `# ${world.name}`,
    `*${world.type}*`,
    world.overview,
    ...section('Geography', world.geography),
    ...section('Politics', world.politics),
    ...section('Cultures', world.cultures),
    ...section('Magic or technology', world.magic_or_technology),
    ...section('History', world.history),
  ].join('\n\n');
}

function renderCharacter(character: Character): string {
  return [
    `## ${character.name} — ${character.role}`,
    character.description,
    ...(character.motivations.length > 0 ? [`Wants: ${character.motivations.join('; ')}.`] : []),
    ...(character.arc ? [character.arc] : []),
  ].join('\n\n');
}

function renderAuthor(author: Author): string {
  return [
    `# ${author.name}${author.pen_name ? ` (writing as ${author.pen_name})` : ''}`,
    author.biography,
    ...section('Style', author.writing_style),
  ].join('\n\n');
}

function renderOutline(outline: Outline): string {
  let chapter = 0;
  const acts = outline.acts.map((act) =>
    [
      `## ${act.title}`,
      ...act.chapters.map((ch) => {
        chapter += 1;
        const scenes = ch.scenes.map(
          (scene) => `- **${scene.title}** (${scene.word_target} words): ${scene.summary}`,
        );
        return [`### Chapter ${chapter}: ${ch.title}`, ...scenes].join('\n');
      }),
    ].join('\n\n'),
  );
  return [`# ${outline.title}`, ...acts].join('\n\n');
}
