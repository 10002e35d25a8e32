// Renders one transcript entry by kind; it subscribes to its own item, so only a changed entry re-renders.
import { memo } from 'react';
import { assertNever } from '../../protocol/messages.ts';
import { useStudio } from '../store/studio-context.tsx';
import { AgentMessage } from './agent-message.tsx';
import { agentStyle } from './agent-style.ts';
import { CompletionCard } from './completion-card.tsx';
import { ErrorNotice } from './error-notice.tsx';
import { HandoffLine } from './handoff-line.tsx';
import { NoticeLine } from './notice-line.tsx';
import { ToolCard } from './tool-card.tsx';
import { UserMessage } from './user-message.tsx';

/** A turn's recorded plan, as the agents that will write in order: "Plot writer, then World builder". */
function planWords(toolName: string, result: Record<string, unknown> | null): string | undefined {
  const steps = toolName === 'route_request' ? result?.steps : undefined;
  if (!Array.isArray(steps) || steps.length === 0) return undefined;
  const names = steps.map((step) => agentStyle(String((step as { agent?: unknown }).agent ?? '')).label);
  return `Plan: ${names.join(', then ')}`;
}

export const TranscriptItem = memo(function TranscriptItem({ id }: { id: string }) {
  const item = useStudio((s) => s.session.items[id]);
  if (!item) return null;
  switch (item.kind) {
    case 'user':
      return <UserMessage content={item.content} createdAt={item.created_at} waiting={item.queued} />;
    case 'agent':
      return (
        <AgentMessage
          agent={item.agent}
          content={item.content}
          status={item.status}
          createdAt={item.created_at}
        />
      );
    case 'handoff':
      return <HandoffLine toAgent={item.to_agent} reason={item.reason} />;
    case 'tool':
      return (
        <ToolCard
          toolName={item.tool_name}
          agent={item.agent}
          status={item.status}
          message={planWords(item.tool_name, item.result) ?? item.message}
          steps={item.steps}
          progress={item.progress}
        />
      );
    case 'completion':
      return (
        <CompletionCard
          turnId={item.turn_id}
          message={item.message}
          results={item.results}
          status={item.status}
          reason={item.reason}
        />
      );
    case 'error':
      return (
        <ErrorNotice errorCode={item.error_code} message={item.message} retryAfterMs={item.retry_after_ms} />
      );
    case 'notice':
      return <NoticeLine text={item.text} />;
    default:
      return assertNever(item);
  }
});
