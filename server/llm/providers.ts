// Which hosted or local model providers the environment configures, and how each builds a language model.
import { createAnthropic } from '@ai-sdk/anthropic';
import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModelV3 } from '@ai-sdk/provider';
import { ModelConfigError } from './config-error.ts';

export interface ConfiguredProvider {
  /** The prefix of this provider's model ids, e.g. `google` in `google:gemini-2.5-flash`. */
  name: string;
  label: string;
  /** Models offered in the picker, with their display labels. */
  knownModels: ReadonlyArray<{ model: string; label: string }>;
  /** Whether a bare model name (no `provider:` prefix) belongs to this provider. */
  claims(model: string): boolean;
  createModel(model: string): LanguageModelV3;
  /** Where the provider lists the models a key may use, for the start-up check. */
  modelList?: { url: string; headers: Record<string, string> };
}

export interface ProviderEnvironment {
  env: Record<string, string | undefined>;
  fetch?: typeof fetch;
}

/** Provider names that can never be used for an OpenAI-compatible server, so ids stay unambiguous. */
export const RESERVED_PROVIDER_NAMES = ['google', 'openai', 'anthropic', 'offline'] as const;

const GOOGLE_MODELS = [
  { model: 'gemini-2.5-flash', label: 'Gemini 2.5 Flash' },
  { model: 'gemini-2.5-flash-lite', label: 'Gemini 2.5 Flash-Lite' },
  { model: 'gemini-2.5-pro', label: 'Gemini 2.5 Pro' },
];
const OPENAI_MODELS = [
  { model: 'gpt-4.1', label: 'GPT-4.1' },
  { model: 'gpt-4.1-mini', label: 'GPT-4.1 mini' },
  { model: 'gpt-4o-mini', label: 'GPT-4o mini' },
];
const ANTHROPIC_MODELS = [
  { model: 'claude-sonnet-4-5', label: 'Claude Sonnet 4.5' },
  { model: 'claude-haiku-4-5', label: 'Claude Haiku 4.5' },
];

/** Reads the provider variables once; throws ModelConfigError naming the variable that is wrong. */
export function configureProviders({ env, fetch }: ProviderEnvironment): ConfiguredProvider[] {
  const providers: ConfiguredProvider[] = [];
  const isKnown = (list: ReadonlyArray<{ model: string }>, model: string) =>
    list.some((known) => known.model === model);

  const googleKey = setting(env, 'GOOGLE_GENERATIVE_AI_API_KEY');
  if (googleKey) {
    const google = createGoogleGenerativeAI({
      apiKey: googleKey,
      baseURL: url(env, 'GOOGLE_GENERATIVE_AI_BASE_URL'),
      fetch,
    });
    providers.push({
      name: 'google',
      label: 'Google Gemini',
      knownModels: GOOGLE_MODELS,
      claims: (model) => isKnown(GOOGLE_MODELS, model) || model.startsWith('gemini-'),
      modelList: {
        url: `${url(env, 'GOOGLE_GENERATIVE_AI_BASE_URL') ?? 'https://generativelanguage.googleapis.com/v1beta'}/models?pageSize=1000`,
        headers: { 'x-goog-api-key': googleKey },
      },
      createModel: (model) => google.chat(model),
    });
  }

  const openaiKey = setting(env, 'OPENAI_API_KEY');
  if (openaiKey) {
    const openai = createOpenAI({ apiKey: openaiKey, baseURL: url(env, 'OPENAI_BASE_URL'), fetch });
    providers.push({
      name: 'openai',
      label: 'OpenAI',
      knownModels: OPENAI_MODELS,
      claims: (model) => isKnown(OPENAI_MODELS, model) || /^(gpt-|o\d)/.test(model),
      modelList: {
        url: `${url(env, 'OPENAI_BASE_URL') ?? 'https://api.openai.com/v1'}/models`,
        headers: { authorization: `Bearer ${openaiKey}` },
      },
      // Chat Completions rather than Responses: every OpenAI chat model and every proxy set through
      // OPENAI_BASE_URL (Azure, OpenRouter, gateways) speaks it.
      createModel: (model) => openai.chat(model),
    });
  }

  const anthropicKey = setting(env, 'ANTHROPIC_API_KEY');
  if (anthropicKey) {
    const anthropic = createAnthropic({
      apiKey: anthropicKey,
      baseURL: url(env, 'ANTHROPIC_BASE_URL'),
      fetch,
    });
    providers.push({
      name: 'anthropic',
      label: 'Anthropic',
      knownModels: ANTHROPIC_MODELS,
      claims: (model) => isKnown(ANTHROPIC_MODELS, model) || model.startsWith('claude-'),
      modelList: {
        url: `${url(env, 'ANTHROPIC_BASE_URL') ?? 'https://api.anthropic.com/v1'}/models?limit=1000`,
        headers: { 'x-api-key': anthropicKey, 'anthropic-version': '2023-06-01' },
      },
      createModel: (model) => anthropic.messages(model),
    });
  }

  const compatibleURL = url(env, 'OPENAI_COMPATIBLE_BASE_URL');
  if (compatibleURL) {
    providers.push(configureCompatible(env, compatibleURL, fetch));
  }
  return providers;
}

function configureCompatible(
  env: Record<string, string | undefined>,
  baseURL: string,
  fetch: typeof globalThis.fetch | undefined,
): ConfiguredProvider {
  const name = setting(env, 'OPENAI_COMPATIBLE_NAME') ?? 'local';
  if (!/^[a-z][a-z0-9-]{0,31}$/.test(name)) {
    throw new ModelConfigError(
      `OPENAI_COMPATIBLE_NAME "${name}" must be lowercase letters, digits and dashes, starting with a letter.`,
    );
  }
  if ((RESERVED_PROVIDER_NAMES as readonly string[]).includes(name)) {
    throw new ModelConfigError(
      `OPENAI_COMPATIBLE_NAME "${name}" is taken by a built-in provider; choose another, e.g. "local".`,
    );
  }
  const models = (setting(env, 'OPENAI_COMPATIBLE_MODELS') ?? '')
    .split(',')
    .map((model) => model.trim())
    .filter((model) => model.length > 0);
  const apiKey = setting(env, 'OPENAI_COMPATIBLE_API_KEY');
  const compatible = createOpenAICompatible({
    name,
    baseURL,
    apiKey,
    includeUsage: true,
    fetch,
  });
  return {
    name,
    label: name === 'local' ? 'Local server' : name,
    knownModels: models.map((model) => ({ model, label: model })),
    claims: (model) => models.includes(model),
    createModel: (model) => compatible.chatModel(model),
    modelList: { url: `${baseURL}/models`, headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {} },
  };
}

/** An environment value with surrounding blanks removed; empty counts as unset. */
function setting(env: Record<string, string | undefined>, variable: string): string | undefined {
  const value = env[variable]?.trim();
  return value ? value : undefined;
}

function url(env: Record<string, string | undefined>, variable: string): string | undefined {
  const value = setting(env, variable);
  if (value === undefined) return undefined;
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new ModelConfigError(`${variable} must be an http(s) URL, got "${value}".`);
  }
  // The provider packages append paths with a slash of their own.
  return value.replace(/\/+$/, '');
}
