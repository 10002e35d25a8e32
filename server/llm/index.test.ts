// The model registry: which model a new session gets, which ids resolve, and what the picker lists.
import { generateText } from 'ai';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS } from './default-models.ts';
import { createModelRegistry, GOOGLE_DEFAULT_MODEL_ID, ModelConfigError, OFFLINE_MODEL_ID } from './index.ts';
import { startFakeAnthropic } from './test-support/index.ts';

const GOOGLE = { GOOGLE_GENERATIVE_AI_API_KEY: 'google-key' };
const OPENAI = { OPENAI_API_KEY: 'sk-openai' };
const ANTHROPIC = { ANTHROPIC_API_KEY: 'sk-ant' };
const LOCAL = {
  OPENAI_COMPATIBLE_BASE_URL: 'http://127.0.0.1:11434/v1',
  OPENAI_COMPATIBLE_MODELS: 'llama3.1:8b,qwen2.5',
};

const registry = (env: Record<string, string | undefined>, defaultModel?: string) =>
  createModelRegistry({ env, defaultModel, offlineDelayMs: 0 });

describe('the default model', () => {
  it('is the offline model when no provider is configured', () => {
    expect(registry({}).defaultModelId).toBe(OFFLINE_MODEL_ID);
  });

  it("is Google's current Flash model, from the defaults table, when a Google key is set", () => {
    expect(registry({ ...OPENAI, ...GOOGLE }).defaultModelId).toBe(GOOGLE_DEFAULT_MODEL_ID);
    expect(GOOGLE_DEFAULT_MODEL_ID).toBe(`google:${DEFAULT_MODELS.google.writing}`);
  });

  it('is the first configured provider’s writing model without a Google key', () => {
    expect(registry({ ...OPENAI, ...ANTHROPIC }).defaultModelId).toBe(
      `openai:${DEFAULT_MODELS.openai.writing}`,
    );
    expect(registry({ ...ANTHROPIC }).defaultModelId).toBe(`anthropic:${DEFAULT_MODELS.anthropic.writing}`);
    expect(registry({ ...LOCAL }).defaultModelId).toBe('local:llama3.1:8b');
  });

  it("accepts the guide's gemini-2.0-flash-exp as an alias of the current Flash model", () => {
    const google = registry({ ...GOOGLE }, 'google:gemini-2.0-flash-exp');
    expect(google.defaultModelId).toBe(`google:${DEFAULT_MODELS.google.writing}`);
    expect(google.resolve('gemini-2.0-flash-exp')?.id).toBe(`google:${DEFAULT_MODELS.google.writing}`);
  });

  it('follows BOOKSWRITER_MODEL, made canonical', () => {
    expect(registry({ ...GOOGLE, ...ANTHROPIC }, 'claude-haiku-4-5').defaultModelId).toBe(
      'anthropic:claude-haiku-4-5',
    );
    expect(registry({ ...GOOGLE, BOOKSWRITER_MODEL: 'offline:bookswriter-offline' }).defaultModelId).toBe(
      OFFLINE_MODEL_ID,
    );
  });

  it('refuses a BOOKSWRITER_MODEL that names nothing usable, saying what is configured', () => {
    const attempt = () => registry({ ...OPENAI }, 'anthropic:claude-sonnet-4-5');
    expect(attempt).toThrow(ModelConfigError);
    expect(attempt).toThrow(
      /BOOKSWRITER_MODEL "anthropic:claude-sonnet-4-5".*Configured providers: openai, offline/,
    );
  });
});

describe('resolving a model id', () => {
  const all = registry({ ...GOOGLE, ...OPENAI, ...ANTHROPIC, ...LOCAL });

  it('resolves canonical ids to a model of the right provider', () => {
    const resolved = all.resolve('openai:gpt-4.1');
    expect(resolved?.id).toBe('openai:gpt-4.1');
    expect(resolved?.info).toEqual({
      id: 'openai:gpt-4.1',
      provider: 'openai',
      label: 'GPT-4.1',
      offline: false,
    });
    expect(resolved?.model).toMatchObject({ modelId: 'gpt-4.1' });
  });

  it('accepts any model name under a configured provider', () => {
    expect(all.resolve('openai:gpt-5')?.info.label).toBe('gpt-5 (OpenAI)');
  });

  it("resolves the seed's bare model name to the one provider that serves it", () => {
    expect(all.resolve('gemini-2.5-pro')?.id).toBe('google:gemini-2.5-pro');
    expect(all.resolve('gemini-3-pro')?.id).toBe('google:gemini-3-pro');
    expect(all.resolve('o3-mini')?.id).toBe('openai:o3-mini');
    expect(all.resolve('claude-opus-4-1')?.id).toBe('anthropic:claude-opus-4-1');
    expect(all.resolve('qwen2.5')?.id).toBe('local:qwen2.5');
  });

  it('keeps a colon that belongs to the model name, as Ollama tags do', () => {
    expect(all.resolve('local:llama3.1:8b')?.id).toBe('local:llama3.1:8b');
    expect(all.resolve('llama3.1:8b')?.id).toBe('local:llama3.1:8b');
  });

  it('refuses a bare name two configured providers claim', () => {
    const both = registry({ ...OPENAI, ...LOCAL, OPENAI_COMPATIBLE_MODELS: 'gpt-4o-mini' });
    expect(both.resolve('gpt-4o-mini')).toBeUndefined();
    expect(both.resolve('openai:gpt-4o-mini')?.id).toBe('openai:gpt-4o-mini');
  });

  it('returns undefined for unconfigured providers and unknown names', () => {
    const openaiOnly = registry({ ...OPENAI });
    expect(openaiOnly.resolve('google:gemini-2.5-flash')).toBeUndefined();
    expect(openaiOnly.resolve('gemini-2.0-flash-exp')).toBeUndefined();
    expect(openaiOnly.resolve('mystery-model')).toBeUndefined();
    expect(openaiOnly.resolve('openai:')).toBeUndefined();
    expect(openaiOnly.resolve('offline:another')).toBeUndefined();
    expect(openaiOnly.resolve('')).toBeUndefined();
  });

  it('always resolves the offline model, by id or bare name', () => {
    const none = registry({});
    expect(none.resolve(OFFLINE_MODEL_ID)?.info).toMatchObject({ provider: 'offline', offline: true });
    expect(none.resolve('bookswriter-offline')?.id).toBe(OFFLINE_MODEL_ID);
  });
});

describe('the routing model', () => {
  it("is the session provider's small model from the defaults table", () => {
    const models = registry({ ...GOOGLE, ...OPENAI, ...ANTHROPIC });
    expect(models.routerFor('google:gemini-2.5-pro')?.id).toBe(`google:${DEFAULT_MODELS.google.routing}`);
    expect(models.routerFor('openai:gpt-4.1')?.id).toBe(`openai:${DEFAULT_MODELS.openai.routing}`);
    expect(models.routerFor('anthropic:claude-sonnet-4-5')?.id).toBe(
      `anthropic:${DEFAULT_MODELS.anthropic.routing}`,
    );
  });

  it('is the session model itself for a local server and the offline model', () => {
    const models = registry({ ...LOCAL });
    expect(models.routerFor('local:qwen2.5')?.id).toBe('local:qwen2.5');
    expect(models.routerFor(OFFLINE_MODEL_ID)?.id).toBe(OFFLINE_MODEL_ID);
  });

  it('follows BOOKSWRITER_ROUTER_MODEL, and refuses one that names nothing usable', () => {
    const models = registry({ ...GOOGLE, ...OPENAI, BOOKSWRITER_ROUTER_MODEL: 'openai:gpt-4o-mini' });
    expect(models.routerFor('google:gemini-2.5-flash')?.id).toBe('openai:gpt-4o-mini');
    expect(() => registry({ ...GOOGLE, BOOKSWRITER_ROUTER_MODEL: 'anthropic:claude-haiku-4-5' })).toThrow(
      /BOOKSWRITER_ROUTER_MODEL "anthropic:claude-haiku-4-5" does not name a usable model/,
    );
  });
});

describe('listing models', () => {
  it('lists each configured provider with its known models and the offline model last', () => {
    const ids = registry({ ...GOOGLE, ...LOCAL })
      .list()
      .map((model) => model.id);
    expect(ids).toEqual([
      'google:gemini-2.5-flash',
      'google:gemini-2.5-flash-lite',
      'google:gemini-2.5-pro',
      'local:llama3.1:8b',
      'local:qwen2.5',
      OFFLINE_MODEL_ID,
    ]);
  });

  it('includes a default model that is not among the known ones', () => {
    const ids = registry({ ...OPENAI }, 'openai:gpt-5')
      .list()
      .map((model) => model.id);
    expect(ids).toEqual([
      'openai:gpt-4.1',
      'openai:gpt-4.1-mini',
      'openai:gpt-4o-mini',
      'openai:gpt-5',
      OFFLINE_MODEL_ID,
    ]);
  });

  it('offers only the offline model with no provider configured', () => {
    expect(registry({}).list()).toEqual([
      {
        id: OFFLINE_MODEL_ID,
        provider: 'offline',
        label: 'BooksWriter Offline (built-in, no network)',
        offline: true,
      },
    ]);
  });
});

describe('provider configuration', () => {
  it('treats blank variables as unset', () => {
    expect(registry({ GOOGLE_GENERATIVE_AI_API_KEY: '  ' }).defaultModelId).toBe(OFFLINE_MODEL_ID);
  });

  it('names the OpenAI-compatible provider after OPENAI_COMPATIBLE_NAME', () => {
    const lmStudio = registry({ ...LOCAL, OPENAI_COMPATIBLE_NAME: 'lmstudio' });
    expect(lmStudio.resolve('lmstudio:qwen2.5')?.info.provider).toBe('lmstudio');
    expect(lmStudio.resolve('local:qwen2.5')).toBeUndefined();
  });

  it('rejects a provider name that would shadow a built-in one', () => {
    expect(() => registry({ ...LOCAL, OPENAI_COMPATIBLE_NAME: 'openai' })).toThrow(/OPENAI_COMPATIBLE_NAME/);
  });

  it('rejects a base URL that is not http(s), naming the variable', () => {
    expect(() => registry({ ...OPENAI, OPENAI_BASE_URL: 'api.openai.com' })).toThrow(/OPENAI_BASE_URL/);
    expect(() => registry({ OPENAI_COMPATIBLE_BASE_URL: 'ftp://host/v1' })).toThrow(ModelConfigError);
  });
});

describe('the fetch option', () => {
  it('carries every provider call, so callers can watch or redirect traffic', async () => {
    const fake = await startFakeAnthropic();
    try {
      fake.script({ kind: 'reply', text: ['Hello'] });
      const seen: string[] = [];
      const watching: typeof fetch = (input, init) => {
        seen.push(String(input instanceof Request ? input.url : input));
        return fetch(input, init);
      };
      const models = createModelRegistry({
        env: { ...ANTHROPIC, ANTHROPIC_BASE_URL: fake.baseURL },
        offlineDelayMs: 0,
        fetch: watching,
      });
      const model = models.resolve('claude-sonnet-4-5')?.model;
      if (!model) throw new Error('anthropic did not resolve');
      const result = await generateText({ model, prompt: 'Hi', maxRetries: 0 });

      expect(result.text).toBe('Hello');
      expect(seen).toEqual([`${fake.baseURL}/messages`]);
    } finally {
      await fake.close();
    }
  });
});
