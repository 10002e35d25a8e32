// One agent's message: Markdown rendered as it streams, with a typing cursor until the message ends.
import { memo, useMemo, useState } from 'react';
import type { MessageStatus } from '../../protocol/messages.ts';
import { createBlockRenderer } from '../markdown/markdown-blocks.ts';
import { agentStyle, timeOf } from './agent-style.ts';
import { CopyButton } from './copy-button.tsx';

interface AgentMessageProps {
  agent: string;
  content: string;
  status: MessageStatus;
  createdAt: string;
}

const ENDINGS: Partial<Record<MessageStatus, string>> = {
  stopped: 'Stopped',
  interrupted: 'Interrupted',
  failed: 'Failed',
};

export const AgentMessage = memo(function AgentMessage({
  agent,
  content,
  status,
  createdAt,
}: AgentMessageProps) {
  const style = agentStyle(agent);
  // Each message keeps its own renderer, so a new chunk parses only the block it lands in.
  const [render] = useState(createBlockRenderer);
  const blocks = useMemo(() => render(content), [render, content]);
  const streaming = status === 'streaming';
  const ending = ENDINGS[status];
  return (
    <article
      data-testid="agent-message"
      data-status={status}
      data-agent={agent}
      aria-busy={streaming}
      className="group max-w-3xl rounded-2xl rounded-tl-sm border border-ink-200 bg-white px-4 py-3 shadow-sm dark:border-ink-700 dark:bg-ink-900"
    >
      <header className="mb-1 flex items-center gap-2 text-xs">
        <span className={`h-2 w-2 rounded-full ${style.dot}`} aria-hidden="true" />
        <span className={`font-semibold ${style.text}`} data-testid="message-agent" title={agent}>
          {style.label}
        </span>
        <time className="text-ink-400" dateTime={createdAt}>
          {timeOf(createdAt)}
        </time>
        {ending && (
          <span className="rounded bg-ink-100 px-1.5 py-0.5 text-ink-600 dark:bg-ink-800 dark:text-ink-300">
            {ending}
          </span>
        )}
        {!streaming && <CopyButton text={content.trimStart()} />}
      </header>
      <div className="prose-studio font-serif text-[15px] leading-relaxed text-ink-900 dark:text-ink-100">
        <div data-testid="message-content" className="inline">
          {blocks.map((block) => (
            // biome-ignore lint/security/noDangerouslySetInnerHtml: renderMarkdown escapes raw HTML and vets links
            <div key={block.key} className="md-block" dangerouslySetInnerHTML={{ __html: block.html }} />
          ))}
        </div>
        {streaming && <span className="typing-cursor" data-testid="typing-cursor" aria-hidden="true" />}
      </div>
    </article>
  );
});
