// Who is he, she or they: pronoun forms, a gender read from a role or from prose, and pronoun slots for templates.

export type Pronoun = 'he' | 'she' | 'they';

export const PRONOUNS: readonly Pronoun[] = ['he', 'she', 'they'];

interface Forms {
  /** he / she / they */
  He: string;
  /** him / her / them */
  Him: string;
  /** his / her / their */
  His: string;
  /** himself / herself / themself */
  Himself: string;
  /** is / is / are — so "they are" never reads "they is" */
  Is: string;
  Was: string;
  Has: string;
  /** The -s of a present-tense verb: "she learns", "they learn". */
  S: string;
}

const FORMS: Record<Pronoun, Forms> = {
  he: { He: 'he', Him: 'him', His: 'his', Himself: 'himself', Is: 'is', Was: 'was', Has: 'has', S: 's' },
  she: { He: 'she', Him: 'her', His: 'her', Himself: 'herself', Is: 'is', Was: 'was', Has: 'has', S: 's' },
  they: {
    He: 'they',
    Him: 'them',
    His: 'their',
    Himself: 'themself',
    Is: 'are',
    Was: 'were',
    Has: 'have',
    S: '',
  },
};

export function pronounForms(pronoun: Pronoun): Forms {
  return FORMS[pronoun];
}

/**
 * Slots for one person: `{heroHe}`, `{heroHim}`, `{heroHis}`, `{heroHimself}`, `{heroIs}`, `{heroWas}`,
 * `{heroHas}`, `{heroS}`. `fill` capitalises any of them written with a capital, e.g. `{HeroHe}`.
 */
export function pronounSlots(key: string, pronoun: Pronoun): Record<string, string> {
  const slots: Record<string, string> = {};
  for (const [form, word] of Object.entries(FORMS[pronoun])) slots[`${key}${form}`] = word;
  return slots;
}

const FEMININE =
  /\b(she|her|hers|herself|woman|women|girl|daughter|sister|mother|widow|wife|queen|lady|heiress|heroine|aunt|niece|grandmother|matriarch|princess|duchess|empress|priestess|nun|actress|waitress|landlady|witch)\b/gi;
const MASCULINE =
  /\b(he|him|his|himself|man|men|boy|son|brother|father|widower|husband|king|lord|uncle|nephew|grandfather|patriarch|prince|duke|emperor|priest|monk|actor|waiter|landlord|wizard)\b/gi;
const NEUTRAL = /\b(they|them|their|themself|themselves)\b/gi;

/** The gender a role or epithet implies ("a grieving widow" → she), or undefined when it implies none. */
export function impliedPronoun(text: string): Pronoun | undefined {
  const feminine = text.match(FEMININE)?.length ?? 0;
  const masculine = text.match(MASCULINE)?.length ?? 0;
  if (feminine > masculine) return 'she';
  if (masculine > feminine) return 'he';
  return undefined;
}

/** The pronoun prose about one person uses most, e.g. a stored character's backstory; undefined when none. */
export function pronounInProse(text: string): Pronoun | undefined {
  const counts: [Pronoun, number][] = [
    ['she', text.match(/\b(she|her|hers|herself)\b/gi)?.length ?? 0],
    ['he', text.match(/\b(he|him|his|himself)\b/gi)?.length ?? 0],
    ['they', text.match(NEUTRAL)?.length ?? 0],
  ];
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : undefined;
}

/** Whether a role and a pronoun can describe one person. */
export function fits(text: string, pronoun: Pronoun): boolean {
  const implied = impliedPronoun(text);
  return implied === undefined || implied === pronoun;
}

export function isPronoun(word: string): word is Pronoun {
  return (PRONOUNS as readonly string[]).includes(word);
}

/** Lowercase slots for the person a template is about: {he} {him} {his} {himself} {is} {was} {has} {s}. */
export function personSlots(pronoun: Pronoun): Record<string, string> {
  return Object.fromEntries(
    Object.entries(FORMS[pronoun]).map(([form, word]) => [
      form.charAt(0).toLowerCase() + form.slice(1),
      word,
    ]),
  );
}
