// What one scene's drafting call is given, as tagged sections: read as prose by real models, parsed back by the offline model.
import { z } from 'zod';

/** A scene to write and where it stands in the book. */
export const ScenePlan = z.object({
  chapter_number: z.number().int(),
  chapter_title: z.string(),
  scene_number: z.number().int(),
  scenes_in_chapter: z.number().int(),
  title: z.string(),
  summary: z.string(),
  setting: z.string(),
  cast: z.array(z.string()),
  goal: z.string(),
  change: z.string(),
  word_target: z.number().int(),
  /** The first scene of the first chapter opens the book. */
  opens_book: z.boolean(),
  /** The last scene of the last chapter ends it. */
  ends_book: z.boolean(),
});
export type ScenePlan = z.infer<typeof ScenePlan>;

export const CastCard = z.object({
  name: z.string(),
  role: z.string().default(''),
  description: z.string().default(''),
  motivations: z.array(z.string()).default([]),
  arc: z.string().default(''),
});
export type CastCard = z.infer<typeof CastCard>;

export const Voice = z.object({
  author: z.string().default(''),
  style: z.string().default(''),
  /** A few lines of the author's own writing about themselves, as a sample of the voice. */
  sample: z.string().default(''),
  genre: z.string().default(''),
  tone: z.string().default(''),
});
export type Voice = z.infer<typeof Voice>;

export const PlaceNote = z.object({ name: z.string(), about: z.string() });
export type PlaceNote = z.infer<typeof PlaceNote>;

export interface ScenePrompt {
  brief?: string;
  scene: ScenePlan;
  voice: Voice;
  cast: CastCard[];
  places: PlaceNote[];
  /** One line per chapter so far, and the scenes of this chapter before this one. */
  storySoFar: string[];
  /** The last few hundred words before this scene, as written. */
  before: string;
  /** The writer's instruction for this version, when regenerating. */
  instruction: string;
}

const json = (value: unknown) => JSON.stringify(value, null, 1);

export function writeScenePrompt(prompt: ScenePrompt): string {
  return [
    ...(prompt.brief ? [`<brief>\n${prompt.brief}\n</brief>`] : []),
    `<scene>\n${json(prompt.scene)}\n</scene>`,
    `<voice>\n${json(prompt.voice)}\n</voice>`,
    `<cast>\n${json(prompt.cast)}\n</cast>`,
    `<places>\n${json(prompt.places)}\n</places>`,
    `<story_so_far>\n${prompt.storySoFar.join('\n')}\n</story_so_far>`,
    `<before>\n${prompt.before}\n</before>`,
    ...(prompt.instruction ? [`<instruction>\n${prompt.instruction}\n</instruction>`] : []),
  ].join('\n\n');
}

const section = (text: string, name: string) =>
  new RegExp(`<${name}>\\n?([\\s\\S]*?)\\n?</${name}>`).exec(text)?.[1];

function parsed<T>(schema: z.ZodType<T>, raw: string | undefined, fallback: T): T {
  if (raw === undefined) return fallback;
  try {
    const result = schema.safeParse(JSON.parse(raw));
    return result.success ? result.data : fallback;
  } catch {
    return fallback;
  }
}

/** The sections back, or undefined when the text is not a scene prompt. */
export function readScenePrompt(text: string): ScenePrompt | undefined {
  const rawScene = section(text, 'scene');
  const scene = parsed(ScenePlan.optional(), rawScene, undefined);
  if (!scene) return undefined;
  return {
    scene,
    voice: parsed(Voice, section(text, 'voice'), Voice.parse({})),
    cast: parsed(z.array(CastCard), section(text, 'cast'), []),
    places: parsed(z.array(PlaceNote), section(text, 'places'), []),
    storySoFar: (section(text, 'story_so_far') ?? '').split('\n').filter(Boolean),
    before: section(text, 'before') ?? '',
    instruction: section(text, 'instruction') ?? '',
  };
}
