// DraftingAgent: writes the book's prose scene by scene from the outline, streaming each scene and saving it as it ends.
import { stepCountIs } from 'ai';
import { ErrorCode } from '../../protocol/errors.ts';
import { countWords } from '../../protocol/manuscript.ts';
import { scenesInOrder } from '../../protocol/projects.ts';
import { type Book, loadBook, scenePromptFor, trimToWords } from '../manuscript/book-context.ts';
import { type DraftRequest, readDraftRequest } from '../manuscript/draft-target.ts';
import { writeScenePrompt } from '../manuscript/scene-prompt.ts';
import type { ArtifactStore, SceneRecord, SceneStore } from '../storage/repository.ts';
import { AgentName, ToolName } from './contract.ts';
import { AgentError } from './errors.ts';
import { runModelStep } from './model-step.ts';
import type { SpecialistAgent, SpecialistStep } from './specialist.ts';
import { currentOutline } from './tools/save-outline.ts';
import { emptySaved } from './tools/tool-context.ts';

export const DRAFTING = {
  name: AgentName.drafting,
  description:
    'Writes the book’s prose from its outline, scene by scene, in the author’s voice and to each word target.',
  tools: [ToolName.draftScene],
} as const;

/** Drafted scenes land within this share of their word target. */
export const WORD_TOLERANCE = 0.15;
/** How often the writer is told how far a scene has got. */
const PROGRESS_EVERY_MS = 1_000;

const SYSTEM = [
  'You are the DraftingAgent of BooksWriter: you write one scene of a novel as finished prose.',
  'You receive the scene (its place in the book, summary, setting, cast, goal and what changes by its end),',
  "the author's voice, cards of the characters present, notes on the places, the story so far and the last",
  'words before this scene. Write only this scene, continuing seamlessly from the words before it, in the',
  "author's voice and the book's tense and point of view. Show, through action and dialogue; the goal and",
  'the change must happen on the page. Write about word_target words, in paragraphs separated by blank lines.',
  'No headings, no scene numbers, no notes or commentary: prose only. Never repeat a sentence from before.',
  'An <instruction>, when present, says what this version must do differently; follow it.',
].join('\n');

type Placed = ReturnType<typeof scenesInOrder>[number];

/** The scenes a request asks to be written, in reading order. */
export function scenesToDraft(
  book: Book,
  prose: ReadonlyMap<string, SceneRecord>,
  request: DraftRequest,
): Placed[] {
  const all = scenesInOrder(book.outline.acts);
  const { target } = request;
  const undrafted = (p: Placed) => !prose.get(p.scene.id)?.text;
  if (target.kind === 'scene')
    return all.filter((p) => p.chapterNumber === target.chapter && p.sceneNumber === target.scene);
  if (target.kind === 'chapter') {
    const chapter = all.filter((p) => p.chapterNumber === target.chapter);
    return request.continuing && !request.again ? chapter.filter(undrafted) : chapter;
  }
  if (request.again) return all;
  return all.filter(undrafted);
}

function describeScope(request: DraftRequest, chapters: number): string {
  const { target } = request;
  if (target.kind === 'scene') return `scene ${target.chapter}.${target.scene}`;
  if (target.kind === 'chapter') return `chapter ${target.chapter} of ${chapters}`;
  return 'the book';
}

export function createDraftingAgent(deps: { artifacts: ArtifactStore; scenes: SceneStore }): SpecialistAgent {
  return {
    ...DRAFTING,
    tools: [...DRAFTING.tools],
    async run(step) {
      const outline = await currentOutline({ artifacts: deps.artifacts, links: step.links });
      if (!outline) {
        throw new AgentError(
          ErrorCode.VALIDATION_ERROR,
          'There is no outline to draft from yet. Ask for one first, for example "outline it in 12 chapters".',
          { agent: AgentName.drafting },
        );
      }
      const book = await loadBook(deps.artifacts, step.links, outline);
      const prose = new Map((await deps.scenes.listForOutline(outline.id)).map((s) => [s.id, s]));
      const request = readDraftRequest(`${step.request}\n${step.task}`);
      const chapters = outline.acts.reduce((sum, act) => sum + act.chapters.length, 0);
      const todo = scenesToDraft(book, prose, request);
      if (todo.length === 0) {
        const scope = describeScope(request, chapters);
        const known =
          request.target.kind === 'book' || scenesInOrder(outline.acts).some((p) => matches(p, request));
        step.events.text(
          known
            ? `Every scene of ${scope} is already drafted. Ask to "regenerate" it to write it again.`
            : `The outline has no ${scope}: it has ${chapters} chapters.`,
        );
        return emptySaved();
      }
      let written = 0;
      for (const [index, placed] of todo.entries()) {
        step.signal.throwIfAborted();
        const text = await draftScene(step, deps, book, prose, placed, {
          instruction: request.instruction,
          position: { index, of: todo.length },
          heading: headingFor(placed, todo[index - 1]),
        });
        written += countWords(text);
      }
      step.events.tool({
        tool_call_id: `draft-${outline.id}`,
        tool_name: ToolName.draftScene,
        status: 'completed',
        message: `Drafted ${todo.length} scene${todo.length === 1 ? '' : 's'}: ${written.toLocaleString('en')} words`,
        progress: 1,
        result: { outline_id: outline.id, scenes_drafted: todo.length, word_count: written },
      });
      return emptySaved();
    },
  };
}

function matches(p: Placed, request: DraftRequest): boolean {
  const { target } = request;
  if (target.kind === 'chapter') return p.chapterNumber === target.chapter;
  if (target.kind === 'scene') return p.chapterNumber === target.chapter && p.sceneNumber === target.scene;
  return true;
}

/** A chapter heading where a new chapter starts, a scene break between scenes of one chapter. */
function headingFor(placed: Placed, previous: Placed | undefined): string {
  const lead = previous ? '\n\n' : '';
  if (previous?.chapterNumber === placed.chapterNumber) return `${lead}* * *\n\n`;
  return `${lead}## Chapter ${placed.chapterNumber}: ${placed.chapter.title}\n\n`;
}

interface SceneJob {
  instruction: string;
  position: { index: number; of: number };
  heading: string;
}

async function draftScene(
  step: SpecialistStep,
  deps: { scenes: SceneStore },
  book: Book,
  prose: Map<string, SceneRecord>,
  placed: Placed,
  job: SceneJob,
): Promise<string> {
  const { scene } = placed;
  const callId = `draft-${scene.id}`;
  const label = `Chapter ${placed.chapterNumber}, scene ${placed.sceneNumber} of ${placed.chapter.scenes.length}`;
  const report = (status: 'executing' | 'completed', words: number, result?: Record<string, unknown>) =>
    step.events.tool({
      tool_call_id: callId,
      tool_name: ToolName.draftScene,
      status,
      message:
        status === 'completed'
          ? `${label} drafted: ${words.toLocaleString('en')} words (target ${scene.word_target.toLocaleString('en')})`
          : `${label} — ${words.toLocaleString('en')} of ${scene.word_target.toLocaleString('en')} words`,
      progress: (job.position.index + Math.min(words / scene.word_target, 1)) / job.position.of,
      ...(result ? { result } : {}),
    });
  report('executing', 0);
  step.events.text(job.heading);

  let text = '';
  let lastReport = Date.now();
  const events = {
    ...step.events,
    text(delta: string) {
      text += delta;
      step.events.text(delta);
      if (Date.now() - lastReport >= PROGRESS_EVERY_MS) {
        lastReport = Date.now();
        report('executing', countWords(text));
      }
    },
  };
  const prompt = writeScenePrompt(
    scenePromptFor(book, placed, prose, { brief: step.brief, instruction: job.instruction }),
  );
  const call = (messages: Parameters<typeof runModelStep>[0]['messages']) =>
    runModelStep({
      model: step.model,
      system: SYSTEM,
      messages,
      tools: {},
      stopWhen: stepCountIs(1),
      signal: step.signal,
      events,
      maxRetries: step.maxRetries,
      wait: step.wait,
      usage: step.usage,
      maxOutputTokens: Math.ceil(scene.word_target * 2.5) + 500,
    });
  await call([{ role: 'user', content: prompt }]);
  // Short of the target: one call that carries on from where the scene stops.
  const short = scene.word_target * (1 - WORD_TOLERANCE);
  if (countWords(text) < short) {
    const missing = scene.word_target - countWords(text);
    const sofar = text;
    events.text('\n\n');
    text += '\n\n';
    await call([
      { role: 'user', content: prompt },
      { role: 'assistant', content: sofar },
      {
        role: 'user',
        content: `Continue this scene from where it stops, about ${missing} more words, to its end. Prose only; repeat nothing.`,
      },
    ]);
  }
  const kept = trimToWords(text.trim(), Math.floor(scene.word_target * (1 + WORD_TOLERANCE)));
  const saved = await deps.scenes.put({
    id: scene.id,
    owner: step.links.owner,
    project_id: step.links.project_id ?? '',
    outline_id: book.outline.id,
    text: kept,
    status: 'drafted',
  });
  prose.set(scene.id, saved);
  report('completed', saved.word_count, { scene_id: scene.id, word_count: saved.word_count });
  return kept;
}
