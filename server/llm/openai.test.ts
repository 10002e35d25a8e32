// The OpenAI provider package, end to end against a fake Chat Completions server.

import { startFakeOpenAI } from './test-support/index.ts';
import { describeProviderContract } from './test-support/provider-contract.ts';

describeProviderContract({
  provider: 'openai',
  modelId: 'gpt-4o-mini',
  startServer: startFakeOpenAI,
  env: (baseURL, apiKey) => ({ OPENAI_API_KEY: apiKey, OPENAI_BASE_URL: baseURL }),
  sentKey: (headers) => String(headers.authorization).replace(/^Bearer /, ''),
});
