// Starts the bare `ws` baseline (bare-ws-server.ts) in its own process.
import { type ServerProcess, startServerProcess } from './server-process.ts';

export interface BareServerOptions {
  /** A JSON file with the frames of one recorded turn, replayed for every `message`. */
  turnFramesPath?: string;
  /** A text file sent as-is for every `session_restore`. */
  restorePayloadPath?: string;
  maxOpenFiles: number;
  /** Paces the replayed chunks this many milliseconds apart (default: the offline model's zero-delay bursts). */
  deltaDelayMs?: number;
}

export function startBareServer(options: BareServerOptions): Promise<ServerProcess> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    ...(options.turnFramesPath ? { BARE_TURN_FRAMES: options.turnFramesPath } : {}),
    ...(options.restorePayloadPath ? { BARE_RESTORE_PAYLOAD: options.restorePayloadPath } : {}),
    ...(options.deltaDelayMs ? { BARE_DELTA_DELAY_MS: String(options.deltaDelayMs) } : {}),
  };
  return startServerProcess({
    name: 'bare ws',
    nodeArgs: [
      '--expose-gc',
      '--import',
      './bench/gc-on-signal.mjs',
      '--import',
      'tsx',
      'bench/bare-ws-server.ts',
    ],
    env,
    readyLine: /^bare ws listening on (\d+)$/,
    maxOpenFiles: options.maxOpenFiles,
  });
}
