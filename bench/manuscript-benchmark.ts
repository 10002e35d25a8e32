// The book drawer in Chromium with a whole novel in it: 90 scenes, about 100,000 words, opened and scrolled end to end.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { countWords } from '../protocol/manuscript.ts';
import type { OutlineInput } from '../protocol/projects.ts';
import { writeScene } from '../server/llm/offline/manuscript/scene-writer.ts';
import { OWNER_COOKIE } from '../server/ownership.ts';
import { openRepository } from '../server/storage/index.ts';
import { startBooksWriter } from './bookswriter-server.ts';
import { type Distribution, describeDistribution } from './percentiles.ts';

export interface ManuscriptBenchmarkOptions {
  workDir: string;
  runs: number;
  maxOpenFiles: number;
  log: (line: string) => void;
}

export interface ManuscriptResult {
  scenes: number;
  words: number;
  /** From the click on "Book" to the first scene's prose on screen. */
  openMs: Distribution;
  longestTaskMs: Distribution;
  domNodes: Distribution;
  /** Frame intervals while scrolling from the first scene to the last. */
  scrollFrameP95Ms: Distribution;
  scrollFrameMaxMs: Distribution;
}

const CHAPTERS = 30;
const SCENES_PER_CHAPTER = 3;
const SCENE_WORDS = 1_111;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A finished novel in the database: a project, its outline and every scene's prose, owned by `owner`. */
async function seedNovel(databasePath: string, owner: string, sessionId: string): Promise<{ words: number }> {
  const repo = await openRepository(databasePath);
  try {
    await repo.sessions.ensureSession(sessionId, { owner_token: owner });
    const project = await repo.artifacts.create(
      'projects',
      { title: 'The Long Harbour' },
      { owner, session_id: sessionId },
    );
    await repo.sessions.setProject(sessionId, project.id);
    const acts: OutlineInput['acts'] = [1, 2, 3].map((act) => ({
      id: `act-${act}`,
      title: `Act ${act}`,
      chapters: Array.from({ length: CHAPTERS / 3 }, (_, c) => {
        const chapter = (act - 1) * (CHAPTERS / 3) + c + 1;
        return {
          id: `ch-${chapter}`,
          title: `Chapter ${chapter}`,
          scenes: Array.from({ length: SCENES_PER_CHAPTER }, (_, s) => ({
            id: `sc-${chapter}-${s + 1}`,
            title: `Scene ${s + 1}`,
            summary: `The harbour keeps its secrets in chapter ${chapter}`,
            setting: 'the harbour wall',
            cast: ['Ines Varga', 'Tomas Reid'],
            goal: 'find out who moved the lights',
            change: 'the lights are found to be moved on purpose',
            word_target: SCENE_WORDS,
          })),
        };
      }),
    }));
    const outline = await repo.artifacts.create(
      'outlines',
      { title: 'The Long Harbour', acts },
      { owner, session_id: sessionId, project_id: project.id },
    );
    let words = 0;
    for (const act of outline.acts) {
      for (const chapter of act.chapters) {
        for (const [index, scene] of chapter.scenes.entries()) {
          const text = writeScene({
            scene: {
              chapter_number: Number(chapter.id.slice(3)),
              chapter_title: chapter.title,
              scene_number: index + 1,
              scenes_in_chapter: chapter.scenes.length,
              title: scene.title,
              summary: scene.summary,
              setting: scene.setting,
              cast: scene.cast,
              goal: scene.goal,
              change: scene.change,
              word_target: scene.word_target,
              opens_book: false,
              ends_book: false,
            },
            voice: { author: '', style: '', sample: '', genre: '', tone: '' },
            cast: [],
            places: [],
            storySoFar: [],
            before: '',
            instruction: '',
          });
          words += countWords(text);
          await repo.scenes.put({
            id: scene.id,
            owner,
            project_id: project.id,
            outline_id: outline.id,
            text,
            status: 'drafted',
          });
        }
      }
    }
    return { words };
  } finally {
    await repo.close();
  }
}

export async function runManuscriptBenchmark(options: ManuscriptBenchmarkOptions): Promise<ManuscriptResult> {
  const owner = `bench-${randomUUID()}`;
  const sessionId = `novel-${randomUUID().slice(0, 8)}`;
  const databasePath = join(options.workDir, 'manuscript.sqlite');
  const { words } = await seedNovel(databasePath, owner, sessionId);
  options.log(`seeded ${CHAPTERS * SCENES_PER_CHAPTER} scenes, ${words.toLocaleString('en-US')} words`);
  const server = await startBooksWriter({ databasePath, maxOpenFiles: options.maxOpenFiles });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const runs: { open: number; longest: number; nodes: number; p95: number; max: number }[] = [];
  try {
    for (let run = 0; run < options.runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addCookies([
        { name: OWNER_COOKIE, value: owner, url: `http://127.0.0.1:${server.port}` },
      ]);
      await context.addInitScript({
        content: `window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });`,
      });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${server.port}/?session=${sessionId}`);
      await page.getByTestId('open-book').waitFor();
      await page.evaluate(() => {
        (window as unknown as { __longTasks: number[] }).__longTasks.length = 0;
      });
      const clickedAt = await page.evaluate(() => performance.now());
      await page.getByTestId('open-book').click();
      await page.getByTestId('scene-text').first().waitFor();
      const shownAt = await page.evaluate(() => performance.now());
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      await page.waitForTimeout(300);
      const longest = await page.evaluate(() =>
        Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks),
      );
      // Scroll the reading view to the end, recording the interval between frames.
      const frames = await page.evaluate(async () => {
        const list = document.querySelector(
          '[data-testid="book-panel"] [data-virtuoso-scroller="true"]',
        ) as HTMLElement;
        const intervals: number[] = [];
        let last = performance.now();
        for (
          let step = 0;
          step < 400 && list.scrollTop + list.clientHeight < list.scrollHeight - 2;
          step += 1
        ) {
          list.scrollTop += 600;
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const now = performance.now();
          intervals.push(now - last);
          last = now;
        }
        return intervals.sort((a, b) => a - b);
      });
      runs.push({
        open: shownAt - clickedAt,
        longest,
        nodes,
        p95: frames[Math.floor(frames.length * 0.95)] ?? 0,
        max: frames.at(-1) ?? 0,
      });
      options.log(
        `run ${run + 1}: open ${Math.round(shownAt - clickedAt)} ms, ${nodes} nodes, scroll p95 ${Math.round(runs.at(-1)?.p95 ?? 0)} ms`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return {
    scenes: CHAPTERS * SCENES_PER_CHAPTER,
    words,
    openMs: describeDistribution(runs.map((r) => r.open)),
    longestTaskMs: describeDistribution(runs.map((r) => r.longest)),
    domNodes: describeDistribution(runs.map((r) => r.nodes)),
    scrollFrameP95Ms: describeDistribution(runs.map((r) => r.p95)),
    scrollFrameMaxMs: describeDistribution(runs.map((r) => r.max)),
  };
}
