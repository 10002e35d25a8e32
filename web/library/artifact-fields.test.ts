// Tests how the library form turns edits into a PATCH body.
import { describe, expect, it } from 'vitest';
import { artifactTitle, FIELDS, fieldText, patchFromForm } from './artifact-fields.ts';

const plot = {
  id: 'p1',
  title: 'Ember Crown',
  logline: 'A dragon queen.',
  themes: ['power', 'loss'],
  genre: 'Fantasy',
};

describe('artifact fields', () => {
  it('shows lists one entry per line', () => {
    const themes = FIELDS.plots.find((f) => f.name === 'themes');
    expect(themes && fieldText(plot, themes)).toBe('power\nloss');
  });

  it('sends only changed fields, with lists split and trimmed', () => {
    const form = {
      title: 'Ember Crown',
      logline: ' A dragon king. ',
      themes: 'power\n\n exile ',
      genre: 'Fantasy',
    };
    expect(patchFromForm(plot, FIELDS.plots, form)).toEqual({
      logline: 'A dragon king.',
      themes: ['power', 'exile'],
    });
  });

  it('names a plot by title and anything else by name', () => {
    expect(artifactTitle(plot)).toBe('Ember Crown');
    expect(artifactTitle({ name: 'Aeloria' })).toBe('Aeloria');
    expect(artifactTitle({})).toBe('Untitled');
  });
});
