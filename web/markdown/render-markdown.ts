// Renders model-written Markdown to HTML that is safe to insert: raw HTML is shown as text, links are vetted.
import { Marked, type Tokens } from 'marked';

const SAFE_LINK = /^(https?:|mailto:|#|\/(?!\/))/i;

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    // Models sometimes emit HTML; it is shown literally, never interpreted.
    html(token: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(token.text);
    },
    link(token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      if (!SAFE_LINK.test(token.href)) return text;
      return `<a href="${escapeHtml(token.href)}" target="_blank" rel="noopener noreferrer nofollow">${text}</a>`;
    },
    // Images would load arbitrary URLs from model output; the alt text is enough in a transcript.
    image(token: Tokens.Image) {
      return escapeHtml(token.text);
    },
  },
});

export function renderMarkdown(source: string): string {
  return marked.parse(source) as string;
}
