// The Anthropic provider package, end to end against a fake Messages streaming server.

import { startFakeAnthropic } from './test-support/index.ts';
import { describeProviderContract } from './test-support/provider-contract.ts';

describeProviderContract({
  provider: 'anthropic',
  modelId: 'claude-sonnet-4-5',
  startServer: startFakeAnthropic,
  env: (baseURL, apiKey) => ({ ANTHROPIC_API_KEY: apiKey, ANTHROPIC_BASE_URL: baseURL }),
  sentKey: (headers) => headers['x-api-key']?.toString(),
});
