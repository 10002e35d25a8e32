// From premise to manuscript on the offline model and a real SQLite file: a project, an outline the length
// asked for, locks that survive regeneration, and scenes drafted to their targets, each once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Outline } from '../../protocol/artifacts.ts';
import { countWords } from '../../protocol/manuscript.ts';
import { scenesInOrder } from '../../protocol/projects.ts';
import { AgentName } from '../agents/contract.ts';
import { WORD_TOLERANCE } from '../agents/drafting.ts';
import { createTurnRunner } from '../agents/index.ts';
import { type RecordingEvents, recordingEvents } from '../agents/test-support/recording-events.ts';
import { createOfflineModel } from '../llm/offline/index.ts';
import { openRepository, type Repository } from '../storage/index.ts';
import { createProjectPort } from './project-port.ts';

let folder: string;
let repo: Repository;
let run: ReturnType<typeof createTurnRunner>;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'bookswriter-book-'));
  repo = await openRepository(join(folder, 'book.sqlite'));
  await repo.sessions.ensureSession('s1');
  run = createTurnRunner({
    artifacts: repo.artifacts,
    scenes: repo.scenes,
    projects: createProjectPort(repo),
  });
});
afterAll(async () => {
  await repo.close();
  rmSync(folder, { recursive: true, force: true });
});

const turn = (
  content: string,
  events: RecordingEvents = recordingEvents(),
  { sessionId = 's1', signal = new AbortController().signal } = {},
) =>
  run({
    sessionId,
    owner: `session:${sessionId}`,
    turnId: `t-${content.length}`,
    content,
    model: createOfflineModel({ delayMs: 0 }),
    modelId: 'offline:bookswriter-offline',
    history: [],
    signal,
    events,
  });

async function outline(): Promise<Outline> {
  const project = (await repo.sessions.getSession('s1'))?.project_id ?? '';
  const page = await repo.artifacts.list('outlines', { project_id: project, limit: 5, offset: 0 });
  expect(page.items).toHaveLength(1);
  return page.items[0] as Outline;
}

describe('a book on the offline model', () => {
  it('makes a project from the first plot and moves the session into it', async () => {
    const outcome = await turn(
      'Write a plot about a lighthouse keeper who finds a drowned sailor alive in her lamp room',
    );
    const session = await repo.sessions.getSession('s1');
    expect(session?.project_id).toBeTruthy();
    expect(outcome.results.project_id).toBe(session?.project_id);
    const plot = await repo.artifacts.get('plots', outcome.results.plot_id ?? '');
    expect(plot?.project_id).toBe(session?.project_id);
  });

  it('outlines it in exactly the chapters asked, with targets that add up to the length', async () => {
    await turn('Build the world of the lighthouse and create 3 characters');
    const outcome = await turn('Outline it in 3 chapters of about 1,500 words');
    expect(outcome.results.agents_used).toContain(AgentName.outline);
    const saved = await outline();
    const chapters = saved.acts.flatMap((act) => act.chapters);
    expect(chapters).toHaveLength(3);
    const total = chapters.flatMap((c) => c.scenes).reduce((sum, s) => sum + s.word_target, 0);
    expect(total).toBe(4_500);
    for (const scene of chapters.flatMap((c) => c.scenes)) {
      expect(scene.setting).not.toBe('');
      expect(scene.summary).not.toBe('');
    }
  });

  it('keeps a locked scene when the outline is regenerated', async () => {
    const before = await outline();
    const acts = structuredClone(before.acts);
    const locked = acts[0]?.chapters[0]?.scenes[0];
    if (!locked) throw new Error('no scene');
    locked.title = 'The lamp room at midnight';
    locked.locked = true;
    await repo.artifacts.update('outlines', before.id, { acts });
    const unlockedBefore = scenesInOrder(acts)
      .slice(1)
      .map((p) => p.scene.id);

    await turn('Regenerate the outline in 3 chapters so that the sailor lies about the wreck');
    const after = await outline();
    const scenes = scenesInOrder(after.acts).map((p) => p.scene);
    expect(scenes[0]).toEqual(locked);
    expect(scenes.slice(1).map((s) => s.id)).not.toEqual(unlockedBefore);
    expect(JSON.stringify(after.acts)).toMatch(/the sailor lies about the wreck/i);
  });

  it('drafts the book scene by scene, each within its target, and continues without rewriting', async () => {
    const events = recordingEvents();
    await turn('Write the book', events);
    const saved = await outline();
    const prose = await repo.scenes.listForOutline(saved.id);
    const planned = scenesInOrder(saved.acts);
    expect(prose).toHaveLength(planned.length);
    for (const { scene } of planned) {
      const text = prose.find((p) => p.id === scene.id);
      expect(text?.status).toBe('drafted');
      const words = countWords(text?.text ?? '');
      expect(Math.abs(words - scene.word_target) / scene.word_target).toBeLessThanOrEqual(WORD_TOLERANCE);
    }
    const progress = events.tools().filter((t) => t.tool_name === 'draft_scene');
    expect(progress.some((t) => /^Chapter 2, scene 1 of \d+ — [\d,]+ of [\d,]+ words$/.test(t.message))).toBe(
      true,
    );
    expect(events.written()).toContain('## Chapter 1:');

    const again = recordingEvents();
    await turn('continue', again);
    expect(again.written()).toMatch(/already drafted/);
    expect((await repo.scenes.listForOutline(saved.id)).map((p) => p.updated_at)).toEqual(
      prose.map((p) => p.updated_at),
    );
  });

  it('regenerates one scene with an instruction and leaves the others alone', async () => {
    const saved = await outline();
    const before = await repo.scenes.listForOutline(saved.id);
    await turn('Regenerate scene 2.1 so that the keeper hides the logbook');
    const after = await repo.scenes.listForOutline(saved.id);
    const target = scenesInOrder(saved.acts).find((p) => p.chapterNumber === 2 && p.sceneNumber === 1)?.scene
      .id;
    for (const scene of after) {
      const old = before.find((b) => b.id === scene.id);
      if (scene.id === target) {
        expect(scene.text).not.toBe(old?.text);
        expect(scene.text).toMatch(/the keeper hides the logbook/i);
      } else expect(scene.text).toBe(old?.text);
    }
  });

  it('writes no paragraph twice and few repeated 8-word runs between chapters', async () => {
    const saved = await outline();
    const prose = await repo.scenes.listForOutline(saved.id);
    const paragraphs = prose.flatMap((p) => p.text.split(/\n{2,}/));
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
    const byChapter = new Map<number, string[]>();
    for (const { scene, chapterNumber } of scenesInOrder(saved.acts)) {
      const text = prose.find((p) => p.id === scene.id)?.text ?? '';
      byChapter.set(chapterNumber, [...(byChapter.get(chapterNumber) ?? []), text]);
    }
    const grams = (text: string) => {
      const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
      return words.slice(0, -7).map((_, i) => words.slice(i, i + 8).join(' '));
    };
    const chapterGrams = [...byChapter.values()].map((texts) => new Set(texts.flatMap(grams)));
    let repeated = 0;
    let total = 0;
    chapterGrams.forEach((set, index) => {
      for (const gram of set) {
        total += 1;
        if (chapterGrams.some((other, j) => j !== index && other.has(gram))) repeated += 1;
      }
    });
    expect(repeated / total).toBeLessThan(0.02);
  });

  it('stops between scenes and continues with the scenes still unwritten, each written once', async () => {
    await repo.sessions.ensureSession('s2');
    const inS2 = { sessionId: 's2' };
    await turn('Write a plot about a bell founder whose bells ring only for liars', undefined, inS2);
    await turn('Outline it in 3 chapters of about 500 words', undefined, inS2);
    const stop = new AbortController();
    const drafted: string[] = [];
    const events = recordingEvents((event) => {
      if (
        event.kind !== 'tool' ||
        event.update.tool_name !== 'draft_scene' ||
        event.update.status !== 'completed'
      )
        return;
      const sceneId = event.update.result?.scene_id;
      if (typeof sceneId === 'string') drafted.push(sceneId);
      if (drafted.length === 1) stop.abort();
    });
    await expect(turn('Write the book', events, { ...inS2, signal: stop.signal })).rejects.toThrow();
    expect(drafted).toHaveLength(1);

    const more = recordingEvents((event) => {
      if (
        event.kind === 'tool' &&
        event.update.status === 'completed' &&
        typeof event.update.result?.scene_id === 'string'
      )
        drafted.push(event.update.result.scene_id);
    });
    await turn('continue', more, inS2);
    const project = (await repo.sessions.getSession('s2'))?.project_id ?? '';
    const [book] = (await repo.artifacts.list('outlines', { project_id: project, limit: 1, offset: 0 }))
      .items;
    const planned = scenesInOrder(book?.acts ?? []).map((p) => p.scene.id);
    expect(drafted).toEqual(planned);
    expect(
      (await repo.scenes.listForOutline(book?.id ?? '')).every((scene) => scene.status === 'drafted'),
    ).toBe(true);
  });
});
