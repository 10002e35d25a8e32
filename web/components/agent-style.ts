// Gives each agent a stable colour and a short display name, so hand-offs are easy to follow at a glance.
const KNOWN: Record<string, { label: string; dot: string; text: string }> = {
  OrchestratorAgent: {
    label: 'Orchestrator',
    dot: 'bg-slate-400',
    text: 'text-slate-600 dark:text-slate-300',
  },
  PlotGeneratorAgent: {
    label: 'Plot Generator',
    dot: 'bg-amber-500',
    text: 'text-amber-700 dark:text-amber-300',
  },
  WorldBuildingAgent: {
    label: 'World Building',
    dot: 'bg-emerald-500',
    text: 'text-emerald-700 dark:text-emerald-300',
  },
  CharactersAgent: { label: 'Characters', dot: 'bg-rose-500', text: 'text-rose-700 dark:text-rose-300' },
  AuthorGeneratorAgent: {
    label: 'Author Generator',
    dot: 'bg-violet-500',
    text: 'text-violet-700 dark:text-violet-300',
  },
};

const OTHER = { dot: 'bg-quill-500', text: 'text-quill-700 dark:text-quill-300' };

export function agentStyle(agent: string): { label: string; dot: string; text: string } {
  return KNOWN[agent] ?? { label: agent.replace(/Agent$/, ''), ...OTHER };
}

// One formatter for every message: building one per call is what made long transcripts slow to open.
const TIME_FORMAT = new Intl.DateTimeFormat([], { hour: '2-digit', minute: '2-digit' });

export function timeOf(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : TIME_FORMAT.format(date);
}
