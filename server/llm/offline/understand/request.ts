// What the offline model reads from an AI SDK call: who is asking (by the tools offered), the sections, the catalog.
import type { LanguageModelV3CallOptions, LanguageModelV3Prompt } from '@ai-sdk/provider';
import {
  type ArtifactSummary,
  type PromptSections,
  readArtifactCatalog,
  readPromptSections,
  ToolName,
} from '../../../agents/contract.ts';

/** `lookup`: a step offered only the library's search and get tools, to read before it revises. */
export type OfflineRole =
  | 'orchestrator'
  | 'plot'
  | 'world'
  | 'characters'
  | 'author'
  | 'outline'
  | 'drafting'
  | 'lookup'
  | 'chat';

export interface OfflineRequest {
  role: OfflineRole;
  toolNames: string[];
  /** The last part of the last user message: the writer's words as written, after any context. */
  userText: string;
  sections: PromptSections | undefined;
  catalog: ArtifactSummary[];
  /** The prompt ends in tool results: the work is done and only a short reply is due. */
  afterToolResults: boolean;
  /** Artifacts get_artifact returned in this call's earlier steps, in order. */
  fetched: Record<string, unknown>[];
}

const ROLE_BY_TOOL: [string, OfflineRole][] = [
  [ToolName.route, 'orchestrator'],
  [ToolName.savePlot, 'plot'],
  [ToolName.updatePlot, 'plot'],
  [ToolName.saveWorld, 'world'],
  [ToolName.updateWorld, 'world'],
  [ToolName.saveCharacters, 'characters'],
  [ToolName.updateCharacter, 'characters'],
  [ToolName.saveAuthor, 'author'],
  [ToolName.updateAuthor, 'author'],
  [ToolName.saveOutline, 'outline'],
  [ToolName.updateOutline, 'outline'],
];

/** The text of each message of a role, one entry a message, its parts joined. */
function textOf(prompt: LanguageModelV3Prompt, role: 'system' | 'user'): string[] {
  return prompt.flatMap((message) => {
    if (message.role !== role) return [];
    if (typeof message.content === 'string') return [message.content];
    return [message.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n\n')];
  });
}

/** The last text part of the last user message: the writer's words, after any context parts. */
function lastUserPart(prompt: LanguageModelV3Prompt): string {
  const message = prompt.findLast((m) => m.role === 'user');
  if (message?.role !== 'user') return '';
  return message.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).at(-1) ?? '';
}

export function readOfflineRequest(options: LanguageModelV3CallOptions): OfflineRequest {
  const toolNames = (options.tools ?? []).map((tool) => tool.name);
  const firstUser = textOf(options.prompt, 'user')[0] ?? '';
  // A scene to write comes with no tools: its prompt's <scene> section says what it is.
  const role =
    ROLE_BY_TOOL.find(([tool]) => toolNames.includes(tool))?.[1] ??
    (firstUser.includes('<scene>')
      ? 'drafting'
      : toolNames.includes(ToolName.getArtifact)
        ? 'lookup'
        : 'chat');
  const userText = lastUserPart(options.prompt);
  return {
    role,
    toolNames,
    userText,
    // A specialist's sections span its user message's parts: context first, then the ask.
    sections: readPromptSections(textOf(options.prompt, 'user').at(-1) ?? ''),
    // The library comes as context before the writer's message (tests may still put it in the system prompt).
    catalog: readArtifactCatalog(
      [...textOf(options.prompt, 'system'), ...textOf(options.prompt, 'user').slice(-1)].join('\n'),
    ),
    afterToolResults: options.prompt.at(-1)?.role === 'tool',
    fetched: fetchedArtifacts(options.prompt),
  };
}

function fetchedArtifacts(prompt: LanguageModelV3Prompt): Record<string, unknown>[] {
  return prompt.flatMap((message) => {
    if (message.role !== 'tool') return [];
    return message.content.flatMap((part) => {
      if (part.type !== 'tool-result' || part.toolName !== ToolName.getArtifact) return [];
      if (part.output.type !== 'json') return [];
      const value = part.output.value as { found?: unknown; artifact?: unknown } | null;
      const artifact = value?.found === true ? value.artifact : undefined;
      return artifact && typeof artifact === 'object' ? [artifact as Record<string, unknown>] : [];
    });
  });
}
