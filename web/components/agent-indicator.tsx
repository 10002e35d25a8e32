// The agent at work right now, in the header; pulses while a reply is being written.
import { isGenerating } from '../store/session-view.ts';
import { useStudio } from '../store/studio-context.tsx';
import { agentStyle } from './agent-style.ts';

export function AgentIndicator() {
  const agent = useStudio((s) => s.session.currentAgent);
  const generating = useStudio((s) => isGenerating(s.session));
  if (!agent) return null;
  const style = agentStyle(agent);
  return (
    <span
      data-testid="current-agent"
      data-agent={agent}
      data-active={generating}
      title={generating ? `${style.label} (${agent}) is working` : `Last: ${style.label} (${agent})`}
      className="hidden items-center gap-1.5 rounded-full bg-ink-100 px-2.5 py-1 text-xs sm:flex dark:bg-ink-800"
    >
      <span
        className={`h-2 w-2 rounded-full ${style.dot} ${generating ? 'animate-pulse' : 'opacity-50'}`}
        aria-hidden="true"
      />
      <span className={`font-medium ${style.text}`}>{style.label}</span>
      {!generating && <span className="text-ink-400">idle</span>}
    </span>
  );
}
