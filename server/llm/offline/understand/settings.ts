// Where the writer set the story ("set in a seaside village", "on Mars", "in 1920s Shanghai"): its name, places and land.
import type { Random } from '../../../random/seeded-random.ts';
import { capitalize } from '../prose/wording.ts';

export interface Setting {
  /** What the story's world is called: "Saltcombe", "Mars", "1920s Shanghai". */
  realm: string;
  /** The writer's own description when the realm is a name invented for it: "a seaside village". */
  descriptor: string | undefined;
  /** The world type a world builder gives it, e.g. "Seaside village". */
  type: string;
  places: [string, string, string];
  /** The geography section of its world; {realm}, {place1}… are filled from the story bible. */
  geography: string;
}

/** World sections a setting decides on its own, where a genre's defaults would not fit (no parish church on Mars). */
export type LandSections = Partial<
  Record<'politics' | 'cultures' | 'economy' | 'history' | 'power' | 'religions', string>
>;

interface SettingKind {
  match: RegExp;
  type: string;
  sections?: LandSections;
  /** Names for a place the writer described but did not name. */
  names: string[];
  places: string[];
  geography: string;
}

const KINDS: SettingKind[] = [
  {
    match: /\b(mars|martian|planet|moon|venus|titan|europa|exoplanet|colony world)\b/i,
    type: 'Frontier colony world',
    sections: {
      politics:
        'A colony board answers to investors a hundred million miles away; the people under the domes answer to whoever controls the air.',
      cultures:
        'First-generation settlers keep Earth holidays; their children have never seen rain and do not miss it.',
      economy:
        'Water ice, oxygen credits and mining rights are the only currencies that matter; everyone owes the company something.',
      history:
        'The first landing crews died in a dust storm that the official records still call an accident.',
      power:
        'Pressure domes, rovers, fusion plants and a communications lag that makes every order from Earth a day old.',
      religions:
        'A chapel in the oldest dome, and a quieter faith in the engineers who keep the air flowing.',
    },
    names: ["Kepler's Rest", 'New Arden', 'Tessaly'],
    places: [
      'the first habitat dome',
      'the ice mines at the pole',
      'the dust plains',
      'the orbital elevator',
      'the terraforming station',
      'the old landing field',
    ],
    geography:
      '{realm} is thin air, red dust and pressure domes: {place1}, where most people live, {place2}, where the water comes from, and {place3}, beyond the reach of the rovers.',
  },
  {
    match: /\b(space station|starship|spaceship|generation ship|orbital|asteroid)\b/i,
    type: 'Deep-space habitat',
    sections: {
      politics:
        'A captain and a council share command in name; in practice, whoever controls life support decides.',
      cultures: 'Shifts, rations and rituals older than the launch; privacy is the rarest luxury aboard.',
      economy: 'Air, water and cabin space are rationed; favours and spare parts are traded like gold.',
      history: 'Decades ago a mutiny sealed off a whole deck; no one aboard will say what happened there.',
      power: 'Recyclers, reactors, long-range sensors and an old ship mind that hears every conversation.',
      religions:
        'Some crew members pray toward a home none of them has seen; others trust only the engineers.',
    },
    names: ['the station Meridian', 'the generation ship Long Patience', 'Halcyon Station'],
    places: [
      'the command deck',
      'the hydroponics bay',
      'the engine core',
      'the docking ring',
      'the observation blister',
      'the cryo vaults',
    ],
    geography:
      '{realm} is a closed world of corridors and bulkheads: {place1} at its heart, {place2} where the air is made, and {place3}, where few crew members go willingly.',
  },
  {
    match: /\b(frontier|wild west|western|prairie|cattle town|mining camp|ranch)\b/i,
    type: 'Frontier town',
    sections: {
      politics:
        'A sheriff, a cattle baron and a circuit judge who comes through twice a year; the law is whoever is standing.',
      economy:
        'Cattle, silver claims and the railroad surveyors; credit at the general store decides who stays.',
      power: 'Horses, six-guns, the telegraph at the depot and a stagecoach that runs when the passes allow.',
      religions: 'A clapboard church on the rise, and older beliefs the first settlers were warned about.',
    },
    names: ['Dry Creek', 'Redemption Gulch', 'Calvary Wells'],
    places: [
      'the saloon',
      'the livery stable',
      'the mine on the ridge',
      'the depot',
      "the undertaker's",
      'the old mission',
    ],
    geography:
      '{realm} is one dusty street and a lot of sky: {place1} in the middle of it, {place2} at the edge of town and {place3}, out where the trail gives out.',
  },
  {
    match: /\b(seaside|coast|coastal|harbou?r|fishing|beach|bay|cove|island|shore|lighthouse|port)\b/i,
    type: 'Seaside village',
    names: ['Saltcombe', 'Wrenmouth', 'Port Merrow', 'Gullhaven', 'Pellow Cove', 'Kittiwake Bay'],
    places: [
      'the harbour',
      'the lighthouse on the point',
      'the cliff path',
      'the tea room on the quay',
      'the lifeboat station',
      "the smugglers' caves below the headland",
      'the fish market',
    ],
    geography:
      '{realm} curls around a small harbour: {place1} by the water, {place2} above the tideline and {place3} where the land runs out into the sea. Gulls, salt wind and the turn of the tide set the rhythm of every day.',
  },
  {
    match: /\b(school|academy|university|college|boarding)\b/i,
    type: 'Boarding school',
    names: ["Saint Brannock's Academy", 'Greywater School', 'Hollins College'],
    places: [
      'the library tower',
      'the dormitories',
      'the chapel',
      'the playing fields',
      'the old observatory',
      'the refectory',
    ],
    geography:
      "{realm} stands in its own grounds: {place1} above the quad, {place2} along the east wing and {place3} past the groundskeeper's cottage, where the students are forbidden to go.",
  },
  {
    match: /\b(forest|woods|woodland|jungle)\b/i,
    type: 'Deep forest',
    names: ['the Thornwood', 'Elderglade', 'the Greenwild'],
    places: [
      "the woodcutters' village",
      'the ancient oak',
      'the river ford',
      'the ruined shrine',
      'the hunting lodge',
    ],
    geography:
      '{realm} is old growth and green shadow: {place1} at its edge, {place2} at its heart and {place3}, which the paths seem to avoid.',
  },
  {
    match: /\b(desert|dunes|sands|wasteland)\b/i,
    type: 'Desert',
    names: ['the Amber Waste', 'the Sunscar', 'Qadir Basin'],
    places: ['the oasis town', 'the salt flats', 'the buried temple', 'the caravan road', 'the canyon wells'],
    geography:
      '{realm} is sun, stone and moving sand: {place1} where the caravans rest, {place2} to the east and {place3}, half swallowed by the dunes.',
  },
  {
    match: /\b(mountains?|alpine|arctic|frozen|snow|tundra|highlands)\b/i,
    type: 'Mountain country',
    names: ['the Greyspine', 'Frosthold', 'Kaldmark'],
    places: ['the high pass', 'the monastery', 'the mining town', 'the glacier', 'the frozen lake'],
    geography:
      '{realm} is ice, rock and thin bright air: {place1} below the peaks, {place2} on the ridge and {place3}, cut off for half the year.',
  },
  {
    match:
      /\b(city|metropolis|streets|london|paris|new york|shanghai|tokyo|berlin|venice|rome|chicago|cairo)\b/i,
    type: 'City',
    names: ['Carrowgate', 'Port Lumen', 'Vessington'],
    places: [
      'the docks',
      'the old quarter',
      'the grand hotel',
      'the night market',
      'the river bridge',
      "the governor's mansion",
      'a back-street gambling den',
    ],
    geography:
      '{realm} is crowded, loud and layered: {place1} on the river, {place2} in the tangle of the old streets and {place3}, where the powerful meet.',
  },
  {
    match: /\b(village|hamlet|countryside|rural|farm|small town|market town|town)\b/i,
    type: 'Country village',
    names: ['Little Hadley', 'Ashby St Clare', 'Netherfold', 'Wickham Green'],
    places: [
      'the village green',
      'the parish church',
      'the post office',
      'the manor at the end of the lane',
      'the pub by the bridge',
      'the bakery',
    ],
    geography:
      '{realm} is hedgerows, lanes and one main street: {place1} at its centre, {place2} a short walk away and {place3} on the edge of the fields.',
  },
];

const PLACE_NOUN =
  /\b(village|hamlet|town|city|island|coast|harbou?r|port|bay|cove|hotel|school|academy|university|college|station|ship|colony|planet|moon|forest|woods|jungle|desert|mountains?|kingdom|empire|castle|manor|estate|monastery|circus|theatre|valley|highlands|countryside|metropolis|archipelago)\b/i;
const END =
  /\s*(?:[,.;:!?]|\bwith\b|\babout\b|\bwhere\b|\bwho\b|\bthat\b|\bfeaturing\b|\bstarring\b|\band\b(?=\s+(?:a|an|the|with|three|\d))|$)/i;

/** "Shanghai", "1920s Shanghai", "medieval Japan", "Victorian London": a proper name, perhaps after its time. */
const PERIOD_PREFIX =
  /^(?:\d{3,4}s|medieval|mediaeval|victorian|edwardian|regency|georgian|tudor|elizabethan|renaissance|ancient|wartime|interwar|postwar)\s+/i;
const PERIOD_THEN_NAME = { test: (phrase: string) => /^[A-Z][a-z]/.test(phrase.replace(PERIOD_PREFIX, '')) };

/** The place phrase the writer gave, or undefined: "a seaside village", "Mars", "1920s Shanghai". */
export function readSettingPhrase(text: string): string | undefined {
  const explicit = /\bset\s+(?:in|on|at|aboard|among)\s+(.+)/i.exec(text)?.[1];
  const candidates = explicit
    ? [['set', explicit]]
    : [
        ...text.matchAll(
          /\b(in|on|at|aboard)\s+((?:the|a|an)\s+.+|[A-Z0-9].+|(?:medieval|mediaeval|victorian|edwardian|regency|georgian|tudor|elizabethan|renaissance|ancient|wartime|interwar|postwar)\s+[A-Z].+)/g,
        ),
      ].map((m) => [m[1], m[2]]);
  for (const [preposition, candidate] of candidates) {
    const phrase = candidate?.split(END)[0]?.trim() ?? '';
    if (phrase.length < 3 || phrase.split(/\s+/).length > 6) continue;
    const bare = phrase.replace(/^(?:the|a|an)\s+/i, '');
    // "in a seaside village", "in 1920s Shanghai" and "on Mars" are settings; "in which", "on the run",
    // "at last" and "focused on Lyra" are not.
    const named = PERIOD_THEN_NAME.test(bare) && (preposition === 'in' || isKnownKind(phrase));
    if (preposition === 'set' || PLACE_NOUN.test(phrase) || named) return phrase;
  }
  return undefined;
}

export function isKnownKind(phrase: string): boolean {
  return KINDS.some((kind) => kind.match.test(phrase));
}

/** A phrase whose last words name a kind of setting: "a flooded city", not "the town archive". */
export function endsInKnownKind(phrase: string): boolean {
  return KINDS.some((kind) => {
    const found = kind.match.exec(phrase);
    return found !== null && found.index + found[0].length === phrase.trim().length;
  });
}

/** The setting a phrase describes, with a name for it when the writer gave none. */
export function describeSetting(phrase: string, rng: Random): Setting {
  const kind = KINDS.find((k) => k.match.test(phrase));
  const described = /^(?:a|an)\s/i.test(phrase);
  const realm = described ? rng.pick(kind?.names ?? ['Ashgrove', 'Marrowby', 'Stillwater']) : phrase;
  const picked = kind ? rng.sample(kind.places, 3) : [];
  return {
    realm,
    descriptor: described ? phrase.toLowerCase() : undefined,
    type: described ? capitalize(phrase.replace(/^(?:a|an)\s+/i, '')) : (kind?.type ?? capitalize(phrase)),
    places: [picked[0] ?? '', picked[1] ?? '', picked[2] ?? ''],
    geography: kind?.geography ?? '',
  };
}

/** The world type and geography of a realm a plot described, e.g. "Saltcombe (a seaside village)". */
export function landOf(
  realm: string,
  note: string | undefined,
): { type: string; geography: string; sections: LandSections } | undefined {
  const kind = KINDS.find((k) => k.match.test(note ?? realm));
  if (!kind && !note) return undefined;
  return {
    type: note ? capitalize(note.replace(/^(?:a|an)\s+/i, '')) : (kind?.type ?? ''),
    geography: kind?.geography ?? '',
    sections: kind?.sections ?? {},
  };
}

/** "on Mars", "aboard the station Meridian", "in Saltcombe". */
export function settingPreposition(realm: string): string {
  if (/^(?:mars|venus|the moon|titan|europa)$/i.test(realm)) return 'on';
  if (/\b(?:station|ship)\b/i.test(realm)) return 'aboard';
  return 'in';
}

export function settingFromRequest(text: string, rng: Random): Setting | undefined {
  const phrase = readSettingPhrase(text);
  return phrase ? describeSetting(phrase, rng) : undefined;
}
