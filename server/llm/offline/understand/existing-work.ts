// How the orchestrator tells a plot writer what the session already holds, so a second request gets a different story.
import { listInProse } from '../prose/wording.ts';

const LEAD = 'This session already has';
const NAMES_LEAD = 'Names already in use:';

/** A sentence any model can act on, and that the offline plot writer reads back to vary its seed. */
export function describeExistingPlots(titles: string[], names: string[] = []): string {
  if (titles.length === 0) return '';
  const quoted = titles.map((t) => `"${t}"`);
  const noun = titles.length === 1 ? 'a plot' : `${titles.length} plots`;
  const them = titles.length === 1 ? 'it' : 'them';
  const cast = names.length > 0 ? ` ${NAMES_LEAD} ${names.join(', ')}.` : '';
  return `${LEAD} ${noun}, ${listInProse(quoted)}; make this one a new story, different from ${them}.${cast}`;
}

/** The character names `describeExistingPlots` listed: a new story gives its people new names. */
export function readNamesInUse(task: string): string[] {
  const list = task.split(NAMES_LEAD)[1]?.split('.')[0] ?? '';
  return list
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

/** The task without the note on other plots. */
export function withoutExistingNote(task: string): string {
  const at = task.indexOf(LEAD);
  return at < 0 ? task : task.slice(0, at);
}

/** The titles `describeExistingPlots` listed in a task, oldest first; none for any other task. */
export function readExistingPlots(task: string): string[] {
  const sentence = task.slice(task.indexOf(LEAD));
  if (!task.includes(LEAD)) return [];
  const list = sentence.split(';')[0] ?? '';
  return [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '').filter(Boolean);
}
