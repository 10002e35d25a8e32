// The way on from a failed or interrupted turn: why it ended, in plain words, and Retry or Resume.
import { useState } from 'react';
import type { CompletionResults, TurnStatus } from '../../protocol/messages.ts';
import { useSocketActions } from '../socket/socket-context.ts';
import { agentStyle } from './agent-style.ts';
import { describeError } from './error-words.ts';

interface TurnRecoveryProps {
  turnId: string;
  status: TurnStatus;
  message: string;
  results: CompletionResults;
  reason: { code: string; message: string } | null;
}

type Sent = 'retry' | 'resume' | 'offline' | null;

export function reasonWords(status: TurnStatus, message: string, reason: TurnRecoveryProps['reason']) {
  if (reason) return describeError(reason.code, reason.message);
  if (status === 'interrupted') return `${message}.`;
  return 'The request could not be finished.';
}

const BUTTON =
  'rounded-lg border px-3 py-1 font-medium focus-visible:outline-2 focus-visible:outline-quill-500 disabled:opacity-60';

export function TurnRecovery({ turnId, status, message, results, reason }: TurnRecoveryProps) {
  const { repeatTurn } = useSocketActions();
  const [sent, setSent] = useState<Sent>(null);
  const next = results.next_agent;
  const run = (action: 'retry' | 'resume') => setSent(repeatTurn(action, turnId) ? action : 'offline');
  const busy = sent === 'retry' || sent === 'resume';
  return (
    <div className="mt-2" data-testid="turn-recovery">
      <p data-testid="turn-reason" className="text-ink-700 dark:text-ink-200">
        {reasonWords(status, message, reason)}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button
          type="button"
          data-testid="retry-turn"
          disabled={busy}
          title="Run this request again from the start"
          onClick={() => run('retry')}
          className={`${BUTTON} border-quill-300 bg-white text-quill-700 hover:bg-quill-50 dark:border-quill-700 dark:bg-ink-900 dark:text-quill-300 dark:hover:bg-ink-800`}
        >
          {sent === 'retry' ? 'Retrying…' : 'Retry'}
        </button>
        {next && (
          <button
            type="button"
            data-testid="resume-turn"
            disabled={busy}
            title={`Continue with ${agentStyle(next).label}, keeping what was saved`}
            onClick={() => run('resume')}
            className={`${BUTTON} border-quill-600 bg-quill-600 text-white hover:bg-quill-700 dark:border-quill-500 dark:bg-quill-600`}
          >
            {sent === 'resume' ? 'Resuming…' : `Resume with ${agentStyle(next).label}`}
          </button>
        )}
        {sent === 'offline' && (
          <span role="status" className="text-xs text-ink-600 dark:text-ink-300">
            Not connected: try again once the connection is back.
          </span>
        )}
      </div>
    </div>
  );
}
