// Whether a revision means the whole cast ("make the characters kinder", "make everyone older") rather than one person.

/** "the characters", "all the characters", "every character", "the whole cast", "everyone", "each of them". */
const WHOLE_CAST =
  /\b(?:(?:all|each|every one|both)\s+(?:of\s+)?(?:the|my|our|these|those)\s+(?:\w+\s+)?(?:characters|people|cast)|(?:the|my|our|these|those)\s+(?:\w+\s+)?characters|(?:every|each)\s+(?:single\s+)?(?:character|member of the cast)|(?:the\s+)?(?:whole|entire)\s+cast|the cast|everyone|everybody|all of them|each of them)\b/i;

/** Words that ask for new people, so "add two characters" or "more characters" is never a whole-cast revision. */
const ASKS_FOR_NEW =
  /\b(?:add|new|another|more|extra|additional|introduce|create|generate|invent|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?(?:characters?|people|cast members?)\b/i;

export function meansWholeCast(text: string): boolean {
  return WHOLE_CAST.test(text) && !ASKS_FOR_NEW.test(text);
}
