// A local HTTP server that answers model API calls from a per-test script and records what it was asked.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedToolCall {
  name: string;
  args: Record<string, unknown>;
  /** The provider's call id; one is made up when omitted. */
  id?: string;
}

/** One answer, used by exactly one request, in the order scripted. */
export type ScriptedResponse =
  | {
      kind: 'reply';
      /** Streamed as one delta each, in order. */
      text?: string[];
      toolCalls?: ScriptedToolCall[];
      /** Writes the deltas, then keeps the stream open until the client goes away. */
      holdOpen?: boolean;
      /** Pause between streamed frames, so a client sees them arrive over time. */
      delayMs?: number;
      /** How many deltas each tool call's JSON arguments are streamed in, where the API streams them (3 by default). */
      argumentFragments?: number;
      /** Writes the deltas, then drops the connection, as a provider that fails mid-answer. */
      dropAfterOpening?: boolean;
      /** The provider's own finish reason, e.g. `length` or Gemini's `MALFORMED_FUNCTION_CALL`. */
      finishReason?: string;
    }
  | {
      kind: 'error';
      status: number;
      /** The provider's error message; a typical one for the status is used when omitted. */
      message?: string;
      retryAfterSeconds?: number;
      /** Quotes the request's credential headers in the message, as some gateways and proxies do. */
      echoCredentials?: boolean;
    }
  /** A stream whose first frame is not JSON. */
  | { kind: 'malformed' };

export type ScriptedReply = Extract<ScriptedResponse, { kind: 'reply' }>;
export type ScriptedError = Extract<ScriptedResponse, { kind: 'error' }>;

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse`. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
  /** The model named in the request (body or path). */
  model: string | undefined;
  /** Names of the tools the request offered the model. */
  toolNames: string[];
  /** All prompt text (system and messages) joined by newlines, for `toContain` checks. */
  promptText: string;
  stream: boolean;
  /** Settles once the exchange is over: `aborted` when the client closed before the answer ended. */
  finished: Promise<'completed' | 'aborted'>;
}

export interface FakeProviderServer {
  /** Base URL to hand to the provider package (or to its `*_BASE_URL` variable). */
  baseURL: string;
  /** Queues answers for the next requests. */
  script(...responses: ScriptedResponse[]): void;
  readonly requests: RecordedRequest[];
  /** Scripted answers not yet used. */
  pending(): number;
  /** The models `GET {baseURL}/models` lists, in the provider's own format. */
  serveModels(models: string[]): void;
  close(): Promise<void>;
}

/** What differs between the provider APIs; the server around it is shared. */
export interface WireDialect {
  /** The path prefix the provider package expects in its base URL, e.g. `/v1`. */
  basePath: string;
  /** Undefined when the request is not one this API serves. */
  route(
    method: string,
    path: string,
    body: Record<string, unknown>,
  ): { stream: boolean; model: string | undefined } | undefined;
  /** SSE frames: `opening` carries the content, `closing` finishes the message (skipped when held open). */
  streamFrames(reply: ScriptedReply, request: RecordedRequest): { opening: string[]; closing: string[] };
  jsonBody(reply: ScriptedReply, request: RecordedRequest): unknown;
  errorBody(error: ScriptedError, message: string): unknown;
  summarize(body: Record<string, unknown>): { toolNames: string[]; promptText: string };
  /** Gemini gives the retry delay only in the body (RetryInfo), not as a Retry-After header. */
  retryDelayInBodyOnly?: boolean;
  /** Defaults to OpenAI's and Anthropic's `{ data: [{ id }] }`. */
  modelListBody?(models: string[]): unknown;
}

/** The route of an API with one endpoint that reads the model and the stream flag from the JSON body. */
export function routeByBody(endpoint: string): WireDialect['route'] {
  return (method, path, body) => {
    if (method !== 'POST' || !path.split('?')[0]?.endsWith(endpoint)) return undefined;
    return { stream: body.stream === true, model: typeof body.model === 'string' ? body.model : undefined };
  };
}

const TYPICAL_MESSAGES: Record<number, string> = {
  400: 'Invalid request.',
  401: 'Invalid authentication credentials.',
  403: 'Permission denied.',
  404: 'Model not found.',
  429: 'Rate limit reached for requests.',
  500: 'The server had an error while processing the request.',
  503: 'The service is overloaded.',
};

export async function startScriptedServer(dialect: WireDialect): Promise<FakeProviderServer> {
  const queue: ScriptedResponse[] = [];
  const requests: RecordedRequest[] = [];
  let servedModels: string[] = [];

  const server = createServer((req, res) => {
    readBody(req).then(
      (raw) => answer(req, res, raw),
      () => res.destroy(),
    );
  });

  const answer = async (req: IncomingMessage, res: ServerResponse, raw: string) => {
    let body: Record<string, unknown>;
    try {
      const parsed: unknown = raw === '' ? {} : JSON.parse(raw);
      body = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    } catch {
      return sendJson(res, 400, {
        error: { message: 'The fake provider received a body that is not JSON.' },
      });
    }
    const path = req.url ?? '/';
    if (req.method === 'GET' && path.split('?')[0] === `${dialect.basePath}/models`) {
      const list = dialect.modelListBody?.(servedModels) ?? { data: servedModels.map((id) => ({ id })) };
      return sendJson(res, 200, list);
    }
    const route = dialect.route(req.method ?? 'GET', path, body);
    if (!route)
      return sendJson(res, 404, { error: { message: `The fake provider does not serve ${path}.` } });

    let settle: (outcome: 'completed' | 'aborted') => void = () => {};
    const finished = new Promise<'completed' | 'aborted'>((resolve) => {
      settle = resolve;
    });
    res.on('close', () => settle(res.writableFinished ? 'completed' : 'aborted'));
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      headers: req.headers,
      body,
      model: route.model,
      ...dialect.summarize(body),
      stream: route.stream,
      finished,
    };
    requests.push(request);

    const response = queue.shift();
    if (!response) {
      return sendJson(
        res,
        500,
        dialect.errorBody({ kind: 'error', status: 500 }, 'No scripted response left.'),
      );
    }
    if (response.kind === 'error') {
      const typical = response.message ?? TYPICAL_MESSAGES[response.status] ?? 'Request failed.';
      const message = response.echoCredentials ? `${typical} ${echoedCredentials(req)}` : typical;
      const headers: Record<string, string> =
        response.retryAfterSeconds === undefined || dialect.retryDelayInBodyOnly
          ? {}
          : { 'retry-after': String(response.retryAfterSeconds) };
      return sendJson(res, response.status, dialect.errorBody(response, message), headers);
    }
    if (response.kind === 'malformed') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.end('data: {"this is not": json\n\n');
      return;
    }
    if (!route.stream) return sendJson(res, 200, dialect.jsonBody(response, request));
    await streamReply(res, dialect.streamFrames(response, request), response);
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}${dialect.basePath}`,
    script: (...responses) => {
      queue.push(...responses);
    },
    requests,
    pending: () => queue.length,
    serveModels: (models) => {
      servedModels = models;
    },
    close: () =>
      new Promise<void>((resolve) => {
        // Held-open streams would otherwise keep close() waiting forever.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function echoedCredentials(req: IncomingMessage): string {
  return ['authorization', 'x-api-key', 'x-goog-api-key']
    .filter((name) => req.headers[name] !== undefined)
    .map((name) => `${name}: ${String(req.headers[name])}`)
    .join('; ');
}

async function streamReply(
  res: ServerResponse,
  frames: { opening: string[]; closing: string[] },
  reply: ScriptedReply,
): Promise<void> {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  const toWrite =
    reply.holdOpen || reply.dropAfterOpening ? frames.opening : [...frames.opening, ...frames.closing];
  for (const frame of toWrite) {
    if (res.destroyed) return;
    res.write(frame);
    // Yielding between frames sends each as its own write, the way a real provider trickles tokens.
    await pause(reply.delayMs ?? 0);
  }
  if (reply.dropAfterOpening) res.destroy();
  else if (!reply.holdOpen) res.end();
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)));
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Splits a JSON text into `parts` fragments, as providers do when streaming tool arguments. */
export function fragments(text: string, parts: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / parts));
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += size) pieces.push(text.slice(start, start + size));
  return pieces.length > 0 ? pieces : [''];
}

/** Text of a message `content` that is either a string or a list of `{ type: 'text', text }` parts. */
export function contentText(content: unknown): string[] {
  if (typeof content === 'string') return [content];
  if (!Array.isArray(content)) return [];
  return content.flatMap((part: unknown) =>
    typeof part === 'object' && part !== null && typeof (part as { text?: unknown }).text === 'string'
      ? [(part as { text: string }).text]
      : [],
  );
}

export function sse(data: unknown, event?: string): string {
  return `${event ? `event: ${event}\n` : ''}data: ${JSON.stringify(data)}\n\n`;
}
