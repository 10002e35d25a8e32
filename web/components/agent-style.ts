// Gives each agent a stable colour and a name a writer reads (the technical name stays for hovering).
const KNOWN: Record<string, { label: string; dot: string; text: string }> = {
  OrchestratorAgent: {
    label: 'Planner',
    dot: 'bg-slate-400',
    text: 'text-slate-600 dark:text-slate-300',
  },
  PlotGeneratorAgent: {
    label: 'Plot writer',
    dot: 'bg-amber-500',
    text: 'text-amber-700 dark:text-amber-300',
  },
  WorldBuildingAgent: {
    label: 'World builder',
    dot: 'bg-emerald-500',
    text: 'text-emerald-700 dark:text-emerald-300',
  },
  CharactersAgent: {
    label: 'Character writer',
    dot: 'bg-rose-500',
    text: 'text-rose-700 dark:text-rose-300',
  },
  AuthorGeneratorAgent: {
    label: 'Author writer',
    dot: 'bg-violet-500',
    text: 'text-violet-700 dark:text-violet-300',
  },
  OutlineAgent: {
    label: 'Outliner',
    dot: 'bg-sky-500',
    text: 'text-sky-700 dark:text-sky-300',
  },
  DraftingAgent: {
    label: 'Drafter',
    dot: 'bg-teal-500',
    text: 'text-teal-700 dark:text-teal-300',
  },
};

const OTHER = { dot: 'bg-quill-500', text: 'text-quill-700 dark:text-quill-300' };

export function agentStyle(agent: string): { label: string; dot: string; text: string } {
  return KNOWN[agent] ?? { label: readableWords(agent.replace(/Agent$/, '')), ...OTHER };
}

/** What a tool is doing, in the words of the interface ("Saving the plot" for `save_plot`). */
const TOOL_LABELS: Record<string, string> = {
  route_request: 'Choosing who writes',
  save_plot: 'Saving the plot',
  save_world: 'Saving the world',
  save_characters: 'Saving the characters',
  save_author: 'Saving the author',
  update_plot: 'Revising the plot',
  update_world: 'Revising the world',
  update_character: 'Revising a character',
  update_author: 'Revising the author',
  save_outline: 'Saving the outline',
  update_outline: 'Revising the outline',
  draft_scene: 'Drafting a scene',
  search_library: 'Searching your library',
  get_artifact: 'Reading from your library',
};

export function toolLabel(tool: string): string {
  return TOOL_LABELS[tool] ?? readableWords(tool);
}

/** `PlotGenerator` or `save_plot` as words: "Plot generator", "Save plot". */
function readableWords(name: string): string {
  const words = name
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// One formatter for every message: building one per call is what made long transcripts slow to open.
const TIME_FORMAT = new Intl.DateTimeFormat([], { hour: '2-digit', minute: '2-digit' });

export function timeOf(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : TIME_FORMAT.format(date);
}
