// Reads the writer's premise ("a young mage who discovers a forbidden library") into its lead, its focus and its conflict.
import { impliedPronoun, type Pronoun } from '../prose/gender.ts';
import { isPlural } from './motifs.ts';
import {
  AFTER_VERB,
  AUXILIARIES,
  DETERMINERS,
  namesPerson,
  namesPlace,
  namesThing,
  RELATIVES,
  VERB_WORDS,
} from './premise-words.ts';

export interface Premise {
  /** Who the story follows, in the writer's words: "a young mage"; a name when the writer gave one. */
  lead?: { calling: string | undefined; name: string | undefined; pronoun: Pronoun | undefined };
  /** The central place or object: "a forbidden library", "a generation ship". */
  focus?: { phrase: string; place: boolean };
  conflict?: Conflict;
  /** The premise as the writer wrote it, without what asked for it. */
  text: string;
}

/**
 * What happens, as the writer put it. `verb` follows the lead: "discovers a forbidden library"; `participle`
 * too: "investigating murders in a theater"; `pair` joins a second person: "and the woman sent to close it";
 * `whole` stands alone: "the generation ship's AI is lying to the crew".
 */
export interface Conflict {
  clause: string;
  form: 'verb' | 'participle' | 'pair' | 'whole';
}

/** "Create a fantasy novel about", "Write me a thriller where", "A story in which": what comes before a premise. */
const LEAD_IN =
  /^(?:(?:please|so|ok|okay)[,\s]+)?(?:(?:can|could|would) you\s+)?(?:(?:create|write|generate|make|plan|draft|build|imagine|develop|give me|i want|i'd like|come up with|tell me)\s+)?(?:me\s+|us\s+)?(?:an?|the|my|one)?\s*(?:[\w-]+\s+){0,4}(?:novel|story|book|plot|tale|saga|novella|series|epic|thriller|mystery|romance|fantasy|horror|fiction|whodunit|western|adventure)\b\s*/i;
const MARKER =
  /^(?:about|where|in which|following|that follows|which follows|featuring|starring|between|of|on)\b\s*|^[:—–-]\s*/i;
/** Where a premise stops: its setting, audience or style are read elsewhere; a new sentence is a new ask. */
const STOP =
  /\s+(?:set (?:in|on|at|aboard|among|during)|told (?:by|from|in)|for (?:young|adult|middle|children|kids|teens?|readers)|in the style of|written (?:as|in|for))\b.*$|\s*(?:[.!?;\n]|,?\s+(?:and\s+)?then\b|,\s*(?:and\s+)?(?:make|give|let|add|with|but|please|told|write|translate|draw)\b).*$/is;

/** Nouns for a group of people: a story about one follows one of its members. */
const COLLECTIVE = /^(?:family|crew|couple|band|gang|troupe|team|company|squad|club|circle|coven|order)$/i;

/** Words that end a noun phrase once it has a head. */
const BOUNDARY = /^(?:named|called|with|and|but|as|while|to|he|she|they|it|we|i|you)$/i;

const word = (w: string | undefined) => (w ?? '').replace(/[,:]$/, '');

function cutPremise(request: string): string | undefined {
  const text = request.trim().replace(/^what if\s+/i, '');
  const lead = LEAD_IN.exec(text);
  let rest = lead ? text.slice(lead[0].length) : text;
  if (lead) {
    const marker = MARKER.exec(rest);
    if (!marker) return undefined;
    rest = rest.slice(marker[0].length);
  } else if (/^(?:create|write|generate|make|plan|draft|build|give|add|rename|change|revise)\b/i.test(rest)) {
    return undefined;
  }
  const premise = rest.replace(STOP, '').trim();
  return premise.split(/\s+/).length >= 2 ? premise : undefined;
}

interface Phrase {
  words: string[];
  /** Index after the phrase. */
  end: number;
}

/** A noun phrase from `start`: determiner, modifiers, head, and "of …" / "and his …" continuations. */
function nounPhrase(words: string[], start: number): Phrase {
  let i = start;
  if (DETERMINERS.test(word(words[i]))) i++;
  let taken = 0;
  while (i < words.length && taken < 6) {
    const w = word(words[i]);
    const next = word(words[i + 1]);
    if (taken > 0 && (RELATIVES.test(w) || AUXILIARIES.test(w) || BOUNDARY.test(w))) break;
    // "discovers a …": an -s word after the head, followed by what a verb takes.
    if (taken > 0 && /s$/i.test(w) && (AFTER_VERB.test(next) || next === '')) {
      if (next !== '' || VERB_WORDS.has(w.toLowerCase())) break;
    }
    // "a detective investigating murders", but "a village baking contest".
    if (taken > 0 && /ing$/i.test(w) && (AFTER_VERB.test(next) || namesPerson(word(words[i - 1])))) break;
    // "the moon started to fall".
    if (taken > 0 && /ed$/i.test(w) && AFTER_VERB.test(next)) break;
    i++;
    taken++;
    if (words[i - 1]?.endsWith(',')) break;
    // "the dragon riders of Vael", "a city of ghosts".
    if (/^(?:of|in|from|on|under|beyond|at)$/i.test(word(words[i])) && taken < 5) {
      const tail = nounPhrase(words, i + 1);
      if (tail.words.length > 0 && tail.words.length <= 4 && !namesPerson(headOf(tail.words))) {
        i = tail.end;
        taken += tail.words.length + 1;
      }
    }
  }
  return { words: words.slice(start, i).map(word), end: i };
}

function headOf(words: string[]): string {
  const before = words.findIndex((w, i) => i > 0 && /^(?:of|in|from|on|under|beyond|at)$/i.test(w));
  return (before > 0 ? words[before - 1] : words.at(-1)) ?? '';
}

const isName = (w: string) => /^[A-Z][a-z'’-]+$/.test(w) && !DETERMINERS.test(w);

/** The first non-person noun phrase in a clause: "discovers a forbidden library" → "a forbidden library". */
function focusIn(words: string[]): Premise['focus'] {
  for (let i = 0; i < words.length; i++) {
    if (!/^(?:a|an|the)$/i.test(word(words[i]))) continue;
    const phrase = nounPhrase(words, i);
    const head = headOf(phrase.words);
    if (phrase.words.length >= 2 && (namesPlace(head) || namesThing(head)))
      return { phrase: phrase.words.join(' '), place: namesPlace(head) };
  }
  return undefined;
}

/** The writer's premise, or undefined for a request that gives none ("a fantasy with dragons and magic"). */
export function readPremise(request: string): Premise | undefined {
  const text = cutPremise(request);
  if (!text) return undefined;
  const words = text.split(/\s+/);
  let name: string | undefined;
  let start = 0;
  // "Mara, a disgraced surgeon, hunts …" / "Captain Elena Voss investigates …".
  const names: string[] = [];
  while (start < words.length && isName(word(words[start])) && names.length < 3) {
    names.push(word(words[start]));
    start++;
    if (words[start - 1]?.endsWith(',')) break;
  }
  let title: string | undefined;
  if (names.length > 0) {
    if (names.length > 1 && namesPerson(names[0] ?? '')) title = names.shift()?.toLowerCase();
    name = names.join(' ');
  }
  let phrase = name ? { words: title ? [`a ${title}`] : [], end: start } : nounPhrase(words, 0);
  if (name && /^(?:a|an|the)$/i.test(word(words[start]))) {
    // The appositive: "Mara, a disgraced surgeon, …".
    const appositive = nounPhrase(words, start);
    phrase = appositive;
  }
  const head = phrase.words.length > 0 ? headOf(phrase.words) : '';
  let after = phrase.end;
  // "a young witch with a cursed cat": the company the lead keeps belongs to the lead.
  if (/^with$/i.test(word(words[after])) && phrase.words.length > 0) {
    const company = nounPhrase(words, after + 1);
    phrase = { words: [...phrase.words, 'with', ...company.words], end: company.end };
    after = company.end;
  }
  if (!name && /^(?:named|called)$/i.test(word(words[after]))) {
    const given: string[] = [];
    after++;
    while (after < words.length && isName(word(words[after])) && given.length < 3)
      given.push(word(words[after++]));
    if (given.length > 0) name = given.join(' ');
  }
  const np = phrase.words.join(' ');
  const clauseWords = words.slice(after);
  const opener = word(clauseWords[0]).toLowerCase();
  const person = name !== undefined || (head !== '' && (namesPerson(head) || opener === 'who'));
  const clause = clauseWords.join(' ').replace(/[,\s]+$/, '');

  if (person) {
    const body = opener === 'who' || opener === 'that' ? clause.replace(/^(?:who|that)\s+/i, '') : clause;
    const pair = /^and\s/i.test(body);
    // "two rival bakers", "a family": the story follows one of them.
    const plural = !name && np !== '' && (isPlural(np) || COLLECTIVE.test(head));
    const form: Conflict['form'] = pair ? 'pair' : /^\w+ing\b/i.test(body) ? 'participle' : 'verb';
    const conflict: Conflict | undefined =
      body.split(/\s+/).length < 2
        ? undefined
        : plural && form === 'verb'
          ? { clause: `${np} ${body}`, form: 'whole' }
          : { clause: body, form };
    return {
      lead: {
        calling: plural ? `one of the ${np.replace(/^(?:a|an|the)\s+/i, '')}` : np || undefined,
        name,
        // "her estranged daughter" says who the lead is; "and the woman sent…" says who the other one is.
        pronoun: impliedPronoun(pair ? np : `${np} ${body.split(/\s+/).slice(0, 4).join(' ')}`),
      },
      ...(focusIn(clauseWords) ? { focus: focusIn(clauseWords) } : {}),
      ...(conflict ? { conflict } : {}),
      text,
    };
  }
  if (!np) return undefined;
  const focus = { phrase: np, place: namesPlace(head) };
  const the = definite(np);
  let whole: string | undefined;
  if (opener === 'whose') whole = `${the}'s ${clause.replace(/^whose\s+/i, '')}`;
  else if (opener === 'that' || opener === 'which')
    whole = `${the} ${clause.replace(/^(?:that|which)\s+/i, '')}`;
  else if (opener === 'where' || opener === 'when')
    whole = `${clause.replace(/^(?:where|when)\s+/i, '')} in ${the}`;
  else if (clause.split(/\s+/).length >= 2 && !RELATIVES.test(opener)) whole = `${the} ${clause}`;
  // "…lying to the crew": with no lead named, the story follows one of the people it happens to.
  const group =
    /\b(?:the|its|their|his|her)\s+(crew|colonists|passengers|villagers|students|settlers|survivors|guests|staff|townsfolk|family|congregation|soldiers|miners)\b/i.exec(
      clause,
    );
  return {
    ...(group ? { lead: { calling: `one of ${group[0]}`, name: undefined, pronoun: undefined } } : {}),
    focus,
    ...(whole ? { conflict: { clause: whole, form: 'whole' as const } } : {}),
    text,
  };
}

/** "a forbidden library" → "the forbidden library"; names, possessives and "the …" stay as they are. */
export function definite(phrase: string): string {
  return phrase.replace(/^(?:a|an|one)\s+/i, 'the ');
}
