// Library items the writer names with @ ("@Mara Quill", "@The Salt Road"): found in their own library, given to every step.
import type { ArtifactKind } from '../../protocol/artifacts.ts';
import type { ArtifactStore } from '../storage/repository.ts';

const MENTIONED_KINDS = [
  'characters',
  'plots',
  'worlds',
  'authors',
] as const satisfies readonly ArtifactKind[];
/** The words after an @ that can name an item: up to six, up to the end of a phrase. */
const MENTION = /@([\p{L}\p{N}][\p{L}\p{N}'’-]*(?:[ ][\p{L}\p{N}][\p{L}\p{N}'’-]*){0,5})/gu;
const MAX_MENTIONS = 5;

const labelOf = (item: { title?: string; name?: string }) => (item.title ?? item.name ?? '').toLowerCase();

/**
 * The items the message names with @, each once, as the writer's library holds them: for every @, the
 * longest run of the words after it that is an item's title or name.
 */
export async function mentionedItems(
  artifacts: ArtifactStore,
  content: string,
): Promise<{ kind: ArtifactKind; item: Record<string, unknown> }[]> {
  const found = new Map<string, { kind: ArtifactKind; item: Record<string, unknown> }>();
  for (const match of content.matchAll(MENTION)) {
    if (found.size >= MAX_MENTIONS) break;
    const words = (match[1] ?? '').split(' ');
    search: for (let take = words.length; take > 0; take -= 1) {
      const name = words.slice(0, take).join(' ');
      for (const kind of MENTIONED_KINDS) {
        const page = await artifacts.list(kind, { q: name, limit: 10, offset: 0 });
        const item = page.items.find((candidate) => labelOf(candidate) === name.toLowerCase());
        if (item) {
          found.set(item.id, { kind, item: item as Record<string, unknown> });
          break search;
        }
      }
    }
  }
  return [...found.values()];
}
