// The Google Gemini provider package, end to end against a fake streamGenerateContent server.

import { startFakeGemini } from './test-support/index.ts';
import { describeProviderContract } from './test-support/provider-contract.ts';

describeProviderContract({
  provider: 'google',
  modelId: 'gemini-2.5-flash',
  startServer: startFakeGemini,
  env: (baseURL, apiKey) => ({
    GOOGLE_GENERATIVE_AI_API_KEY: apiKey,
    GOOGLE_GENERATIVE_AI_BASE_URL: baseURL,
  }),
  sentKey: (headers) => headers['x-goog-api-key']?.toString(),
});
