// A fake Anthropic Messages API, streaming with named server-sent events, for tests.
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

/** Serves `POST {baseURL}/messages`, streaming (`stream: true`) or not; baseURL ends in `/v1`. */
export function startFakeAnthropic(): Promise<FakeProviderServer> {
  return startScriptedServer(anthropicDialect);
}

const anthropicDialect: WireDialect = {
  basePath: '/v1',
  route: routeByBody('/messages'),

  streamFrames(reply, request) {
    const event = (type: string, data: Record<string, unknown>) => sse({ type, ...data }, type);
    const message = {
      ...messageEnvelope(request.model),
      content: [],
      stop_reason: null,
      stop_sequence: null,
    };
    const opening = [
      event('message_start', { message: { ...message, usage: { input_tokens: 20, output_tokens: 1 } } }),
      event('ping', {}),
    ];
    const blocks: Array<() => string[]> = [];
    if (reply.text) {
      const texts = reply.text;
      blocks.push(() => [
        event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
        ...texts.map((text) =>
          event('content_block_delta', { index: 0, delta: { type: 'text_delta', text } }),
        ),
      ]);
    }
    (reply.toolCalls ?? []).forEach((call, offset) => {
      const index = (reply.text ? 1 : 0) + offset;
      blocks.push(() => [
        event('content_block_start', {
          index,
          content_block: { type: 'tool_use', id: toolUseId(call, index), name: call.name, input: {} },
        }),
        // The real API opens every tool input with an empty fragment before the JSON itself.
        ...['', ...fragments(JSON.stringify(call.args), reply.argumentFragments ?? 3)].map((partial_json) =>
          event('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json } }),
        ),
      ]);
    });
    blocks.forEach((block, index) => {
      if (index > 0) opening.push(event('content_block_stop', { index: index - 1 }));
      opening.push(...block());
    });

    const closing = blocks.length > 0 ? [event('content_block_stop', { index: blocks.length - 1 })] : [];
    closing.push(
      event('message_delta', {
        delta: { stop_reason: stopReason(reply), stop_sequence: null },
        usage: { output_tokens: outputTokens(reply) },
      }),
      event('message_stop', {}),
    );
    return { opening, closing };
  },

  jsonBody(reply, request) {
    const text = reply.text ? [{ type: 'text', text: reply.text.join('') }] : [];
    const toolUses = (reply.toolCalls ?? []).map((call, offset) => ({
      type: 'tool_use',
      id: toolUseId(call, text.length + offset),
      name: call.name,
      input: call.args,
    }));
    return {
      ...messageEnvelope(request.model),
      content: [...text, ...toolUses],
      stop_reason: stopReason(reply),
      stop_sequence: null,
      usage: { input_tokens: 20, output_tokens: outputTokens(reply) },
    };
  },

  errorBody(error, message) {
    return { type: 'error', error: { type: ERROR_TYPES[error.status] ?? 'api_error', message } };
  },

  summarize(body) {
    const tools = Array.isArray(body.tools) ? body.tools : [];
    const messages = Array.isArray(body.messages) ? body.messages : [];
    return {
      toolNames: tools.flatMap((tool: { name?: unknown }) =>
        typeof tool.name === 'string' ? [tool.name] : [],
      ),
      promptText: [
        ...contentText(body.system),
        ...messages.flatMap((message: { content?: unknown }) => contentText(message.content)),
      ].join('\n'),
    };
  },
};

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};

function messageEnvelope(model: string | undefined) {
  return {
    id: `msg_fake${Date.now()}`,
    type: 'message',
    role: 'assistant',
    model: model ?? 'claude-sonnet-4-5',
  };
}

function toolUseId(call: ScriptedToolCall, index: number): string {
  return call.id ?? `toolu_fake${index}`;
}

function stopReason(reply: ScriptedReply): string {
  return (reply.toolCalls ?? []).length > 0 ? 'tool_use' : 'end_turn';
}

function outputTokens(reply: ScriptedReply): number {
  return (reply.text ?? []).length + (reply.toolCalls ?? []).length * 10;
}
