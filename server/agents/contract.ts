// What agents and the models they drive agree on: agent and tool names, routing arguments, prompt sections.
import { z } from 'zod';

export const AgentName = {
  orchestrator: 'OrchestratorAgent',
  plot: 'PlotGeneratorAgent',
  world: 'WorldBuildingAgent',
  characters: 'CharactersAgent',
  author: 'AuthorGeneratorAgent',
  outline: 'OutlineAgent',
  drafting: 'DraftingAgent',
} as const;

export type AgentName = (typeof AgentName)[keyof typeof AgentName];

const SPECIALISTS = [
  AgentName.plot,
  AgentName.world,
  AgentName.characters,
  AgentName.author,
  AgentName.outline,
  AgentName.drafting,
] as const;
export type SpecialistName = (typeof SPECIALISTS)[number];

export const ToolName = {
  route: 'route_request',
  savePlot: 'save_plot',
  saveWorld: 'save_world',
  saveCharacters: 'save_characters',
  saveAuthor: 'save_author',
  updatePlot: 'update_plot',
  updateWorld: 'update_world',
  updateCharacter: 'update_character',
  updateAuthor: 'update_author',
  saveOutline: 'save_outline',
  updateOutline: 'update_outline',
  draftScene: 'draft_scene',
  searchLibrary: 'search_library',
  getArtifact: 'get_artifact',
} as const;

export type ToolName = (typeof ToolName)[keyof typeof ToolName];

/** The orchestrator's routing decision: which specialists run, in order, each with its task. */
export const RouteArgs = z.object({
  steps: z
    .array(
      z.object({
        agent: z.enum(SPECIALISTS),
        task: z.string().min(1).max(2_000),
        /** 'create' makes a new artifact; 'revise' updates one already in the session. */
        mode: z.enum(['create', 'revise']).default('create'),
        /** For 'revise': the id of the artifact to change, when the orchestrator knows it. */
        target_id: z.string().optional(),
      }),
    )
    .max(6),
});
export type RouteArgs = z.infer<typeof RouteArgs>;

/**
 * The route tool's arguments as the model sees them: every field required and described, nothing
 * optional or defaulted, so the schema is valid in OpenAI's strict mode and in local grammars.
 * `normalizeRoute` maps it back onto RouteArgs, whose limits the server enforces.
 */
export const RouteArgsForModel = z
  .object({
    steps: z
      .array(
        z
          .object({
            agent: z.enum(SPECIALISTS).describe('The specialist that does this step.'),
            task: z
              .string()
              .describe(
                'What this specialist must make, in your own words, keeping every detail the writer gave. At most 2,000 characters.',
              ),
            mode: z
              .enum(['create', 'revise'])
              .describe('"create" makes something new; "revise" changes something already in the library.'),
            target_id: z
              .string()
              .nullable()
              .describe('For "revise": the id of the item to change, from the library list; otherwise null.'),
          })
          .strict(),
      )
      .describe(
        'The specialists to run, in order: plot, world, characters, author, outline (acts, chapters and ' +
          'scenes of the book), drafting (writes the prose of chapters or scenes from the outline); at most 6 steps.',
      ),
  })
  .strict();

/** Drops the nulls strict mode makes the model send, so RouteArgs can validate the rest. */
export function normalizeRoute(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input;
  const { steps } = input as { steps?: unknown };
  if (!Array.isArray(steps)) return input;
  return {
    steps: steps.map((step: unknown) => {
      if (typeof step !== 'object' || step === null) return step;
      const { target_id, mode, ...rest } = step as Record<string, unknown>;
      return {
        ...rest,
        ...(mode === null || mode === undefined ? {} : { mode }),
        ...(target_id === null || target_id === undefined || target_id === '' ? {} : { target_id }),
      };
    }),
  };
}

/**
 * The sections of a specialist's user prompt. Real models read them as prose; the offline model
 * parses them back with `readPromptSections`, so both run the same agents.
 */
export interface PromptSections {
  /** What the writer asked for earlier in the session (genre, audience, point of view, tense, length, constraints). */
  brief?: string;
  /** The writer's own words, as sent. */
  request: string;
  /** What the orchestrator asked this specialist to do. */
  task: string;
  mode: 'create' | 'revise';
  /** Artifacts this step builds on or revises, as stored (plot, world, characters, author). */
  context: Record<string, unknown>;
}

const SECTION = /<(request|task|mode|context)>\n?([\s\S]*?)\n?<\/\1>/g;

/**
 * A specialist's user message in two parts: the context it builds on (the brief and the library's
 * artifacts) first, then what is asked of this step. The system prompt stays the same for every
 * call of an agent, so providers can cache it; what changes from call to call is said here.
 */
export function writePromptParts(sections: PromptSections): { context: string; ask: string } {
  return {
    context: [
      // Earlier asks still hold; the offline model reads only the sections below.
      ...(sections.brief ? [`<brief>\n${sections.brief}\n</brief>`] : []),
      `<context>\n${JSON.stringify(sections.context, null, 2)}\n</context>`,
    ].join('\n\n'),
    ask: [
      `<request>\n${sections.request}\n</request>`,
      `<task>\n${sections.task}\n</task>`,
      `<mode>\n${sections.mode}\n</mode>`,
    ].join('\n\n'),
  };
}

/** All sections as one text, as `readPromptSections` reads them back. */
export function writePromptSections(sections: PromptSections): string {
  const { context, ask } = writePromptParts(sections);
  return `${context}\n\n${ask}`;
}

export function readPromptSections(prompt: string): PromptSections | undefined {
  const found = new Map<string, string>();
  for (const match of prompt.matchAll(SECTION)) {
    if (match[1] && match[2] !== undefined) found.set(match[1], match[2]);
  }
  const request = found.get('request');
  if (request === undefined) return undefined;
  let context: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(found.get('context') ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      context = parsed as Record<string, unknown>;
  } catch {
    context = {};
  }
  return {
    request,
    task: found.get('task') ?? request,
    mode: found.get('mode') === 'revise' ? 'revise' : 'create',
    context,
  };
}

/** One line of the orchestrator's view of the session's library, enough to route a follow-up edit. */
export interface ArtifactSummary {
  kind: 'plots' | 'worlds' | 'characters' | 'authors' | 'outlines';
  id: string;
  /** The title or name the writer would use. */
  label: string;
  /** For characters: protagonist, antagonist, …; for plots and worlds: genre or type. */
  detail?: string;
}

const CATALOG = /<artifacts>\n?([\s\S]*?)\n?<\/artifacts>/;
const KINDS = new Set(['plots', 'worlds', 'characters', 'authors', 'outlines']);

/** One JSON object a line: readable as prose by real models, parsed back by the offline model. */
export function writeArtifactCatalog(items: ArtifactSummary[]): string {
  return `<artifacts>\n${items.map((item) => JSON.stringify(item)).join('\n')}\n</artifacts>`;
}

export function readArtifactCatalog(text: string): ArtifactSummary[] {
  const body = CATALOG.exec(text)?.[1];
  if (!body) return [];
  const items: ArtifactSummary[] = [];
  for (const line of body.split('\n')) {
    try {
      const parsed: unknown = JSON.parse(line);
      if (!parsed || typeof parsed !== 'object') continue;
      const { kind, id, label, detail } = parsed as Record<string, unknown>;
      if (typeof kind !== 'string' || !KINDS.has(kind) || typeof id !== 'string' || typeof label !== 'string')
        continue;
      items.push({
        kind: kind as ArtifactSummary['kind'],
        id,
        label,
        ...(typeof detail === 'string' ? { detail } : {}),
      });
    } catch {
      // A line that is not JSON is prose around the list; skip it.
    }
  }
  return items;
}
