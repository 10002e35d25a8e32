// How the orchestrator tells a plot writer what the session already holds, so a second request gets a different story.
import { listInProse } from './wording.ts';

const LEAD = 'This session already has';

/** A sentence any model can act on, and that the offline plot writer reads back to vary its seed. */
export function describeExistingPlots(titles: string[]): string {
  if (titles.length === 0) return '';
  const quoted = titles.map((t) => `"${t}"`);
  const noun = titles.length === 1 ? 'a plot' : `${titles.length} plots`;
  return `${LEAD} ${noun}, ${listInProse(quoted)}; make this one a new story, different from ${titles.length === 1 ? 'it' : 'them'}.`;
}

/** The titles `describeExistingPlots` listed in a task, oldest first; none for any other task. */
export function readExistingPlots(task: string): string[] {
  const sentence = task.slice(task.indexOf(LEAD));
  if (!task.includes(LEAD)) return [];
  const list = sentence.split(';')[0] ?? '';
  return [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '').filter(Boolean);
}
