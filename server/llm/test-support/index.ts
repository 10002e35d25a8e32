// Fake provider servers for tests: each speaks one real wire format on 127.0.0.1 and follows a script.
export { startFakeAnthropic } from './fake-anthropic.ts';
export { startFakeGemini } from './fake-gemini.ts';
export { startFakeOpenAI } from './fake-openai.ts';
export type {
  FakeProviderServer,
  RecordedRequest,
  ScriptedResponse,
  ScriptedToolCall,
} from './scripted-server.ts';
