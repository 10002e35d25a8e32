// Reads a model's stream to its end; the DOM typings of ReadableStream lack async iteration.
import type { LanguageModelV3StreamPart } from '@ai-sdk/provider';

export async function readParts(
  stream: ReadableStream<LanguageModelV3StreamPart>,
): Promise<LanguageModelV3StreamPart[]> {
  const reader = stream.getReader();
  const parts: LanguageModelV3StreamPart[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    parts.push(value);
  }
}
