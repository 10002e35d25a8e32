// Says each stable error code in plain words for the writer; the server's own message is the fallback.
import { ErrorCode } from '../../protocol/errors.ts';

function seconds(ms: number | null | undefined): string {
  const s = Math.max(1, Math.ceil((ms ?? 1000) / 1000));
  return s === 1 ? '1 second' : `${s} seconds`;
}

export function describeError(code: string, serverMessage: string, retryAfterMs?: number | null): string {
  switch (code) {
    case ErrorCode.MESSAGE_TOO_LONG:
      return 'That message is longer than 10,000 characters. Shorten it and send again.';
    case ErrorCode.RATE_LIMITED:
      return `You are sending messages faster than 60 a minute. Try again in ${seconds(retryAfterMs)}.`;
    case ErrorCode.QUEUE_FULL:
      return 'Too many messages are already waiting for the reply in progress. Send this one once it finishes.';
    case ErrorCode.RESTORE_LIMITED:
      return `This session was reloaded too often. Try again in ${seconds(retryAfterMs)}.`;
    case ErrorCode.AGENT_TIMEOUT:
      return 'The agent went quiet for too long and was stopped. Try again, or ask for something smaller.';
    case ErrorCode.AGENT_FAILED:
      return 'The agent could not finish this request.';
    case ErrorCode.MODEL_UNAVAILABLE:
      return 'That model is not available right now. Pick another one from the model list.';
    case ErrorCode.PROVIDER_AUTH:
      return "The model provider rejected the server's credentials. Check the API key, or switch to the offline model.";
    case ErrorCode.PROVIDER_RATE_LIMITED:
      return 'The model provider is rate-limiting us. Wait a moment and try again.';
    case ErrorCode.PROVIDER_UNREACHABLE:
      return 'The model provider could not be reached. Check the network, or switch to the offline model.';
    case ErrorCode.PROVIDER_BAD_OUTPUT:
      return 'The model answered with something that could not be used. Try again.';
    case ErrorCode.PROVIDER_ERROR:
      return 'The model provider reported an error. Try again in a moment.';
    case ErrorCode.NOTHING_TO_CANCEL:
      return 'There was nothing running to stop.';
    case ErrorCode.SESSION_FORBIDDEN:
      return 'This session belongs to someone else. Start a new session.';
    case ErrorCode.NOT_FOUND:
      return 'That item no longer exists.';
    case ErrorCode.VALIDATION_ERROR:
      return `Some fields are not valid: ${serverMessage}`;
    case ErrorCode.INVALID_JSON:
    case ErrorCode.INVALID_MESSAGE:
    case ErrorCode.INVALID_TIMESTAMP:
    case ErrorCode.UNKNOWN_MESSAGE_TYPE:
    case ErrorCode.BATCH_TOO_LARGE:
    case ErrorCode.BINARY_NOT_SUPPORTED:
      return `The server could not read what this page sent (${serverMessage}). Reloading the page should fix it.`;
    case ErrorCode.INTERNAL_ERROR:
      return 'Something went wrong on the server. Try again.';
    case 'NETWORK_ERROR':
      return 'The server could not be reached. Check that it is running.';
    default:
      return serverMessage || 'Something went wrong.';
  }
}

/** A failed REST call in plain words; a server fault names the id it was logged under. */
export function describeFailure(error: unknown): string {
  const { code, message, requestId } = (error ?? {}) as {
    code?: string;
    message?: string;
    requestId?: string;
  };
  const words = describeError(code ?? '', message ?? '');
  return requestId ? `${words} (Reference: ${requestId})` : words;
}
