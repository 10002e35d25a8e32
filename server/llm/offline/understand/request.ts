// What the offline model reads from an AI SDK call: who is asking (by the tools offered), the sections, the catalog.
import type { LanguageModelV3CallOptions, LanguageModelV3Prompt } from '@ai-sdk/provider';
import {
  type ArtifactSummary,
  type PromptSections,
  readArtifactCatalog,
  readPromptSections,
  ToolName,
} from '../../../agents/contract.ts';

export type OfflineRole = 'orchestrator' | 'plot' | 'world' | 'characters' | 'author' | 'chat';

export interface OfflineRequest {
  role: OfflineRole;
  toolNames: string[];
  /** The last user message, as written. */
  userText: string;
  sections: PromptSections | undefined;
  catalog: ArtifactSummary[];
  /** The prompt ends in tool results: the work is done and only a short reply is due. */
  afterToolResults: boolean;
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
];

function textOf(prompt: LanguageModelV3Prompt, role: 'system' | 'user'): string[] {
  return prompt.flatMap((message) => {
    if (message.role !== role) return [];
    if (typeof message.content === 'string') return [message.content];
    return message.content.flatMap((part) => (part.type === 'text' ? [part.text] : []));
  });
}

export function readOfflineRequest(options: LanguageModelV3CallOptions): OfflineRequest {
  const toolNames = (options.tools ?? []).map((tool) => tool.name);
  const role = ROLE_BY_TOOL.find(([tool]) => toolNames.includes(tool))?.[1] ?? 'chat';
  const userText = textOf(options.prompt, 'user').at(-1) ?? '';
  return {
    role,
    toolNames,
    userText,
    sections: readPromptSections(userText),
    catalog: readArtifactCatalog(textOf(options.prompt, 'system').join('\n')),
    afterToolResults: options.prompt.at(-1)?.role === 'tool',
  };
}
