// How a world or an author persona changes for one instruction: tone, a new element, what magic costs, a style.
import { capitalize } from '../prose/wording.ts';
import type { AuthorInContext, WorldInContext } from '../understand/context.ts';
import type { Instruction, Style } from '../understand/instructions.ts';
import type { Change } from './character-revision.ts';

export function worldChange(instruction: Instruction, world: WorldInContext): Change | undefined {
  const name = world.name || 'this world';
  switch (instruction.type) {
    case 'tone': {
      const line = instruction.darker
        ? `Famine, war and fear shadow every road in ${name}, and trust is the rarest coin there is.`
        : `Festivals, music and unlikely kindness fill the streets of ${name}, and strangers are fed before anyone asks their names.`;
      return {
        changes: { overview: `${world.overview ?? ''} ${line}`.trim() },
        notes: [`${name}'s overview now ends: "${line}"`],
      };
    }
    case 'element': {
      const element = capitalize(instruction.element);
      const elements = world.unique_elements ?? [];
      if (elements.some((e) => e.toLowerCase() === element.toLowerCase())) return undefined;
      return {
        changes: { unique_elements: [...elements, element].slice(-20) },
        notes: [`${element} is now one of what makes ${name} unlike anywhere else.`],
      };
    }
    case 'magic-cost': {
      const line = `Every working of magic costs ${instruction.cost}, and no one who casts is ever quite whole again.`;
      return {
        changes: { magic_or_technology: `${world.magic_or_technology ?? ''} ${line}`.trim() },
        notes: [`Magic in ${name} now has its price: ${instruction.cost}.`],
      };
    }
    default:
      return undefined;
  }
}

const STYLE_LINES: Record<Style, string> = {
  lyrical: 'Lyrical, image-rich prose that lingers on light, weather and the textures of a place',
  spare: 'Spare, exact prose: short sentences, no wasted words, and the feeling left under the surface',
  funny: 'Quick, funny prose with a warm heart, where the jokes land hardest just before the sad parts',
  dark: 'Dark, unsettling prose that keeps its menace quiet and lets dread do the work',
  distinctive:
    'A voice readers know in a single line: wry asides, long sentences that snap shut on a short one, and a fondness for the odd true detail',
};

export function authorChange(instruction: Instruction, author: AuthorInContext): Change | undefined {
  if (instruction.type !== 'style') return undefined;
  const line = STYLE_LINES[instruction.style];
  // The style's first sentence says how the prose reads; what follows it (moods, settings) stays.
  const rest = (author.writing_style ?? '')
    .split(/(?<=\.)\s+/)
    .slice(1)
    .join(' ');
  return {
    changes: { writing_style: `${line}.${rest ? ` ${rest}` : ''}` },
    notes: [`The writing style now reads: ${line.charAt(0).toLowerCase()}${line.slice(1)}.`],
  };
}
