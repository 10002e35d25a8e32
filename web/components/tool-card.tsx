// A tool call as a card: what it does, a progress bar while it runs, and how it ended.
import { memo } from 'react';
import type { ToolStatus } from '../store/session-view.ts';
import { agentStyle, toolLabel } from './agent-style.ts';

interface ToolCardProps {
  toolName: string;
  agent: string;
  status: ToolStatus;
  message: string;
  /** Every step the tool reported, the current one last. */
  steps: string[];
  progress: number;
}

const STATUS_STYLE: Record<ToolStatus, { label: string; bar: string; badge: string }> = {
  executing: {
    label: 'Running',
    bar: 'bg-quill-500',
    badge: 'bg-quill-100 text-quill-700 dark:bg-quill-700/30 dark:text-quill-300',
  },
  completed: {
    label: 'Done',
    bar: 'bg-emerald-500',
    badge: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-300',
  },
  failed: {
    label: 'Failed',
    bar: 'bg-red-500',
    badge: 'bg-red-100 text-red-800 dark:bg-red-900/40 dark:text-red-300',
  },
};

export const ToolCard = memo(function ToolCard({
  toolName,
  agent,
  status,
  message,
  steps,
  progress,
}: ToolCardProps) {
  const done = steps.slice(0, -1);
  const style = STATUS_STYLE[status];
  const percent = Math.round(progress * 100);
  const label = toolLabel(toolName);
  return (
    <div
      data-testid="tool-card"
      data-tool={toolName}
      data-status={status}
      className="max-w-md rounded-xl border border-ink-200 bg-ink-50 px-3 py-2 text-sm dark:border-ink-700 dark:bg-ink-900/60"
    >
      <div className="flex items-center justify-between gap-3">
        <span
          className="flex items-center gap-1.5 text-xs font-medium text-ink-700 dark:text-ink-200"
          title={toolName}
          data-testid="tool-name"
        >
          <svg viewBox="0 0 16 16" className="h-3.5 w-3.5 fill-current opacity-60" aria-hidden="true">
            <path d="M10.6 1.2a4 4 0 0 0-4.9 5.1L1.4 10.6a1.5 1.5 0 0 0 0 2.1l1.9 1.9a1.5 1.5 0 0 0 2.1 0l4.3-4.3a4 4 0 0 0 5.1-4.9l-2.4 2.4-2.3-.5-.5-2.3 2.4-2.4a4 4 0 0 0-1.4-1.4z" />
          </svg>
          {label}
        </span>
        <span
          data-testid="tool-status"
          className={`rounded px-1.5 py-0.5 text-xs font-medium ${style.badge}`}
        >
          {style.label}
        </span>
      </div>
      {done.length > 0 && (
        <ol
          data-testid="tool-steps"
          className="mt-1 flex flex-col gap-0.5 text-xs text-ink-500 dark:text-ink-400"
        >
          {done.map((step) => (
            <li key={step}>
              <span aria-hidden="true">✓ </span>
              {step}
            </li>
          ))}
        </ol>
      )}
      <p data-testid="tool-message" className="mt-1 text-ink-600 dark:text-ink-300">
        {status === 'executing' && (
          <span aria-hidden="true" className="mr-1 inline-block animate-pulse text-quill-500">
            ●
          </span>
        )}
        {message}
      </p>
      <div
        role="progressbar"
        aria-label={`${label}: progress`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        data-testid="tool-progress"
        className="mt-2 h-1.5 overflow-hidden rounded-full bg-ink-200 dark:bg-ink-700"
      >
        <div
          className={`h-full rounded-full transition-[width] duration-300 ${style.bar}`}
          style={{ width: `${percent}%` }}
        />
      </div>
      <p className="mt-1 text-xs text-ink-400" title={agent}>
        by {agentStyle(agent).label}
      </p>
    </div>
  );
});
