// How a plot changes for one instruction: its tone and ending, a twist or a subplot, a theme, its readers, its setting.
import { capitalize } from '../prose/wording.ts';
import type { PlotInContext } from '../understand/context.ts';
import type { Ending, Instruction } from '../understand/instructions.ts';
import type { Change } from './character-revision.ts';

type Act = NonNullable<PlotInContext['acts']>[number];
type Beat = NonNullable<Act['beats']>[number];

/** Who the plot's own cast list names for a role: "Talia" for the ally of a plot this model wrote. */
function castFirstName(plot: PlotInContext, role: string): string | undefined {
  const line = new RegExp(`^- (\\S+)[^\\n]*\\(${role}\\b`, 'm').exec(plot.summary ?? '');
  return line?.[1];
}

function withLastBeat(plot: PlotInContext, change: (beats: Beat[]) => Beat[]): { acts: Act[] } | undefined {
  const acts = plot.acts ?? [];
  const last = acts.at(-1);
  if (!last) return undefined;
  return { acts: [...acts.slice(0, -1), { ...last, beats: change(last.beats ?? []).slice(0, 20) }] };
}

const ENDING_BEATS: Record<Ending, (hero: string) => Beat> = {
  happy: (hero) => ({
    name: 'Home Again',
    description: `${hero} comes home with everyone worth saving, and for once the cost is paid by the ones who earned it.`,
  }),
  tragic: (hero) => ({
    name: 'The Price Paid',
    description: `${hero} wins, and does not live to see it; the people left behind build on what ${hero} gave.`,
  }),
  bittersweet: (hero) => ({
    name: 'What Was Kept',
    description: `${hero} keeps what matters most and loses what ${hero} loved second best, and learns to carry both.`,
  }),
  open: (hero) => ({
    name: 'The Door Left Open',
    description: `${hero} stands at the edge of one last choice, and the story ends before it is made.`,
  }),
};

const ENDING_WORDS: Record<Ending, string> = {
  happy: 'a happy one',
  tragic: 'a tragic one',
  bittersweet: 'a bittersweet one',
  open: 'an open one',
};

/** Every string in a value with one name swapped for another, acts and beats included. */
export function replaceEverywhere<T>(value: T, from: string, to: string): T {
  if (typeof value === 'string') return value.replaceAll(from, to) as T;
  if (Array.isArray(value)) return value.map((v) => replaceEverywhere(v, from, to)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'id' ? v : replaceEverywhere(v, from, to)]),
    ) as T;
  return value;
}

/** The realm a plot this model wrote is set in, from its "Setting:" line. */
function realmOf(plot: PlotInContext): string | undefined {
  return /^Setting: (.+?)(?: \(.+?\))? — /m.exec(plot.summary ?? '')?.[1];
}

export function plotChange(instruction: Instruction, plot: PlotInContext): Change | undefined {
  const hero = castFirstName(plot, 'protagonist') ?? 'The hero';
  switch (instruction.type) {
    case 'tone': {
      const beat = instruction.darker
        ? {
            name: 'What Remains',
            description:
              'The victory is real, but so are the graves; the survivors carry the cost for the rest of their lives.',
          }
        : {
            name: 'A Table for Everyone',
            description:
              'The survivors crowd around one long table, and the laughter comes back before the grief has quite finished.',
          };
      const tone = instruction.darker ? 'Dark and unrelenting' : 'Warm, witty and hopeful';
      return {
        changes: { tone, ...withLastBeat(plot, (beats) => [...beats.slice(0, -1), beat]) },
        notes: [
          `The tone is now ${tone.toLowerCase()}, and the final beat, "${beat.name}", ends the story that way.`,
        ],
      };
    }
    case 'ending': {
      const beat = ENDING_BEATS[instruction.ending](hero);
      const acts = withLastBeat(plot, (beats) => [...beats.slice(0, -1), beat]);
      if (!acts) return undefined;
      return {
        changes: acts,
        notes: [`The ending is now ${ENDING_WORDS[instruction.ending]}: the final beat is "${beat.name}".`],
      };
    }
    case 'twist': {
      const ally = castFirstName(plot, 'ally') ?? 'an ally trusted from the first chapter';
      const twist = {
        name: 'The Hidden Hand',
        description: `${capitalize(ally)}, trusted from the very first chapter, steps out of the shadows as the true architect of the conflict.`,
      };
      const acts = withLastBeat(plot, (beats) => [...beats.slice(0, 3), twist, ...beats.slice(3)]);
      if (!acts) return undefined;
      return {
        changes: acts,
        notes: [`The final act now turns on a twist, "The Hidden Hand": ${twist.description}`],
      };
    }
    case 'subplot': {
      const acts = plot.acts ?? [];
      const middle = acts[1];
      if (!middle) return undefined;
      const rival = castFirstName(plot, 'rival') ?? 'a rival';
      const beat = {
        name: 'A Second Front',
        description: `${capitalize(rival)} pursues a quarrel of ${rival === 'a rival' ? 'their' : 'a'} own that crosses ${hero}'s path at the worst moment, and one of them has to give way.`,
      };
      const beats = middle.beats ?? [];
      const changed = { ...middle, beats: [...beats.slice(0, 2), beat, ...beats.slice(2)].slice(0, 20) };
      return {
        changes: { acts: [acts[0], changed, ...acts.slice(2)] },
        notes: [`The second act gains a subplot, "A Second Front": ${beat.description}`],
      };
    }
    case 'theme': {
      const theme = capitalize(instruction.theme);
      const themes = plot.themes ?? [];
      if (themes.some((t) => t.toLowerCase() === theme.toLowerCase())) return undefined;
      return {
        changes: { themes: [...themes, theme].slice(-12) },
        notes: [`${theme} is now among its themes.`],
      };
    }
    case 'audience':
      return {
        changes: { target_audience: instruction.audience },
        notes: [`It is now written for ${instruction.audience.toLowerCase()}.`],
      };
    case 'setting': {
      const realm = realmOf(plot);
      if (!realm) return undefined;
      const { id: _id, ...fields } = replaceEverywhere(plot, realm, instruction.place);
      const changes = Object.fromEntries(
        Object.entries(fields).filter(
          ([k, v]) => JSON.stringify(v) !== JSON.stringify(plot[k as keyof PlotInContext]),
        ),
      );
      return { changes, notes: [`The story now takes place in ${instruction.place} instead of ${realm}.`] };
    }
    default:
      return undefined;
  }
}
