// The offline model plans a book: chapters from the plot's acts and beats, scenes with setting, cast, goal and change.
import type { LengthAsk } from '../../../manuscript/length-ask.ts';
import type { OutlineDraft } from '../../../manuscript/outline-shape.ts';
import { createRandom } from '../../../random/seeded-random.ts';

interface Beat {
  act: string;
  actSummary: string;
  name: string;
  description: string;
}

const DEFAULT_CHAPTERS = 8;
const DEFAULT_SCENE_WORDS = 2_000;

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
const str = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The plot's beats in order, with their acts; a plot with none gives one beat per act, or one for the summary. */
function beatsOf(plot: Record<string, unknown>): Beat[] {
  const beats = list(plot.acts).flatMap((rawAct) => {
    const act = record(rawAct);
    const actName = str(act.name) || 'Act';
    const inner = list(act.beats).map((b) => ({
      act: actName,
      actSummary: str(act.summary),
      name: str(record(b).name),
      description: str(record(b).description),
    }));
    return inner.length > 0
      ? inner
      : [{ act: actName, actSummary: str(act.summary), name: actName, description: str(act.summary) }];
  });
  if (beats.length > 0) return beats;
  return [
    {
      act: 'The story',
      actSummary: '',
      name: str(plot.title) || 'The story',
      description: str(plot.summary) || str(plot.logline),
    },
  ];
}

/** Places the world names: capitalised phrases in its geography, or the world itself. */
function placesOf(world: Record<string, unknown>): string[] {
  const text = `${str(world.geography)} ${str(world.overview)}`;
  const found = text.match(/\b(?:the )?[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*\b/g) ?? [];
  const skip = new Set(['The', 'A', 'An', 'In', 'It', 'Its', 'At', 'On', 'This', 'Here', 'There', 'Beyond']);
  const places = [...new Set(found.filter((p) => !skip.has(p) && p.length > 3))];
  return places.length > 0 ? places.slice(0, 12) : [str(world.name) || 'the town'];
}

const SEEKING_GOALS = [
  '{who} wants to learn why {event}',
  '{who} tries to get ahead of it: {event}',
  '{who} needs proof that {event}',
  '{who} hopes to keep it secret that {event}',
  '{who} looks for an ally now that {event}',
];
const CHOICE_GOALS = [
  '{who} has to choose what to risk, since {event}',
  '{who} must act before it is too late: {event}',
  '{who} wants to put right what happened when {event}',
  '{who} decides whom to trust, because {event}',
];
const OPENING_CHANGES = [
  '{who} knows more than at the start',
  '{who} has a lead and an enemy',
  'a secret is out',
  '{who} can no longer pretend all is well',
  'someone close to {who} is lying',
];
const CLOSING_CHANGES = [
  'there is no going back for {who}',
  '{who} has paid for the choice',
  'the stakes are plain to everyone',
  '{who} has lost something that mattered',
  'an old bond breaks',
];

function fillIn(template: string, who: string, event: string): string {
  const text = template.replaceAll('{who}', who).replaceAll('{event}', event);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const first = (text: string) => (text.split(/(?<=[.!?])\s+/)[0] ?? text).replace(/[.!?]+$/, '');

export function composeOutline(
  context: Record<string, unknown>,
  request: string,
  ask: LengthAsk,
): OutlineDraft {
  const plot = record(context.plot ?? record(context.target).plot);
  const world = record(context.world);
  const cast = list(context.characters)
    .map((c) => str(record(c).name))
    .filter(Boolean);
  const beats = beatsOf(plot);
  const random = createRandom(`${str(plot.title)}:${request}`);
  const chapters =
    ask.chapters ?? (ask.words ? Math.min(30, Math.max(3, Math.round(ask.words / 4_000))) : DEFAULT_CHAPTERS);
  const total =
    ask.words ?? (ask.chapterWords ? ask.chapterWords * chapters : chapters * 3 * DEFAULT_SCENE_WORDS);
  const perChapter = total / chapters;
  const scenesPerChapter = Math.min(4, Math.max(1, Math.round(perChapter / 1_200)));
  const places = placesOf(world);
  const protagonist = cast[0];
  const focus = /\bchapter\s+(\d+)\b/i.exec(request);
  const instructed = /\b(?:so that|where|with)\s+(.{3,300})$/i.exec(request)?.[1]?.replace(/[.!?]+$/, '');

  const planned = Array.from({ length: chapters }, (_, index) => {
    const beat = beats[Math.min(beats.length - 1, Math.floor((index * beats.length) / chapters))] as Beat;
    const repeat = beats.length < chapters ? Math.floor((index * beats.length) % chapters) : 0;
    const title = beats.length >= chapters || repeat === 0 ? beat.name : `${beat.name}, continued`;
    const scenes = Array.from({ length: scenesPerChapter }, (_, s) => {
      const others = cast.filter((name) => name !== protagonist);
      const sceneCast = [protagonist, ...random.sample(others, Math.min(2, others.length))].filter(
        (name): name is string => Boolean(name),
      );
      const setting = places[(index * scenesPerChapter + s) % places.length] ?? 'the town';
      const step =
        s === 0 ? '' : s === scenesPerChapter - 1 ? ', and it comes to a head' : ', and the pressure grows';
      let summary = `${first(beat.description) || beat.name}${step}.`;
      if (
        instructed &&
        (focus ? Number(focus[1]) === index + 1 : index === Math.floor(chapters / 2)) &&
        s === 0
      )
        summary = `${instructed.charAt(0).toUpperCase()}${instructed.slice(1)}. ${summary}`;
      const who = protagonist ?? 'the protagonist';
      const event = first(beat.description).toLowerCase() || beat.name.toLowerCase();
      const closing = s === scenesPerChapter - 1;
      return {
        title: `${beat.name} — ${['arrival', 'pressure', 'choice', 'fallout'][s] ?? 'aftermath'}`,
        summary,
        setting,
        cast: sceneCast,
        goal: fillIn(random.pick(closing ? CHOICE_GOALS : SEEKING_GOALS), who, event),
        change: fillIn(random.pick(closing ? CLOSING_CHANGES : OPENING_CHANGES), who, event),
        word_target: Math.max(100, Math.round(perChapter / scenesPerChapter)),
      };
    });
    return { act: beat.act, actSummary: beat.actSummary, title, summary: first(beat.description), scenes };
  });

  const acts: OutlineDraft['acts'] = [];
  for (const chapter of planned) {
    const last = acts.at(-1);
    const entry = { title: chapter.title, summary: chapter.summary, scenes: chapter.scenes };
    if (last && last.title === chapter.act) last.chapters.push(entry);
    else acts.push({ title: chapter.act, summary: chapter.actSummary, chapters: [entry] });
  }
  return { title: str(plot.title) || 'Untitled book', acts };
}
