import { describe, expect, it } from 'vitest';
import { insertMention, mentionAt } from './mention-picker.tsx';

describe('mentions in the composer', () => {
  it('find the @ being typed before the caret, and only there', () => {
    expect(mentionAt('Write about @Ma', 15)).toEqual({ start: 12, query: 'Ma' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionAt('mail me@home', 12)).toBeNull();
    expect(mentionAt('Write about @Mara and', 21)).toEqual({ start: 12, query: 'Mara and' });
    expect(mentionAt('Write about @Mara\nnext', 22)).toBeNull();
  });

  it('write the chosen name in place of what was typed, the caret after it', () => {
    expect(insertMention('Write about @Ma today', 12, 15, 'Mara Quill')).toEqual({
      text: 'Write about @Mara Quill  today',
      caret: 24,
    });
  });
});
