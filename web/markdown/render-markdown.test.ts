// Tests that Markdown renders and that nothing in model output can inject markup or scripts.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown.ts';

describe('renderMarkdown', () => {
  it('renders headings, lists and emphasis', () => {
    const html = renderMarkdown('# The Ember Crown\n\n- **Dragons**\n- *Magic*');
    expect(html).toContain('<h1>The Ember Crown</h1>');
    expect(html).toContain('<li><strong>Dragons</strong></li>');
    expect(html).toContain('<em>Magic</em>');
  });

  it('renders half-written Markdown while it streams', () => {
    expect(renderMarkdown('## Act I\n\n**The dra')).toContain('<h2>Act I</h2>');
  });

  it('renders a message that opens on a new paragraph exactly as one that does not', () => {
    // Follow-on agents' messages start with a blank line so clients that join chunks keep them apart.
    expect(renderMarkdown('\n\n# Shadows over Aethermoor\n\nA storm.')).toBe(
      renderMarkdown('# Shadows over Aethermoor\n\nA storm.'),
    );
  });

  it('shows raw HTML as text', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps safe links and drops javascript: links and images', () => {
    expect(renderMarkdown('[map](https://example.com/map)')).toContain(
      '<a href="https://example.com/map" target="_blank" rel="noopener noreferrer nofollow">map</a>',
    );
    const bad = renderMarkdown('[click](javascript:alert(1)) ![pic](http://x/y.png)');
    expect(bad).not.toContain('href="javascript');
    expect(bad).not.toContain('<img');
    expect(bad).toContain('click');
  });
});
