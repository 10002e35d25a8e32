// A fake Gemini API (generativelanguage v1beta generateContent / streamGenerateContent) for tests.
import {
  contentText,
  type FakeProviderServer,
  type ScriptedReply,
  sse,
  startScriptedServer,
  type WireDialect,
} from './scripted-server.ts';

/** Serves `POST {baseURL}/models/{model}:streamGenerateContent?alt=sse` and `:generateContent`; baseURL ends in `/v1beta`. */
export function startFakeGemini(): Promise<FakeProviderServer> {
  return startScriptedServer(geminiDialect);
}

const MODEL_PATH = /\/models\/([^/:?]+):(streamGenerateContent|generateContent)(\?|$)/;

const geminiDialect: WireDialect = {
  basePath: '/v1beta',
  retryDelayInBodyOnly: true,
  route(method, path) {
    const match = MODEL_PATH.exec(path);
    if (method !== 'POST' || !match) return undefined;
    return { stream: match[2] === 'streamGenerateContent', model: match[1] };
  },

  streamFrames(reply, request) {
    const response = (parts: unknown[] | undefined, last: boolean) =>
      sse({
        candidates: [
          {
            ...(parts ? { content: { parts, role: 'model' } } : {}),
            index: 0,
            ...(last ? { finishReason: reply.finishReason ?? 'STOP' } : {}),
          },
        ],
        usageMetadata: usage(reply, last),
        modelVersion: request.model ?? 'gemini-2.5-flash',
        responseId: `fake-${request.path.length}`,
      });

    const opening = (reply.text ?? []).map((text) => response([{ text }], false));
    const calls = functionCallParts(reply);
    // Gemini sends each function call whole, never as argument fragments.
    if (calls.length > 0) opening.push(response(calls, false));
    // A separate last response carries the finish reason, so a held-open stream can stop short of it.
    return { opening, closing: [response(undefined, true)] };
  },

  jsonBody(reply, request) {
    const text = reply.text ? [{ text: reply.text.join('') }] : [];
    return {
      candidates: [
        {
          content: { parts: [...text, ...functionCallParts(reply)], role: 'model' },
          finishReason: 'STOP',
          index: 0,
        },
      ],
      usageMetadata: usage(reply, true),
      modelVersion: request.model ?? 'gemini-2.5-flash',
      responseId: `fake-${Date.now()}`,
    };
  },

  errorBody(error, message) {
    const status = STATUS_NAMES[error.status] ?? 'INTERNAL';
    const details =
      error.retryAfterSeconds === undefined
        ? []
        : [
            {
              '@type': 'type.googleapis.com/google.rpc.RetryInfo',
              retryDelay: `${error.retryAfterSeconds}s`,
            },
          ];
    return { error: { code: error.status, message, status, ...(details.length > 0 ? { details } : {}) } };
  },

  modelListBody: (models) => ({ models: models.map((model) => ({ name: `models/${model}` })) }),

  summarize(body) {
    const tools = Array.isArray(body.tools) ? body.tools : [];
    const contents = Array.isArray(body.contents) ? body.contents : [];
    const system = body.systemInstruction as { parts?: unknown } | undefined;
    return {
      toolNames: tools.flatMap((tool: { functionDeclarations?: Array<{ name?: unknown }> }) =>
        (tool.functionDeclarations ?? []).flatMap((declaration) =>
          typeof declaration.name === 'string' ? [declaration.name] : [],
        ),
      ),
      promptText: [
        ...contentText(system?.parts),
        ...contents.flatMap((content: { parts?: unknown }) => contentText(content.parts)),
      ].join('\n'),
    };
  },
};

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

function functionCallParts(reply: ScriptedReply) {
  return (reply.toolCalls ?? []).map((call) => ({ functionCall: { name: call.name, args: call.args } }));
}

function usage(reply: ScriptedReply, last: boolean) {
  const candidates = last ? (reply.text ?? []).length + (reply.toolCalls ?? []).length * 10 : 0;
  return { promptTokenCount: 20, candidatesTokenCount: candidates, totalTokenCount: 20 + candidates };
}
