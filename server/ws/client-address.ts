// Which network client a request came from, as the key its rate limits are counted under.
import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';
import type { Context } from 'hono';

/**
 * The remote address of the request's socket. This is the one place that decides it: a variant that
 * trusts a reverse proxy's forwarded header (behind a documented TRUST_PROXY) belongs here.
 */
export function remoteAddressOf(c: Context): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return clientKeyOfAddress(incoming?.socket.remoteAddress);
}

/**
 * An address as one client: IPv4 as is (also when mapped into IPv6), IPv6 by its /64, since one
 * host is commonly given a whole /64 and could otherwise rotate addresses within it.
 */
export function clientKeyOfAddress(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('%')[0]?.split('::') ?? [];
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g || '0', 16).toString(16))
    .join(':')}::/64`;
}
