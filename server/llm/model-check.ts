// The start-up check of a configured model against the list the provider serves, worded as a warning.
import { redact } from './errors.ts';
import type { ConfiguredProvider } from './providers.ts';

const CHECK_TIMEOUT_MS = 10_000;

/**
 * Undefined when the provider lists the model (or offers no list); otherwise a sentence naming what is
 * wrong and what to do. Never throws: a provider that cannot be asked must not stop the server.
 */
export async function checkProviderModel(
  provider: ConfiguredProvider,
  model: string,
  fetchImpl: typeof fetch = fetch,
): Promise<string | undefined> {
  const list = provider.modelList;
  if (!list) return undefined;
  const id = `${provider.name}:${model}`;
  let response: Response;
  try {
    response = await fetchImpl(list.url, {
      headers: list.headers,
      signal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `Could not check the model ${id}: ${provider.label} did not answer (${redact(reason)}).`;
  }
  if (response.status === 401 || response.status === 403) {
    return `${provider.label} rejected the API key while checking the model ${id} (HTTP ${response.status}).`;
  }
  if (!response.ok) {
    return `Could not check the model ${id}: ${provider.label} answered HTTP ${response.status} to its model list.`;
  }
  const names = modelNames(await response.json().catch(() => undefined));
  if (names === undefined) return undefined;
  // Anthropic lists dated ids (claude-haiku-4-5-20251001) for the undated aliases it also serves.
  if (names.some((name) => servesModel(name, model))) return undefined;
  const similar = names.filter((name) => name.startsWith(model.split('-').slice(0, 2).join('-'))).slice(0, 5);
  return (
    `${provider.label} does not list the model ${id}, so every turn on it would fail with MODEL_UNAVAILABLE. ` +
    `Set BOOKSWRITER_MODEL to a model it serves${similar.length > 0 ? `, e.g. ${similar.join(', ')}` : ''}.`
  );
}

/** The same model, or a dated or numbered version of it (`-20251001`, `-2025-04-14`, `-001`, `-latest`), not a sibling like `-mini`. */
function servesModel(listed: string, model: string): boolean {
  if (listed === model) return true;
  if (!listed.startsWith(`${model}-`)) return false;
  return /^(\d{8}|\d{4}-\d{2}-\d{2}|\d{3}|latest)$/.test(listed.slice(model.length + 1));
}

/** Google's `{models:[{name:'models/x'}]}`, or OpenAI's and Anthropic's `{data:[{id}]}`. */
function modelNames(body: unknown): string[] | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { models, data } = body as { models?: unknown; data?: unknown };
  const entries = Array.isArray(models) ? models : Array.isArray(data) ? data : undefined;
  if (!entries) return undefined;
  return entries.flatMap((entry: unknown) => {
    const { id, name } = (entry ?? {}) as { id?: unknown; name?: unknown };
    const value = typeof id === 'string' ? id : typeof name === 'string' ? name : undefined;
    return value ? [value.replace(/^models\//, '')] : [];
  });
}
