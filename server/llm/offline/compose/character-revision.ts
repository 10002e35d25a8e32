// How a character changes when the writer asks: kinder, darker, older, a secret, a fuller past, with the right pronouns.

import { pronounForms, pronounInProse } from '../prose/gender.ts';
import { capitalize, fill } from '../prose/wording.ts';
import type { CharacterInContext } from '../understand/context.ts';
import type { Direction } from '../understand/revision-directions.ts';

export interface Change {
  changes: Record<string, unknown>;
  /** What changed, in sentences for the writer. */
  notes: string[];
}

export function characterChange(
  direction: Exclude<Direction, 'rename' | 'twist'>,
  target: CharacterInContext,
  request: string,
): Change {
  const name = target.name || 'this character';
  const first = name.split(' ')[0] ?? name;
  const prose = [target.description, target.backstory, target.arc].join(' ');
  const forms = pronounForms(pronounInProse(prose) ?? 'they');
  const slots = {
    first,
    he: forms.He,
    him: forms.Him,
    his: forms.His,
    himself: forms.Himself,
    is: forms.Is,
    has: forms.Has,
    was: forms.Was,
    s: forms.S,
  };
  const say = (template: string) => fill(template, slots);
  const add = (field: 'description' | 'backstory' | 'arc', template: string) =>
    `${target[field] ?? ''} ${say(template)}`.trim();

  switch (direction) {
    case 'sympathetic':
      return {
        changes: {
          backstory: add(
            'backstory',
            'Long before anyone feared {first}, {he} lost {his} family to the same cruelty {he} now deal{s} in, and swore never to be helpless again. Every hard choice since has been made to keep that promise.',
          ),
          motivations: [
            say('Protect the few people {he} still love{s}'),
            say('Make sure no one suffers the loss that shaped {him}'),
            'Be understood, if not forgiven',
          ],
          arc: say(
            'From conviction to doubt: {first} is offered a way to win without becoming the monster the world sees, and the reader hopes, against the odds, that {he} will take it.',
          ),
        },
        notes: [
          say(`I've made ${name} more sympathetic without softening the threat.`),
          say(
            '{His} backstory now begins with a loss: {he} lost {his} family to the very cruelty {he} now deal{s} in.',
          ),
          say(
            'What drives {him} now is protecting the few people {he} still love{s}, and being understood, if not forgiven.',
          ),
          say(
            '{His} arc bends from conviction toward doubt, so readers can hope {he} will choose differently.',
          ),
        ].map(capitalize),
      };
    case 'menacing': {
      const past = /\b(past|backstory|history)\b/i.test(request);
      return {
        changes: {
          description: add(
            'description',
            'There is nothing left in {first} that can be reasoned with; patience is {his} most frightening weapon.',
          ),
          ...(past
            ? {
                backstory: add(
                  'backstory',
                  'What {first} never tells anyone is what {he} did to survive the worst winter of {his} life, and who did not survive it.',
                ),
              }
            : {}),
          arc: say(
            'From ambition to atrocity: each victory makes {first} colder, until even {his} allies flee.',
          ),
        },
        notes: [
          say(`I've made ${name} darker.`),
          say(
            '{He} can no longer be reasoned with, and {his} patience is now the most frightening thing about {him}.',
          ),
          ...(past ? [say('{His} past now holds a survival that cost someone else everything.')] : []),
          say('{His} arc runs from ambition to atrocity.'),
        ].map(capitalize),
      };
    }
    case 'lighter':
      return {
        changes: {
          description: add(
            'description',
            '{first} has a gift for the absurd and uses humour to disarm friends and enemies alike.',
          ),
        },
        notes: [
          say(
            `I've given ${name} a lighter touch: {he} now use{s} humour to disarm friends and enemies alike.`,
          ),
        ],
      };
    case 'older':
    case 'younger': {
      const older = direction === 'older';
      return {
        changes: {
          description: add(
            'description',
            older
              ? 'Now in {his} late fifties, {first} carries the years in {his} hands and in {his} patience, and people half {his} age still underestimate {him}.'
              : 'Barely twenty, {first} has more nerve than experience and is still learning which risks are worth taking.',
          ),
          arc: add(
            'arc',
            older
              ? 'Age makes every choice heavier: this is {his} last chance to set things right, and {he} know{s} it.'
              : 'Youth makes every mistake louder, and every lesson land harder.',
          ),
        },
        notes: [
          say(
            older
              ? `I've made ${name} older: {he} ${forms.Is} now in {his} late fifties, seasoned and easy to underestimate.`
              : `I've made ${name} younger: barely twenty, with more nerve than experience.`,
          ),
          say(
            older
              ? 'The arc now treats this as {his} last chance to set things right.'
              : 'The arc now lets {his} mistakes land harder, and {his} lessons too.',
          ),
        ],
      };
    }
    case 'braver':
      return {
        changes: {
          description: add(
            'description',
            'When it counts, {first} no longer waits to be rescued: {he} step{s} forward first, afraid and going anyway.',
          ),
          arc: add(
            'arc',
            'Each risk {first} takes costs less than the last, until {he} choose{s} the one no one else will.',
          ),
        },
        notes: [
          say(
            `I've made ${name} braver: {he} now step{s} forward first when it counts, afraid and going anyway.`,
          ),
        ],
      };
    case 'secret':
      return {
        changes: {
          backstory: add(
            'backstory',
            'What no one knows is that {first} once made a bargain {he} has never confessed, and the price of it is coming due.',
          ),
          arc: add(
            'arc',
            'The secret comes out at the worst possible moment, and {first} must decide whether to lie once more or finally tell the truth.',
          ),
        },
        notes: [
          say(
            `I've given ${name} a secret: a bargain {he} ${forms.Has} never confessed, whose price is coming due.`,
          ),
          say(
            '{His} arc now builds to the moment it comes out, and the choice between one more lie and the truth.',
          ),
        ].map(capitalize),
      };
    case 'backstory':
      return {
        changes: {
          backstory: add(
            'backstory',
            '{first} was the child who listened at doors. {He} learned the family’s secrets early, kept them, and was punished for one that was never {his}. The years since have taught {him} that trust is a debt someone always collects.',
          ),
        },
        notes: [
          say(
            `I've written out ${name}'s backstory: a child who listened at doors, was punished for a secret that was never {his}, and grew up believing that trust is a debt someone always collects.`,
          ),
        ],
      };
    default:
      return {
        changes: {
          description: add(
            'description',
            'Beneath it all, {first} carries a contradiction that makes every scene with {him} unpredictable.',
          ),
          arc: add(
            'arc',
            'At the turning point of {his} own story, {first} must make a choice that costs {him} something real.',
          ),
        },
        notes: [
          say(
            `I've deepened ${name}: {he} now carr${forms.S ? 'ies' : 'y'} a contradiction that makes every scene with {him} unpredictable,`,
          ) + say(' and {his} arc turns on a choice that costs {him} something real.'),
        ],
      };
  }
}
