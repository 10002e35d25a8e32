// Valid artifact arguments for tests, as a model would send them to the save tools.
import type { AuthorInput, CharacterInput, PlotInput, WorldInput } from '../../../protocol/artifacts.ts';

export const samplePlot: PlotInput = {
  title: "The Dragon's Last Stand",
  logline: 'A young mage must unite the last dragons before the Ash King burns the realm.',
  summary: 'When the Ash King rises, Aria Vell seeks the last dragons of Emberfall.',
  genre: 'Fantasy',
  subgenre: 'Epic fantasy',
  tone: 'Hopeful',
  themes: ['sacrifice'],
  target_audience: 'Adult',
  acts: [
    { name: 'Act I', summary: 'The call.', beats: [{ name: 'Ashfall', description: 'The sky burns.' }] },
  ],
};

export const sampleWorld: WorldInput = {
  name: 'Emberfall',
  type: 'High fantasy',
  overview: 'A realm of volcanic peaks where dragons once ruled.',
  unique_elements: ['Dragon-glass'],
};

export const sampleHero: CharacterInput = {
  name: 'Aria Vell',
  role: 'protagonist',
  description: 'A stubborn apprentice mage.',
  relationships: [{ name: 'Malgrim', relationship: 'Sworn enemy' }],
};

export const sampleVillain: CharacterInput = {
  name: 'Malgrim',
  role: 'antagonist',
  description: 'The Ash King.',
  backstory: 'Born to rule.',
  relationships: [{ name: 'Aria Vell', relationship: 'Sees her as a threat' }],
};

export const sampleCharacters: CharacterInput[] = [sampleHero, sampleVillain];

export const sampleAuthor: AuthorInput = {
  name: 'Elena Marsh',
  pen_name: 'E. M. Ashdown',
  biography: 'A former geologist who writes of fire and stone.',
  writing_style: 'Lyrical and brisk.',
  genres: ['Fantasy'],
};
