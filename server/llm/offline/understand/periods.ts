// Historical periods a writer names ("1920s Shanghai", "Victorian London", "during the Second World War"): what they had.
import type { LandSections } from './settings.ts';

export interface Period {
  /** As the prose says it: "the 1920s", "the Victorian era". */
  label: string;
  /** A year the period stands for, to decide which technology it had. */
  year: number;
}

const NAMED: [RegExp, string, number][] = [
  [/\b(?:second world war|world war (?:ii|2|two)|ww\s?(?:ii|2)|the blitz)\b/i, 'the Second World War', 1942],
  [/\b(?:first world war|great war|world war (?:i|1|one)|ww\s?(?:i|1))\b/i, 'the First World War', 1916],
  [/\bedwardian\b/i, 'the Edwardian era', 1905],
  [/\bvictorian\b/i, 'the Victorian era', 1875],
  [/\b(?:regency|georgian)\b/i, 'the Regency', 1815],
  [/\b(?:tudor|elizabethan|renaissance)\b/i, 'the sixteenth century', 1560],
  [/\b(?:medieval|mediaeval|middle ages|feudal|viking)\b/i, 'the Middle Ages', 1300],
  [/\b(?:ancient|roman empire|classical antiquity)\b/i, 'antiquity', 100],
];

/** The period a request or plot names, or undefined for a story of no particular time. */
export function readPeriod(text: string): Period | undefined {
  const decade = /\b(1[0-9])([0-9])0s\b/.exec(text);
  if (decade) return { label: `the ${decade[1]}${decade[2]}0s`, year: Number(`${decade[1]}${decade[2]}5`) };
  for (const [pattern, label, year] of NAMED) if (pattern.test(text)) return { label, year };
  const year = /\b(?:in|of|year)\s+(1[0-9]{3})\b/i.exec(text)?.[1];
  return year ? { label: year, year: Number(year) } : undefined;
}

/** Technology by the year it became ordinary; a period before it must not have it. */
const INVENTIONS: [number, RegExp][] = [
  [
    1990,
    /\b(?:smart ?phones?|mobile phones?|group chats?|internet|online|e-?mails?|data brokers?|data cent(?:er|re)s?|server farms?|zero-day|facial recognition|satellites?|drones?|hackers?|encryption|encrypted|tech billionaire|cctv|gps|laptops?|computers?|cyber\w*|techno-thriller|burner phones?|near-future|future|contemporary|modern)\b/i,
  ],
  [1900, /\b(?:telephones?|phones?|cars?|airports?|radio|aircraft|motorcars?|wristwatch(?:es)?|interwar)\b/i],
  [1840, /\b(?:telegrams?|telegraph|trains?|rail yards?|railway|photograph\w*|gaslight)\b/i],
  [
    1500,
    /\b(?:gunfire|guns?|pistols?|rifles?|newspapers?|police|detective inspector|constabulary|forensic\w*|pathologist|reporter|crime reporter)\b/i,
  ],
];

/** Words a story set in this period must not use. */
export function anachronisms(period: Period): RegExp | undefined {
  const missing = INVENTIONS.filter(([year]) => period.year < year).map(([, words]) => words.source);
  return missing.length > 0 ? new RegExp(missing.join('|'), 'i') : undefined;
}

/** Period-true wording for what a modern template names; applied before anything is dropped. */
export const PERIOD_WORDING: [RegExp, string][] = [
  [/\bencryption key\b/gi, 'cipher book'],
  [/\btech billionaire\b/gi, 'shipping magnate'],
  [/\bdata brokers?\b/gi, 'informers'],
  [/\bburner phones\b/gi, 'false papers'],
  [/\bSmartphones, group chats and\b/g, 'Letters, gossip and'],
  [/\bPhones lose signal past the bridge\b/g, 'Letters go astray past the bridge'],
  [/\bTechno-thriller\b/g, 'Espionage thriller'],
  [/\bhacker\b/gi, 'forger'],
  [
    /\bairports, rail yards, safe houses and server farms\b/g,
    'ports, border posts, safe houses and back rooms',
  ],
];

/** World sections in keeping with the period: how power, money and knowledge moved then. */
export function periodSections(period: Period): LandSections {
  if (period.year < 1500)
    return {
      politics:
        'Lords, bishops and guilds contend for power; oaths bind tighter than laws, and a feud can outlast a dynasty.',
      economy: 'Land, tithes, wool and the seasonal fairs; coin is scarce and debts are paid in service.',
      power:
        'Horse, sail, sword and the written word, which few can read; news travels no faster than a rider.',
    };
  if (period.year < 1850)
    return {
      politics:
        'Crown, parliament and old families trade favours; reputation is the only currency that cannot be forged.',
      economy:
        'Estates, trade ventures and inheritances; a good marriage settles more fortunes than any business.',
      power: 'Sail, carriage and candlelight; letters take days, and a secret can be kept for years.',
    };
  if (period.year < 1914)
    return {
      politics:
        'Empire abroad and reform at home; magistrates, clubs and newspapers decide who is respectable.',
      economy: 'Mills, shipping and banking houses; fortunes are made in a decade and lost in a morning.',
      power:
        'Steam trains, the telegraph and gaslight; photography is new, and science is a gentleman’s pursuit.',
    };
  if (period.year < 1950)
    return {
      politics:
        'Old empires, new ideologies and secret services that answer to no one; every loyalty is being tested.',
      economy:
        'Trading houses, smuggling routes, ration books and black markets; money moves by cable and by hand.',
      power:
        'Telephones, the wireless, motorcars and propeller aircraft; codes are broken by hand and by clattering machines.',
    };
  return {
    politics: 'Cold-war blocs, ministries and back rooms; the press is powerful and the files are paper.',
    economy: 'Factories, unions and banks; fortunes hide in numbered accounts.',
    power:
      'Telephones, television, jet travel and the first room-sized computers, owned only by governments.',
  };
}
