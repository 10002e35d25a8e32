// The small lexicon the premise reader leans on: who a noun names (a person, a place, a thing) and which words end a noun phrase.

/** Nouns that name people (and the creatures a story may follow as its lead). */
const PERSON_NOUNS = new Set(
  `mage wizard witch warlock sorcerer sorceress knight squire thief assassin spy agent detective inspector sleuth
  cop officer sheriff deputy soldier captain pilot engineer scientist doctor surgeon nurse medic teacher student
  apprentice orphan widow widower girl boy woman man child kid teen teenager mother father daughter son sister brother
  wife husband king queen prince princess heir heiress keeper farmer fisherman fisherwoman baker chef cook librarian
  archivist historian journalist reporter lawyer judge priest priestess nun monk healer hunter ranger smuggler pirate
  sailor merchant musician singer dancer painter artist writer poet novelist gardener mechanic hacker courier
  bodyguard mercenary veteran refugee exile outcast prisoner convict servant maid butler governess nanny tutor
  professor cartographer alchemist necromancer druid paladin cleric bard vampire werewolf ghost android robot cyborg
  clone alien dragon cat dog fox wolf raven owl mouse bear horse nobody somebody stranger newcomer twin twins sisters
  brothers friends couple family crew lovers siblings orphans children detectives witches thieves knights girls boys
  women men heroine hero villain chosen one lord lady duke duchess emperor empress sultan chieftain warrior archer
  queenpin kingpin gangster detective-inspector shepherd blacksmith miner diver astronaut cosmonaut navigator
  courtesan actor actress playwright composer magician illusionist acrobat clown heiress debutante socialite
  influencer programmer analyst accountant banker clerk secretary waitress waiter bartender barista florist
  midwife nurse-maid undertaker gravedigger mortician ferryman boatman lighthouse-keeper cartographer`.split(
    /\s+/,
  ),
);

/** -er and -or nouns that are things or places, not people: a tower is not a tow-er. */
const NOT_PEOPLE = new Set(
  `tower computer letter river water mirror door floor reactor manor theater theatre center centre corner border
  chamber cellar ledger chapter weather winter summer number order paper silver harbor harbour anchor meteor
  shelter quarter barrier charter matter power thunder murder cancer ember error sensor vector monitor corridor
  elevator generator register calendar`.split(/\s+/),
);

/** Nouns that name where a story can happen. */
const PLACE_NOUNS = new Set(
  `library ship station city town village island house manor castle school academy university college hotel
  theater theatre tower forest wood woods lighthouse prison hospital asylum monastery abbey convent circus carnival
  mine colony planet moon valley kingdom empire museum bookshop bookstore bakery cafe café inn tavern farm ranch
  estate palace temple cathedral church archive archives vault labyrinth maze garden orchard vineyard observatory
  laboratory lab bunker base outpost fortress keep citadel ruin ruins tomb crypt catacombs cave caves desert
  jungle swamp marsh harbour harbor port cove bay coast shore sea ocean river lake mountain mountains peak city-state
  street quarter district neighbourhood neighborhood apartment flat attic cellar basement shop store market mall
  asylum orphanage boarding-school train railway airship submarine spaceship starship ark habitat dome arcology
  megacity metropolis capital court bridge road highway motel diner bar club casino studio office firm agency
  newsroom embassy parliament senate realm world land country nation province republic wasteland`.split(
    /\s+/,
  ),
);

const PERSON_SUFFIX = /(?:er|or|ist|ian|ess|man|woman|wright|smith|herd)s?$/;

/** The head of a noun phrase names a person (or the creature a story follows). */
export function namesPerson(head: string): boolean {
  const word = head.toLowerCase();
  const single = word.replace(/(?<=[^s])s$/, '');
  if (PERSON_NOUNS.has(word) || PERSON_NOUNS.has(single)) return true;
  if (NOT_PEOPLE.has(word) || NOT_PEOPLE.has(single) || PLACE_NOUNS.has(single)) return false;
  return PERSON_SUFFIX.test(word);
}

export function namesPlace(head: string): boolean {
  const word = head.toLowerCase();
  return PLACE_NOUNS.has(word) || PLACE_NOUNS.has(word.replace(/s$/, ''));
}

/** Nouns that name a thing or an event a story can turn on. */
const THING_NOUNS = new Set(
  `book books map key ring crown sword blade box clock painting portrait diary journal letter letters signal
  device machine artifact artefact relic amulet egg seed stone gem jewel necklace locket mirror mask door gate
  portal spell curse prophecy secret treasure fortune inheritance will manuscript recording photograph tape
  virus cure plague vaccine weapon bomb contest competition festival wedding funeral trial heist election war
  tournament race game auction storm flood eclipse comet star moon sun ghost-ship shipwreck wreck message code
  song violin piano dress`.split(/\s+/),
);

export function namesThing(head: string): boolean {
  const word = head.toLowerCase();
  return THING_NOUNS.has(word) || THING_NOUNS.has(word.replace(/s$/, ''));
}

/** Words that start or tie a noun phrase: "a", "the", "her", "three". */
export const DETERMINERS =
  /^(?:a|an|the|his|her|their|its|my|our|your|this|that|these|those|one|two|three|four|five|six|seven|some|every|each)$/i;

/** After a noun phrase, these words open a clause about it. */
export const RELATIVES = /^(?:who|whose|that|which|where|when)$/i;

/** Modal and auxiliary verbs: "must", "is", "has", "wants to". */
export const AUXILIARIES =
  /^(?:must|can|could|will|would|should|may|might|shall|is|are|was|were|has|have|had|does|did|wants|needs|tries|learns|discovers|finds|falls|comes|goes|gets|begins|starts|decides|refuses|hopes|sets)$/i;

/** Words a noun phrase never holds, so a motif or a name that contains one was cut in the wrong place. */
export const VERB_WORDS = new Set(
  `make makes made let lets give gives gave write writes wrote tell tells told turn turns is are was were be been
  being must should could would will can may might shall do does did have has had add adds want wants need needs
  try tries please keep keeps narrate narrates narrated become becomes became change changes changed set`.split(
    /\s+/,
  ),
);

/** Words after a verb: "discovers a …", "hears the …", "protects her …". A noun before "of" is no verb. */
export const AFTER_VERB =
  /^(?:a|an|the|his|her|their|its|my|our|your|that|this|these|those|him|them|it|me|us|to|into|out|up|back|down|away|over|every|each|some|no|all|what|how|why|something|someone|everything|everyone|nothing)$/i;
