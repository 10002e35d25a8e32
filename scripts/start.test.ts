// Ctrl+C on `pnpm start`: any number of signals to the whole process group end in one orderly shutdown.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { TestClient } from '../server/test-support/ws-client.ts';

const groups: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const group of groups.splice(0)) {
    if (group.exitCode === null && group.pid) {
      try {
        process.kill(-group.pid, 'SIGKILL');
      } catch {}
    }
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * `pnpm start` (or the `node scripts/start.mjs` it runs) with the TypeScript entry, so no build is
 * needed, as the leader of its own process group like a terminal's foreground job.
 */
function startGroup(
  databaseUrl: string,
  via: 'pnpm' | 'node',
): Promise<{ child: ChildProcess; port: number; exited: Promise<number | null> }> {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/API_KEY|BASE_URL|BOOKSWRITER_MODEL/.test(key)) delete env[key];
  const [command, args] =
    via === 'pnpm'
      ? ['pnpm', ['--silent', 'start', 'server/main.ts']]
      : [process.execPath, ['scripts/start.mjs', 'server/main.ts']];
  const child = spawn(command, args, {
    env: {
      ...env,
      NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --import=tsx`.trim(),
      PORT: '0',
      DATABASE_URL: databaseUrl,
      BOOKSWRITER_OFFLINE_DELAY_MS: '20',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  groups.push(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (data: Buffer) => {
      output += String(data);
      const match = /running at http:\/\/[^:]+:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, port: Number(match[1]), exited });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => reject(new Error(`exited with ${code} before listening:\n${output}`)));
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('pnpm start under Ctrl+C', () => {
  // pnpm itself takes two SIGINTs and one SIGTERM and dies of the next (its own handlers), so
  // repeated signals are sent to what it runs; Ctrl+C once goes through pnpm.
  it.each([
    ['SIGINT three times, to node scripts/start.mjs', 'node', ['SIGINT', 'SIGINT', 'SIGINT']],
    [
      'SIGTERM and SIGINT, four in all, to node scripts/start.mjs',
      'node',
      ['SIGTERM', 'SIGINT', 'SIGTERM', 'SIGINT'],
    ],
    ['SIGINT once, to pnpm start', 'pnpm', ['SIGINT']],
  ] as const)(
    'shuts down once on %s: exit 0, reply marked, socket closed 1001, WAL gone',
    async (_name, via, signals) => {
      const dir = mkdtempSync(join(tmpdir(), 'bookswriter-start-'));
      dirs.push(dir);
      const databaseUrl = join(dir, 'library.db');
      const { child, port, exited } = await startGroup(databaseUrl, via);
      const client = await TestClient.connect(`ws://127.0.0.1:${port}/ws/shutdown-session`);
      client.say('Create a fantasy novel with dragons and magic, with its world and three main characters');
      await client.waitFor('stream_chunk', () => true, 20_000);

      for (const signal of signals) {
        process.kill(-(child.pid as number), signal);
        await pause(5);
      }
      expect(await exited).toBe(0);
      expect((await client.closed).code).toBe(1001);

      const wal = `${databaseUrl}-wal`;
      expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
      const db = new Database(databaseUrl, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const statuses = db.prepare("SELECT status FROM messages WHERE role = 'agent'").pluck().all();
        expect(statuses.length).toBeGreaterThan(0);
        expect(statuses).not.toContain('streaming');
      } finally {
        db.close();
      }
    },
    40_000,
  );
});
