// The writer's premise in the plot's own sentences: how the logline opens, how it all begins, what each act turns on.
import { capitalize, titleCase } from '../prose/wording.ts';
import { definite, type Premise } from '../understand/premise.ts';
import type { CastMember } from './story-bible.ts';

export interface PremiseLines {
  /** Opens the logline: "Lyra Vell, a young mage, discovers a forbidden library." */
  opening: string;
  /** Follows "It all begins": "when Lyra discovers a forbidden library". */
  begins: string;
  /** A clause that can follow "because": "Lyra discovers a forbidden library". */
  fact: string;
  /** A title made of the premise's place or object, when it has one: "The Forbidden Library". */
  title: string | undefined;
}

/** "a forbidden library" → "The Forbidden Library"; "her father's ship" keeps its possessive. */
export function focusTitle(phrase: string): string {
  return titleCase(definite(phrase));
}

/** "Tom and his robot dog are escaping a flooded city"; "Hal meets the woman sent to close it". */
function pairFact(first: string, clause: string): string {
  const rest = clause.replace(/^and\s+/i, '');
  const participle = /\s(\w+ing\b.*)$/.exec(rest);
  if (participle?.[1] && participle.index > 0)
    return `${first} and ${rest.slice(0, participle.index)} are ${participle[1]}`;
  return `${first} meets ${rest}`;
}

export function premiseLines(premise: Premise, hero: CastMember): PremiseLines {
  const { conflict, focus } = premise;
  const title = focus ? focusTitle(focus.phrase) : undefined;
  const called = `${hero.name}, ${hero.calling}`;
  // After a name, never "are": "Quinn is investigating", whatever pronoun Quinn uses.
  const is = 'is';
  if (!conflict) {
    const about = focus ? definite(focus.phrase) : undefined;
    return {
      opening: about
        ? `${capitalize(about)} is where it all begins, and ${called}, is the one it changes.`
        : `The story follows ${called}.`,
      begins: about ? `with ${hero.first} and ${about}` : `with ${hero.first}`,
      fact: about ? `everything turns on ${about}` : `${hero.first} ${is} ${hero.calling}`,
      title,
    };
  }
  const { clause } = conflict;
  switch (conflict.form) {
    case 'verb':
      return {
        opening: `${called}, ${clause}.`,
        begins: `when ${hero.first} ${clause}`,
        fact: `${hero.first} ${clause}`,
        title,
      };
    case 'participle':
      return {
        opening: `${called}, ${is} ${clause}.`,
        begins: `with ${hero.first} ${clause}`,
        fact: `${hero.first} ${is} ${clause}`,
        title,
      };
    case 'pair':
      return {
        opening: `The story belongs to ${called}, ${clause}.`,
        begins: `with ${hero.first} ${clause}`,
        fact: pairFact(hero.first, clause),
        title,
      };
    default:
      return {
        opening: `${capitalize(clause)}.`,
        begins: `when ${clause}`,
        fact: clause,
        title,
      };
  }
}
