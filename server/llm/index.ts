// The model registry: turns `provider:model` ids (or bare model names) into ready AI SDK language models.
import type { LanguageModelV3 } from '@ai-sdk/provider';
import type { ModelInfo } from '../../protocol/messages.ts';
import { ModelConfigError } from './config-error.ts';
import { canonicalModel, DEFAULT_MODELS, defaultsFor } from './default-models.ts';
import { checkProviderModel } from './model-check.ts';
import {
  createOfflineModel,
  OFFLINE_MODEL_ID,
  OFFLINE_MODEL_NAME,
  OFFLINE_PROVIDER,
} from './offline/index.ts';
import { type ConfiguredProvider, configureProviders, RESERVED_PROVIDER_NAMES } from './providers.ts';
import type { ModelRegistry, ResolvedModel } from './registry.ts';

export { ModelConfigError } from './config-error.ts';
export { describeProviderError } from './errors.ts';
export { OFFLINE_MODEL_ID } from './offline/index.ts';
export type { ModelRegistry, ProviderFailure, ResolvedModel } from './registry.ts';

/** Used whenever a Google key is present and nothing else is chosen; the guide's `gemini-2.0-flash-exp` is an alias of it. */
export const GOOGLE_DEFAULT_MODEL_ID = `google:${DEFAULT_MODELS.google.writing}`;

export interface ModelRegistryOptions {
  env: Record<string, string | undefined>;
  /** BOOKSWRITER_MODEL; falls back to `env.BOOKSWRITER_MODEL` when omitted. */
  defaultModel?: string;
  /** BOOKSWRITER_ROUTER_MODEL; falls back to `env.BOOKSWRITER_ROUTER_MODEL` when omitted. */
  routerModel?: string;
  /** Pause between the offline model's streamed deltas. */
  offlineDelayMs: number;
  /** Handed to every provider package, so a test can watch or redirect the traffic. */
  fetch?: typeof fetch;
}

const OFFLINE_INFO: ModelInfo = {
  id: OFFLINE_MODEL_ID,
  provider: OFFLINE_PROVIDER,
  label: 'BooksWriter Offline (built-in, no network)',
  offline: true,
};

/** Throws ModelConfigError when a variable is malformed or BOOKSWRITER_MODEL names nothing usable. */
export function createModelRegistry(options: ModelRegistryOptions): ModelRegistry {
  const providers = configureProviders({ env: options.env, fetch: options.fetch });
  let offlineModel: LanguageModelV3 | undefined;
  const offline = (): ResolvedModel => {
    offlineModel ??= createOfflineModel({ delayMs: options.offlineDelayMs });
    return { id: OFFLINE_MODEL_ID, model: offlineModel, info: OFFLINE_INFO };
  };

  const resolve = (id: string): ResolvedModel | undefined => {
    const target = locate(providers, id.trim());
    if (target === 'offline') return offline();
    if (target === undefined) return undefined;
    const { provider } = target;
    const model = canonicalModel(provider.name, target.model);
    return {
      id: `${provider.name}:${model}`,
      model: provider.createModel(model),
      info: describeModel(provider, model),
    };
  };

  const defaultModelId = chooseDefault(providers, options, resolve);
  const routerModelId = chooseRouter(options, resolve);

  return {
    defaultModelId,
    async check(modelId) {
      const target = locate(providers, modelId);
      if (target === undefined || target === 'offline') return undefined;
      return checkProviderModel(
        target.provider,
        canonicalModel(target.provider.name, target.model),
        options.fetch,
      );
    },
    routerFor(modelId) {
      if (routerModelId) return resolve(routerModelId);
      const session = resolve(modelId);
      if (!session) return undefined;
      const routing = defaultsFor(session.info.provider)?.routing;
      return (routing && resolve(`${session.info.provider}:${routing}`)) || session;
    },
    list() {
      const models: ModelInfo[] = [];
      for (const provider of providers) {
        const names = provider.knownModels.map((known) => known.model);
        const defaultName = defaultModelId.slice(provider.name.length + 1);
        if (defaultModelId.startsWith(`${provider.name}:`) && !names.includes(defaultName)) {
          names.push(defaultName);
        }
        models.push(...names.map((model) => describeModel(provider, model)));
      }
      models.push(OFFLINE_INFO);
      return models;
    },
    resolve,
  };
}

type Located = 'offline' | { provider: ConfiguredProvider; model: string } | undefined;

function locate(providers: ConfiguredProvider[], id: string): Located {
  if (id === '') return undefined;
  if (id === OFFLINE_MODEL_ID || id === OFFLINE_MODEL_NAME) return 'offline';

  const colon = id.indexOf(':');
  if (colon > 0) {
    const prefix = id.slice(0, colon);
    const model = id.slice(colon + 1);
    const provider = providers.find((candidate) => candidate.name === prefix);
    if (provider) return model === '' ? undefined : { provider, model };
    // A built-in prefix whose provider is not configured cannot fall back to a bare-name match.
    if ((RESERVED_PROVIDER_NAMES as readonly string[]).includes(prefix)) return undefined;
    // Otherwise the colon may belong to the model name itself, as in Ollama's `llama3.1:8b`.
  }

  const claimants = providers.filter((provider) => provider.claims(id));
  const only = claimants.length === 1 ? claimants[0] : undefined;
  return only ? { provider: only, model: id } : undefined;
}

function chooseDefault(
  providers: ConfiguredProvider[],
  options: ModelRegistryOptions,
  resolve: (id: string) => ResolvedModel | undefined,
): string {
  const requested = (options.defaultModel ?? options.env.BOOKSWRITER_MODEL)?.trim();
  if (requested) {
    const resolved = resolve(requested);
    if (!resolved) {
      const configured = [...providers.map((provider) => provider.name), 'offline'].join(', ');
      throw new ModelConfigError(
        `BOOKSWRITER_MODEL "${requested}" does not name a usable model. ` +
          `Configured providers: ${configured}. Use provider:model, e.g. ${OFFLINE_MODEL_ID}.`,
      );
    }
    return resolved.id;
  }
  if (providers.some((provider) => provider.name === 'google')) return GOOGLE_DEFAULT_MODEL_ID;
  // Without a Google key, the first provider the writer configured: a key set is a wish to use it.
  const first = providers[0];
  if (!first) return OFFLINE_MODEL_ID;
  const writing = defaultsFor(first.name)?.writing ?? first.knownModels[0]?.model;
  return writing ? `${first.name}:${writing}` : OFFLINE_MODEL_ID;
}

function chooseRouter(
  options: ModelRegistryOptions,
  resolve: (id: string) => ResolvedModel | undefined,
): string | undefined {
  const requested = (options.routerModel ?? options.env.BOOKSWRITER_ROUTER_MODEL)?.trim();
  if (!requested) return undefined;
  const resolved = resolve(requested);
  if (!resolved) {
    throw new ModelConfigError(
      `BOOKSWRITER_ROUTER_MODEL "${requested}" does not name a usable model. Use provider:model, e.g. ` +
        `openai:${DEFAULT_MODELS.openai.routing}, or leave it unset for each provider's small model.`,
    );
  }
  return resolved.id;
}

function describeModel(provider: ConfiguredProvider, model: string): ModelInfo {
  const known = provider.knownModels.find((candidate) => candidate.model === model);
  return {
    id: `${provider.name}:${model}`,
    provider: provider.name,
    label: known && known.label !== model ? known.label : `${model} (${provider.label})`,
    offline: false,
  };
}
