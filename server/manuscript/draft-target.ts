// What a drafting request asks for: the whole book, one chapter or one scene, to write anew or to go on with.
import { NUMBER_WORDS, ORDINAL_WORDS, wordPattern } from '../text/numbers.ts';

export type DraftTarget =
  | { kind: 'book' }
  | { kind: 'chapter'; chapter: number }
  | { kind: 'scene'; chapter: number; scene: number };

export interface DraftRequest {
  target: DraftTarget;
  /** Write scenes again that already have prose ("regenerate", "rewrite", "redo"). */
  again: boolean;
  /** Go on from where the draft stopped: only scenes with no prose yet. */
  continuing: boolean;
  /** What the writer wants of the new version ("so that Mara lies to him"). */
  instruction: string;
}

const ORDINALS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, ...ORDINAL_WORDS };
const N = `(\\d+|${wordPattern(ORDINALS)})`;

const num = (raw: string | undefined): number | undefined =>
  raw === undefined ? undefined : (ORDINALS[raw.toLowerCase()] ?? Number(raw));

export function readDraftRequest(text: string): DraftRequest {
  const again = /\b(re-?generate|rewrite|re-?write|redo|re-?draft|again|another version)\b/i.test(text);
  const continuing = /\b(continue|carry on|keep going|go on|resume|finish)\b/i.test(text);
  const instruction =
    /\b(?:so that|so|where|with|but|and make|making)\s+(.{3,500})$/i
      .exec(text.split('\n')[0] ?? '')?.[1]
      ?.trim() ?? '';
  const dotted = /\bscene\s+(\d+)\.(\d+)\b/i.exec(text);
  if (dotted)
    return {
      target: { kind: 'scene', chapter: Number(dotted[1]), scene: Number(dotted[2]) },
      again,
      continuing,
      instruction,
    };
  const chapter = num(
    new RegExp(String.raw`\bchapter\s+${N}\b`, 'i').exec(text)?.[1] ??
      new RegExp(String.raw`\b${N}\s+chapter\b`, 'i').exec(text)?.[1],
  );
  const scene = num(
    new RegExp(String.raw`\bscene\s+${N}\b`, 'i').exec(text)?.[1] ??
      new RegExp(String.raw`\b${N}\s+scene\b`, 'i').exec(text)?.[1],
  );
  if (chapter !== undefined && scene !== undefined)
    return { target: { kind: 'scene', chapter, scene }, again, continuing, instruction };
  if (chapter !== undefined) return { target: { kind: 'chapter', chapter }, again, continuing, instruction };
  return { target: { kind: 'book' }, again, continuing, instruction };
}

/** Whether the writer is asking for prose rather than for planning: "write chapter 3", "draft the book", "continue". */
export function asksForDraft(text: string): boolean {
  if (/\boutline\b/i.test(text) && !/\b(from|using|follow(ing)?) the outline\b/i.test(text)) return false;
  const verb = String.raw`\b(?:write|draft|regenerate|rewrite|redo|redraft|continue)\b`;
  const chapter = new RegExp(
    String.raw`${verb}\s+(?:out\s+)?(?:the\s+|this\s+|my\s+|its\s+)?(?:(?:first|next|last|opening|final|second|third|\w+th)\s+)?(?:chapters?|scenes?)\b`,
    'i',
  );
  // "write the book" drafts it; "write a book about…" asks for a plot.
  const book = new RegExp(
    String.raw`${verb}\s+(?:the|my|this|our)\s+(?:whole\s+|entire\s+|rest\s+of\s+the\s+)?(?:book|novel|manuscript|draft)\b(?!\s+(?:about|where|in which))`,
    'i',
  );
  return (
    chapter.test(text) ||
    book.test(text) ||
    /\bscene\s+\d+\.\d+\b/i.test(text) ||
    /\b(?:write|draft|regenerate|rewrite)\s+chapter\s+\w+/i.test(text) ||
    /^\s*(continue|carry on|keep going|resume)( (drafting|writing|the draft|the book))?\s*[.!]?\s*$/i.test(
      text,
    )
  );
}
