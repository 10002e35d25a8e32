// How two members of a cast stand toward each other, in a sentence that uses each one's pronouns.
import { pronounForms } from './gender.ts';
import type { CastMember } from './story-bible.ts';
import { capitalize, fill } from './wording.ts';

/** {to} is the other person's first name; {toHim}/{toHe} their pronouns; {fromHe}/{fromHimself} the speaker's. */
const TABLE: Record<string, string> = {
  'protagonist>antagonist': 'Sworn opponent; {to} wants what {fromHe} {fromHas} vowed to protect',
  'protagonist>ally': 'Closest companion; {to} has saved {fromHis} life more than once',
  'protagonist>mentor': 'Teacher and guide, whose secrets {fromHe} {fromIs} only beginning to learn',
  'protagonist>rival': 'Rival who becomes an uneasy ally, and perhaps more',
  'protagonist>confidant': 'Trusted friend who keeps everyone honest',
  'antagonist>protagonist': 'Sees {to} as the last obstacle, and as the person {fromHe} might have been',
  'antagonist>mentor': 'Once learned from {to}; the betrayal runs both ways',
  'antagonist>ally': "Considers {to} the weak point in the hero's armour",
  'antagonist>rival': 'Tries to win {to} over with promises of recognition',
  'ally>protagonist': 'Would follow {to} anywhere, though {fromHe} would never say so',
  'ally>antagonist': 'Lost someone to {to} and wants a reckoning',
  'mentor>protagonist': 'Sees in {to} a second chance to get it right',
  'mentor>antagonist': 'Once guided {to}, and blames {fromHimself} for what {toHe} became',
  'rival>protagonist': 'Resents and admires {to} in equal measure',
};

export function relationship(from: CastMember, to: CastMember): string {
  const pair = `${from.role}>${to.role}`;
  const fallback = `Knows {to} from ${pair.includes('confidant') ? 'long evenings of talk' : 'the road'}, and trusts {toHim} cautiously`;
  const slots: Record<string, string> = { to: to.first };
  for (const [prefix, person] of [
    ['from', from],
    ['to', to],
  ] as const) {
    for (const [form, word] of Object.entries(pronounForms(person.pronoun))) slots[`${prefix}${form}`] = word;
  }
  return capitalize(fill(TABLE[pair] ?? fallback, slots));
}
