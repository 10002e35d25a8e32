import { describe, expect, it } from 'vitest';
import { WorldInput } from '../../../../protocol/artifacts.ts';
import { readBlend } from '../compose/genres/blend.ts';
import { composePlot } from '../compose/plot-composer.ts';
import { composeWorld } from '../compose/world-composer.ts';
import { readStoryContext } from './context.ts';
import { readPeriod } from './periods.ts';

/** The plot and the world built on it, as the agents would write them one after the other. */
function story(request: string) {
  const { plot } = composePlot(request, `Write a plot for this request: ${request}`);
  const world = composeWorld(readStoryContext({ plot }, request, 'Build the world'), request);
  return { plot, world, text: JSON.stringify({ plot, world }) };
}

const MODERN =
  /\b(satellites?|smart ?phones?|phones?|drones?|internet|online|e-?mails?|hackers?|encryption|data brokers?|server farms?|facial recognition|tech billionaire|techno-thriller|near-future)\b/i;

describe('stories set in a historical period', () => {
  it.each([
    ['A thriller in 1920s Shanghai', 'the 1920s', /telephones, the wireless/i],
    ['A spy thriller during the Second World War', 'the Second World War', /propeller aircraft/i],
    ['A romance in Victorian London', 'the Victorian era', /steam trains, the telegraph/i],
    ['A thriller in Victorian London', 'the Victorian era', /gaslight/i],
  ])('"%s" has nothing from after %s, and technology of its time', (request, period, technology) => {
    expect(readPeriod(request)?.label).toBe(period);
    const { world, text } = story(request);
    expect(text).not.toMatch(MODERN);
    expect(world.magic_or_technology).toMatch(technology);
    expect(WorldInput.parse(world)).toBeTruthy();
  });

  it('keeps a medieval story free of guns, newspapers and police, and names its period', () => {
    const { plot, world, text } = story('A mystery in medieval Japan');
    expect(plot.summary).toMatch(/set in medieval Japan/);
    expect(text).not.toMatch(
      /\b(guns?|gunfire|pistols?|newspapers?|police|forensic|telegra\w+|wristwatch)\b/i,
    );
    expect(world.type).toBe('Historical: the Middle Ages');
    expect(world.economy).toMatch(/tithes/);
  });

  it('states the period in the plot when the place does not, so the world keeps to it too', () => {
    const { plot, world } = story('A spy thriller during the Second World War');
    expect(plot.summary).toMatch(/during the Second World War/);
    expect(world.type).toBe('Historical: the Second World War');
  });

  it('leaves a story of no particular time alone', () => {
    expect(readPeriod('A thriller about a stolen encryption key')).toBeUndefined();
    expect(story('A techno-thriller about hackers').text).toMatch(/encryption|data|hack/i);
  });
});

describe('genre templates on an unusual setting', () => {
  it.each(['A mystery on Mars', 'A mystery aboard a space station'])(
    '"%s" speaks of its own place',
    (request) => {
      const { plot, world, text } = story(request);
      expect(text).not.toMatch(/doors are locked|\btide\b|lighthouse|telegraph|parish|Every guest|inquest/i);
      const opening = plot.acts[0]?.beats?.[0]?.description ?? '';
      expect(opening).toMatch(/airlocks are sealed/);
      expect(world.unique_elements.length).toBeGreaterThanOrEqual(3);
    },
  );
});

describe('two genres in one request', () => {
  it('lets the mystery lead a science fiction mystery, set on a station with a detective and clues', () => {
    expect(readBlend('a science fiction mystery')?.subgenre).toBe('Science-fiction mystery');
    const { plot, world } = story('Write a science fiction mystery');
    expect(plot.genre).toBe('Mystery');
    expect(plot.subgenre).toBe('Science-fiction mystery');
    expect(plot.summary).toMatch(/set aboard .*station/i);
    expect(plot.summary).toMatch(/detective|sleuth|clue/i);
    expect(plot.summary).toMatch(/alien signal/);
    expect(world.type).toBe('Space station');
  });

  it('lets fantasy lead a romantic fantasy, with a love among its motifs', () => {
    const { plot } = story('A romantic fantasy');
    expect(plot.genre).toBe('Fantasy');
    expect(plot.subgenre).toBe('Romantic fantasy');
    expect(plot.summary).toMatch(/forbidden love/);
  });

  it('gives a horror western the shape of horror in a frontier town', () => {
    const { plot, world } = story('A horror western');
    expect(plot.genre).toBe('Horror');
    expect(plot.subgenre).toBe('Horror western');
    expect(world.type).toBe('Frontier town');
    expect(world.magic_or_technology).toMatch(/six-guns/);
  });

  it('reads one genre as no blend', () => {
    expect(readBlend('A cozy mystery in a seaside village')).toBeUndefined();
    expect(readBlend('A fantasy novel with dragons')).toBeUndefined();
  });

  it('lets the genre that names the work lead, wherever the other genre stands', () => {
    expect(readBlend('A fantasy novel with a love story')?.primary.label).toBe('Fantasy');
    expect(readBlend('A mystery novel with a touch of romance')?.primary.label).toBe('Mystery');
    expect(readBlend('A science fiction mystery')?.primary.label).toBe('Mystery');
  });
});
