// The OpenAI-compatible provider package (Ollama, llama.cpp, LM Studio, vLLM), end to end against a fake server.

import { startFakeOpenAI } from './test-support/index.ts';
import { describeProviderContract } from './test-support/provider-contract.ts';

describeProviderContract({
  provider: 'local',
  modelId: 'llama3.1:8b',
  startServer: startFakeOpenAI,
  env: (baseURL, apiKey) => ({
    OPENAI_COMPATIBLE_BASE_URL: baseURL,
    OPENAI_COMPATIBLE_API_KEY: apiKey,
    OPENAI_COMPATIBLE_MODELS: 'llama3.1:8b, qwen2.5',
  }),
  sentKey: (headers) => String(headers.authorization).replace(/^Bearer /, ''),
});
