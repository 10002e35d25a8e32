import { describe, expect, it } from 'vitest';
import { PlotInput } from '../../../../protocol/artifacts.ts';
import { VERB_WORDS } from '../understand/premise-words.ts';
import { composePlot } from './plot-composer.ts';

interface Case {
  request: string;
  /** Words of the lead the writer described, or of the name they gave. */
  lead?: string[];
  /** Words of the central place or object. */
  focus?: string[];
  /** Words of what happens. */
  conflict: string[];
}

const CASES: Case[] = [
  {
    request: 'Write a fantasy novel about a young mage who discovers a forbidden library',
    lead: ['young mage'],
    focus: ['forbidden library'],
    conflict: ['discovers'],
  },
  {
    request: 'Create a science fiction novel about a generation ship whose AI is lying to the crew',
    focus: ['generation ship'],
    conflict: ['AI is lying to the crew'],
  },
  {
    request: 'A generation ship whose AI is lying to the crew',
    focus: ['generation ship'],
    conflict: ['lying'],
  },
  {
    request:
      'Create a thriller where a retired spy must protect her estranged daughter from the agency she once served',
    lead: ['retired spy'],
    focus: ['agency'],
    conflict: ['protect her estranged daughter'],
  },
  {
    request: 'Mara, a disgraced surgeon, hunts the man who framed her',
    lead: ['Mara', 'disgraced surgeon'],
    conflict: ['hunts the man who framed her'],
  },
  {
    request: 'Write a mystery about a detective named Elena Voss investigating murders in a theater',
    lead: ['Elena Voss', 'detective'],
    focus: ['theater'],
    conflict: ['investigating murders'],
  },
  {
    request: 'Create a plot about a lighthouse keeper who hears the drowned sing',
    lead: ['lighthouse keeper'],
    conflict: ['hears the drowned sing'],
  },
  {
    request: 'Write a horror story about a haunted hotel that eats its guests',
    focus: ['haunted hotel'],
    conflict: ['eats its guests'],
  },
  {
    request: 'Write a novel about a city where the dead return every winter',
    focus: ['city'],
    conflict: ['the dead return every winter'],
  },
  {
    request: 'Captain Idris Vance smuggles refugees past a blockade',
    lead: ['Idris Vance', 'captain'],
    conflict: ['smuggles refugees past a blockade'],
  },
  {
    request: 'I want a romance about two rival bakers who fall in love during a village baking contest',
    lead: ['rival bakers'],
    focus: ['baking contest'],
    conflict: ['fall in love'],
  },
  {
    request: 'Write a thriller about a hacker who uncovers a plot to rig an election',
    lead: ['hacker'],
    conflict: ['uncovers a plot to rig an election'],
  },
  {
    request: 'A romance between a lighthouse keeper and the woman sent to decommission it',
    lead: ['lighthouse keeper'],
    conflict: ['the woman sent to decommission it'],
  },
  {
    request: 'a story about a boy and his robot dog escaping a flooded city',
    lead: ['boy'],
    focus: ['flooded city'],
    conflict: ['robot dog escaping'],
  },
  {
    request: 'Write a fantasy about twin sisters who inherit a dying kingdom',
    lead: ['twin sisters'],
    focus: ['dying kingdom'],
    conflict: ['inherit'],
  },
  {
    request: 'What if the moon started to fall?',
    focus: ['moon'],
    conflict: ['the moon started to fall'],
  },
  {
    request: 'Write a cozy mystery about a retired schoolteacher who finds a body in the village pond',
    lead: ['retired schoolteacher'],
    focus: ['village pond'],
    conflict: ['finds a body'],
  },
  {
    request: 'Create a horror novel about a family that moves into a house with a locked attic',
    lead: ['family'],
    focus: ['house'],
    conflict: ['moves into a house'],
  },
  {
    request: 'Write a science fiction story about an android who wants to be human',
    lead: ['android'],
    conflict: ['wants to be human'],
  },
  {
    request: 'Plan a literary novel about a widow who returns to the island where her husband drowned',
    lead: ['widow'],
    focus: ['island'],
    conflict: ['returns to the island'],
  },
  {
    request: 'Write a fantasy novel about a thief who steals a crown that whispers',
    lead: ['thief'],
    focus: ['crown'],
    conflict: ['steals a crown'],
  },
  {
    request: 'Give me a thriller about a courier who loses a package that someone will kill for',
    lead: ['courier'],
    conflict: ['loses a package'],
  },
  {
    request: 'Write a romance about a florist who falls for the architect demolishing her street',
    lead: ['florist'],
    conflict: ['falls for the architect'],
  },
  {
    request: 'Create a mystery where a librarian must find out who burned the town archive',
    lead: ['librarian'],
    focus: ['town archive'],
    conflict: ['who burned the town archive'],
  },
  {
    request: 'Write a story about an old clockmaker who builds a clock that stops time',
    lead: ['old clockmaker'],
    focus: ['clock'],
    conflict: ['builds a clock'],
  },
  {
    request: 'A science fiction novel about a miner who finds an alien egg on Titan',
    lead: ['miner'],
    focus: ['alien egg'],
    conflict: ['finds an alien egg'],
  },
  {
    request: 'Write a horror story about a nurse who hears voices in an empty hospital',
    lead: ['nurse'],
    focus: ['empty hospital'],
    conflict: ['hears voices'],
  },
  {
    request: 'Write a western about a sheriff who must defend a town nobody wants saved',
    lead: ['sheriff'],
    focus: ['town'],
    conflict: ['must defend a town'],
  },
  {
    request: 'Write a fantasy novel about a dragon who is afraid of fire',
    lead: ['dragon'],
    conflict: ['afraid of fire'],
  },
  {
    request: 'Create a story about Tomas, a fisherman, who nets a mermaid and keeps her secret',
    lead: ['Tomas', 'fisherman'],
    conflict: ['nets a mermaid'],
  },
  {
    request: 'Write a thriller about a journalist investigating a senator who vanished',
    lead: ['journalist'],
    conflict: ['investigating a senator'],
  },
  {
    request: 'Write a mystery novel about a painting that changes every night',
    focus: ['painting'],
    conflict: ['changes every night'],
  },
  {
    request: 'Write a fantasy novel about a young mage who discovers a forbidden library, set in a desert',
    lead: ['young mage'],
    focus: ['forbidden library'],
    conflict: ['discovers'],
  },
];

const said = (text: string, words: string) => text.toLowerCase().includes(words.toLowerCase());

describe('the writer’s premise survives into the plot', () => {
  it('is tested over at least 30 premises', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('keeps lead, focus and conflict of "$request"', ({ request, lead, focus, conflict }) => {
    const { plot } = composePlot(request, `Write a plot for this request: ${request}`);
    expect(() => PlotInput.parse(plot)).not.toThrow();
    const front = `${plot.title}\n${plot.logline}\n${plot.summary}`;
    for (const words of [...(lead ?? []), ...(focus ?? []), ...conflict])
      expect(front, words).toSatisfy((text: string) => said(text, words));
    // The logline alone carries the premise, not only the summary.
    expect(conflict.some((words) => said(plot.logline, words))).toBe(true);
  });

  it.each(CASES)('drives every act of "$request"', ({ request, lead, focus, conflict }) => {
    const { plot } = composePlot(request, '');
    const premiseWords = [...(lead ?? []), ...(focus ?? []), ...conflict];
    for (const act of plot.acts) {
      const text = [act.summary, ...(act.beats ?? []).map((b) => `${b.name} ${b.description}`)].join(' ');
      expect(
        premiseWords.some((words) => said(text, words)),
        `${act.name}: ${text}`,
      ).toBe(true);
    }
  });

  it.each(CASES)('fills every slot grammatically for "$request"', ({ request }) => {
    const { plot, bible } = composePlot(request, '');
    const all = JSON.stringify(plot);
    expect(all).not.toMatch(/\{\w+\}/);
    expect(all).not.toMatch(/\b(?:a|an|the) (?:a|an|the)\b/i);
    expect(all).not.toMatch(/\.\s*\./);
    for (const motif of bible.motifs) {
      const verbs = motif.split(/\s+/).filter((w) => VERB_WORDS.has(w));
      expect(verbs, motif).toEqual([]);
    }
  });
});

describe('what a request asks of the story is never pasted into it', () => {
  it.each([
    ['Create a fantasy novel with dragons and magic\nmake the dragons the narrators', 'make the dragons'],
    ['Write a mystery with a talking cat and a cursed teapot, make it funny', 'make it funny'],
    ['A science fiction novel with clones and a dying sun; let the villain win', 'let the villain'],
    ['Write a romance with letters and rain and give the hero a dog', 'give the hero'],
  ])('"%s" keeps its motifs as noun phrases', (request, instruction) => {
    const { plot, bible } = composePlot(request, '');
    expect(JSON.stringify(plot).toLowerCase()).not.toContain(instruction);
    for (const motif of bible.motifs) expect(motif.split(/\s+/).some((w) => VERB_WORDS.has(w))).toBe(false);
  });
});
