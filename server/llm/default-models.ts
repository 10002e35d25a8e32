// The models BooksWriter uses when the writer names none: one writing and one routing model per provider.

export interface ProviderDefaults {
  /** Writes plots, worlds, characters and authors. */
  writing: string;
  /** The orchestrator's model: it only chooses specialists and writes two sentences, so a small one does. */
  routing: string;
}

/**
 * Checked against each provider's model documentation on 2026-11-28; the README shows the same table.
 * Providers retire model ids: when one answers 404, update this table and the README together.
 */
export const DEFAULT_MODELS = {
  google: { writing: 'gemini-2.5-flash', routing: 'gemini-2.5-flash-lite' },
  openai: { writing: 'gpt-4.1', routing: 'gpt-4.1-mini' },
  anthropic: { writing: 'claude-sonnet-4-5', routing: 'claude-haiku-4-5' },
} as const satisfies Record<string, ProviderDefaults>;

export const DEFAULT_MODELS_CHECKED_ON = '2026-11-28';

export type HostedProvider = keyof typeof DEFAULT_MODELS;

/**
 * Ids that providers have shut down but guides and old settings still name, mapped to the model that
 * replaced them, so a saved session or an old BOOKSWRITER_MODEL keeps working.
 */
const MODEL_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  google: {
    'gemini-2.0-flash-exp': DEFAULT_MODELS.google.writing,
  },
};

/** The model a provider actually serves for `model`, after aliases. */
export function canonicalModel(provider: string, model: string): string {
  return MODEL_ALIASES[provider]?.[model] ?? model;
}

export function defaultsFor(provider: string): ProviderDefaults | undefined {
  return (DEFAULT_MODELS as Record<string, ProviderDefaults>)[provider];
}
