// Tests the Markdown a writer downloads from the library: headings, facts, lists and file names.
import { describe, expect, it } from 'vitest';
import { artifactMarkdown, markdownFileName, storyBibleMarkdown } from './story-markdown.ts';

/** Blocks of a document as the exporter writes them: blank lines between, one newline at the end. */
const doc = (...blocks: string[]) => `${blocks.join('\n\n')}\n`;

const plot = {
  id: 'p1',
  title: 'The Ember\nCrown',
  logline: 'A dragon queen must choose between her throne and her brood.',
  genre: 'Fantasy',
  subgenre: 'Epic',
  tone: 'Dark, hopeful',
  target_audience: '',
  summary: 'Queen Ysolde rules a failing realm.\n\nShe finds a way.',
  themes: ['power', ' ', 'loss'],
  acts: [
    {
      name: 'The Call',
      summary: 'The eggs hatch.',
      beats: [{ name: 'Hatching', description: 'Three dragons wake.' }],
    },
    { name: 'Act II: The Fall', summary: 'The throne burns.', beats: [] },
  ],
};

const world = {
  name: 'Aldmere',
  type: 'Kingdom',
  overview: 'A realm of ash.',
  geography: 'Mountains.',
  politics: '',
  unique_elements: ['Singing glass'],
};

const character = {
  name: 'Ysolde',
  role: 'Protagonist',
  description: 'A tired queen.',
  backstory: 'Born in exile.',
  motivations: ['Save her brood'],
  arc: 'From fear to trust.',
  relationships: [{ name: 'Corvin', relationship: 'Her sworn blade' }],
};

const author = {
  name: 'Mara Quill',
  pen_name: 'M. Q.',
  biography: 'Writes at dawn.',
  writing_style: 'Spare and lyrical.',
  genres: ['Fantasy', 'Myth'],
};

describe('artifactMarkdown', () => {
  it('writes a plot with its title, logline, facts, summary, themes, acts and beats in order, numbering acts that are not', () => {
    expect(artifactMarkdown('plots', plot)).toBe(
      doc(
        '# The Ember Crown',
        '> A dragon queen must choose between her throne and her brood.',
        '**Genre:** Fantasy / Epic · **Tone:** Dark, hopeful',
        '## Summary',
        'Queen Ysolde rules a failing realm.\n\nShe finds a way.',
        '## Themes',
        '- power\n- loss',
        '## Act 1: The Call',
        'The eggs hatch.',
        '### Hatching',
        'Three dragons wake.',
        '## Act II: The Fall',
        'The throne burns.',
      ),
    );
  });

  it('writes every filled section of a world and leaves out the empty ones', () => {
    const markdown = artifactMarkdown('worlds', world);
    expect(markdown).toContain('# Aldmere\n\n**Type:** Kingdom');
    expect(markdown).toContain('## Overview\n\nA realm of ash.');
    expect(markdown).toContain('## Geography\n\nMountains.');
    expect(markdown).toContain('## Unique elements\n\n- Singing glass');
    expect(markdown).not.toContain('Politics');
  });

  it('writes a character with its relationships', () => {
    const markdown = artifactMarkdown('characters', character);
    expect(markdown.startsWith('# Ysolde\n\n**Role:** Protagonist\n\nA tired queen.')).toBe(true);
    expect(markdown).toContain('## Motivations\n\n- Save her brood');
    expect(markdown).toContain('## Relationships\n\n- **Corvin:** Her sworn blade');
  });

  it('writes an author with biography, style and genres', () => {
    expect(artifactMarkdown('authors', author)).toBe(
      doc(
        '# Mara Quill',
        '**Pen name:** M. Q.',
        '## Biography',
        'Writes at dawn.',
        '## Writing style',
        'Spare and lyrical.',
        '## Genres',
        '- Fantasy\n- Myth',
      ),
    );
  });

  it('survives an item with missing or malformed fields', () => {
    expect(artifactMarkdown('plots', { acts: 'none', themes: [3] })).toBe('# Untitled\n');
  });
});

describe('storyBibleMarkdown', () => {
  it('puts the plot first, then its world, cast and author one level down', () => {
    const markdown = storyBibleMarkdown({
      plot,
      worlds: [world],
      characters: [character, { ...character, name: 'Corvin', relationships: [] }],
      author,
    });
    const order = ['# The Ember Crown', '## Act 1: The Call', '## World', '### Aldmere', '## Characters'];
    const positions = order.map((line) => markdown.indexOf(`${line}\n`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(markdown).toContain('### Ysolde');
    expect(markdown).toContain('#### Relationships');
    expect(markdown).toContain('### Corvin');
    expect(markdown).toContain('## Author\n\n### Mara Quill');
  });

  it('lists the cast in the order it was made, whatever order the library gave it in', () => {
    const markdown = storyBibleMarkdown({
      plot,
      worlds: [],
      characters: [
        { ...character, name: 'Corvin', created_at: '2025-01-28T10:31:00.000Z' },
        { ...character, name: 'Ysolde', created_at: '2025-01-28T10:30:00.000Z' },
      ],
    });
    expect(markdown.indexOf('### Ysolde')).toBeLessThan(markdown.indexOf('### Corvin'));
  });

  it('leaves out parts the plot has nothing for', () => {
    const markdown = storyBibleMarkdown({ plot, worlds: [], characters: [], author: null });
    expect(markdown).not.toMatch(/## (World|Characters|Author)\n/);
  });
});

describe('markdownFileName', () => {
  it('slugifies the title', () => {
    expect(markdownFileName('The Ember Crown: Book I')).toBe('the-ember-crown-book-i.md');
    expect(markdownFileName('Élodie’s Café')).toBe('elodie-s-cafe.md');
  });

  it('never gives an empty name', () => {
    expect(markdownFileName('!!!')).toBe('untitled.md');
    expect(markdownFileName('')).toBe('untitled.md');
  });
});
