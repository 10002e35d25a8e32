// The premises `pnpm eval` sends to a real model, each with the words its result must keep.

export interface Premise {
  id: string;
  /** What the writer types. */
  request: string;
  /** Words (or stems) the saved work should contain if the premise was followed. */
  mustKeep: string[];
}

export const PREMISES: Premise[] = [
  {
    id: 'storm-heist',
    request:
      'Create a heist novel set in a floating city powered by captured storms, told by the getaway pilot. Adult readers, first person, past tense.',
    mustKeep: ['heist', 'float', 'storm', 'pilot'],
  },
  {
    id: 'salt-mystery',
    request:
      'Plot a cosy mystery in a Baltic salt-mining town where the retired lighthouse keeper finds a body in the brine pools.',
    mustKeep: ['salt', 'lighthouse', 'brine', 'body'],
  },
  {
    id: 'orbital-farm',
    request:
      'Write a hopeful science-fiction plot about a family running the last orbital wheat farm, for middle-grade readers.',
    mustKeep: ['orbit', 'wheat', 'farm', 'family'],
  },
  {
    id: 'river-court',
    request:
      'I want an epic fantasy where river spirits sit as judges in a court that mortals may petition once in their lives.',
    mustKeep: ['river', 'spirit', 'court', 'petition'],
  },
  {
    id: 'clockmaker-cast',
    request:
      'Create a plot and three main characters for a gothic romance between a deaf clockmaker and a forger in 1890s Prague.',
    mustKeep: ['clock', 'forg', 'prague', 'deaf'],
  },
];

/** Names and beats models reach for when they invent nothing: counted, lower is better. */
export const STOCK_NAMES = [
  'Elara',
  'Kael',
  'Lyra',
  'Aria',
  'Thorne',
  'Seraphina',
  'Eldoria',
  'Aldric',
  'Zephyr',
  'Malachar',
  'Vex',
  'Elias Thorne',
  'chosen one',
  'prophecy',
];
