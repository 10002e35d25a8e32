// A real provider package's model pointed at a fake wire server, as the agent tests drive it.
import { createModelRegistry } from '../../llm/index.ts';
import type { ResolvedModel } from '../../llm/registry.ts';

const SETTINGS = {
  openai: (baseURL: string) => ({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: baseURL }),
  gemini: (baseURL: string) => ({
    GOOGLE_GENERATIVE_AI_API_KEY: 'g-test',
    GOOGLE_GENERATIVE_AI_BASE_URL: baseURL,
  }),
} as const;

const MODEL_IDS = { openai: 'openai:gpt-4.1', gemini: 'google:gemini-2.5-flash' } as const;

export function fakeProviderModel(provider: keyof typeof SETTINGS, baseURL: string): ResolvedModel {
  const resolved = createModelRegistry({ env: SETTINGS[provider](baseURL), offlineDelayMs: 0 }).resolve(
    MODEL_IDS[provider],
  );
  if (!resolved) throw new Error(`no ${provider} model`);
  return resolved;
}
