// A hand-off between agents, shown as one line with the reason the orchestrator gave.
import { memo } from 'react';
import { agentStyle } from './agent-style.ts';

interface HandoffLineProps {
  toAgent: string;
  reason: string;
}

export const HandoffLine = memo(function HandoffLine({ toAgent, reason }: HandoffLineProps) {
  const style = agentStyle(toAgent);
  return (
    <div
      data-testid="agent-switch"
      className="flex items-center gap-2 px-1 text-sm text-ink-500 dark:text-ink-400"
    >
      <span aria-hidden="true">→</span>
      <span>
        Switching to{' '}
        <span className={`font-semibold ${style.text}`} title={toAgent}>
          {style.label}
        </span>
        {reason && <span className="text-ink-400"> — {reason}</span>}
      </span>
    </div>
  );
});
