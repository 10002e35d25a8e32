// How two members of a cast stand toward each other, in a sentence that uses each one's pronouns.

import { pronounForms } from '../prose/gender.ts';
import { capitalize, fill } from '../prose/wording.ts';
import type { CastMember } from './story-bible.ts';

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
  'antagonist>confidant': 'Suspects {to} knows too much, and watches {toHim} closely',
  'ally>mentor': 'Wary of {to}, and of everything {toHe} {toIs} not saying',
  'ally>rival': 'Bickers with {to} constantly, and would still take a blow for {toHim}',
  'ally>confidant': 'Trades gossip with {to} and trusts {toHim} with the rest',
  'mentor>ally': 'Has quietly taken {to} under {fromHis} wing',
  'mentor>rival': 'Sees too much of {fromHis} younger self in {to} to be comfortable',
  'mentor>confidant': 'An old friend; {to} is the one person {fromHe} never lie{fromS} to',
  'rival>antagonist': 'Courted by {to}, and tempted more than {fromHe} will admit',
  'rival>ally': 'Finds {to} exasperating, and useful',
  'rival>mentor': 'Wanted {to} as a teacher, and was turned away',
  'rival>confidant': 'Tells {to} the things {fromHe} cannot tell anyone else',
  'confidant>protagonist': 'Keeps {to} honest, whether {toHe} like{toS} it or not',
  'confidant>antagonist': 'Knows one of {to}’s secrets, and has not decided what to do with it',
  'confidant>ally': 'Shares a table with {to} most evenings and most of {toHis} worries',
  'confidant>mentor': 'Holds {to}’s oldest secret, and has kept it for years',
  'confidant>rival': 'Sees through {to}’s bravado to the loneliness underneath',
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
