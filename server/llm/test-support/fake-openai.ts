// A fake OpenAI Chat Completions API (also what Ollama, llama.cpp, LM Studio and vLLM speak) for tests.
import {
  contentText,
  type FakeProviderServer,
  fragments,
  routeByBody,
  type ScriptedReply,
  type ScriptedToolCall,
  sse,
  startScriptedServer,
  type WireDialect,
} from './scripted-server.ts';

/** Serves `POST {baseURL}/chat/completions`, streaming (`stream: true`) or not; baseURL ends in `/v1`. */
export function startFakeOpenAI(): Promise<FakeProviderServer> {
  return startScriptedServer(openAIDialect);
}

const openAIDialect: WireDialect = {
  basePath: '/v1',
  route: routeByBody('/chat/completions'),

  streamFrames(reply, request) {
    const id = `chatcmpl-${request.path.length}${Date.now()}`;
    const chunk = (choice: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}) =>
      sse({
        id,
        object: 'chat.completion.chunk',
        created: Math.floor(Date.now() / 1000),
        model: request.model ?? 'gpt-4o-mini',
        system_fingerprint: 'fp_fake',
        choices: choice ? [{ index: 0, logprobs: null, finish_reason: null, ...choice }] : [],
        ...extra,
      });

    const opening = [chunk({ delta: { role: 'assistant', content: '' } })];
    for (const text of reply.text ?? []) opening.push(chunk({ delta: { content: text } }));
    (reply.toolCalls ?? []).forEach((call, index) => {
      const head = {
        index,
        id: callId(call, index),
        type: 'function',
        function: { name: call.name, arguments: '' },
      };
      opening.push(chunk({ delta: { tool_calls: [head] } }));
      for (const piece of fragments(JSON.stringify(call.args), reply.argumentFragments ?? 3)) {
        opening.push(chunk({ delta: { tool_calls: [{ index, function: { arguments: piece } }] } }));
      }
    });

    const closing = [chunk({ delta: {}, finish_reason: finishReason(reply) })];
    const streamOptions = request.body.stream_options as { include_usage?: boolean } | undefined;
    if (streamOptions?.include_usage) closing.push(chunk(undefined, { usage: usage(reply) }));
    closing.push('data: [DONE]\n\n');
    return { opening, closing };
  },

  jsonBody(reply, request) {
    const toolCalls = (reply.toolCalls ?? []).map((call, index) => ({
      id: callId(call, index),
      type: 'function',
      function: { name: call.name, arguments: JSON.stringify(call.args) },
    }));
    return {
      id: `chatcmpl-${Date.now()}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: request.model ?? 'gpt-4o-mini',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: reply.text ? reply.text.join('') : null,
            ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
          },
          logprobs: null,
          finish_reason: finishReason(reply),
        },
      ],
      usage: usage(reply),
    };
  },

  errorBody(error, message) {
    const { type, code } = ERROR_KINDS[error.status] ?? { type: 'server_error', code: null };
    return { error: { message, type, param: null, code } };
  },

  summarize(body) {
    const tools = Array.isArray(body.tools) ? body.tools : [];
    const messages = Array.isArray(body.messages) ? body.messages : [];
    return {
      toolNames: tools.flatMap((tool: { function?: { name?: unknown } }) =>
        typeof tool.function?.name === 'string' ? [tool.function.name] : [],
      ),
      promptText: messages
        .flatMap((message: { content?: unknown }) => contentText(message.content))
        .join('\n'),
    };
  },
};

const ERROR_KINDS: Record<number, { type: string; code: string | null }> = {
  400: { type: 'invalid_request_error', code: null },
  401: { type: 'invalid_request_error', code: 'invalid_api_key' },
  403: { type: 'invalid_request_error', code: 'unsupported_country_region_territory' },
  404: { type: 'invalid_request_error', code: 'model_not_found' },
  429: { type: 'requests', code: 'rate_limit_exceeded' },
};

function callId(call: ScriptedToolCall, index: number): string {
  return call.id ?? `call_fake${index}`;
}

function finishReason(reply: ScriptedReply): string {
  if (reply.finishReason) return reply.finishReason;
  return (reply.toolCalls ?? []).length > 0 ? 'tool_calls' : 'stop';
}

function usage(reply: ScriptedReply) {
  const completion = (reply.text ?? []).length + (reply.toolCalls ?? []).length * 10;
  return { prompt_tokens: 20, completion_tokens: completion, total_tokens: 20 + completion };
}
