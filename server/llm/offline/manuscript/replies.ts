// The offline model's replies for the book itself: an outline with its save call, or one scene's prose.
import { ToolName } from '../../../agents/contract.ts';
import { readLengthAsk } from '../../../manuscript/length-ask.ts';
import { readScenePrompt } from '../../../manuscript/scene-prompt.ts';
import type { ComposedReply } from '../stream/stream-writer.ts';
import type { OfflineRequest } from '../understand/request.ts';
import { composeOutline } from './outline-composer.ts';
import { writeScene } from './scene-writer.ts';

export function composeOutlineReply(request: OfflineRequest): ComposedReply {
  const sections = request.sections;
  const asked = `${sections?.request ?? request.userText}\n${sections?.task ?? ''}`;
  const context = sections?.context ?? {};
  const outline = composeOutline(context, asked, readLengthAsk(asked));
  const chapters = outline.acts.flatMap((act) => act.chapters);
  const words = chapters.flatMap((c) => c.scenes).reduce((sum, scene) => sum + scene.word_target, 0);
  const text = [
    `# ${outline.title}: the outline`,
    `${chapters.length} chapters in ${outline.acts.length} act${outline.acts.length === 1 ? '' : 's'}, about ${words.toLocaleString('en')} words.`,
    ...chapters.map((chapter, index) => `**Chapter ${index + 1}: ${chapter.title}** — ${chapter.summary}`),
  ].join('\n\n');
  const tool = request.toolNames.includes(ToolName.saveOutline)
    ? ToolName.saveOutline
    : ToolName.updateOutline;
  return { text, toolCalls: [{ toolName: tool, input: outline }] };
}

export function composeSceneReply(request: OfflineRequest): ComposedReply {
  const prompt = readScenePrompt(request.userText);
  if (!prompt) {
    // A follow-up asking for more of a scene: the first prompt still holds the plan.
    return { text: 'The scene ends here.', toolCalls: [] };
  }
  return { text: writeScene(prompt), toolCalls: [] };
}
