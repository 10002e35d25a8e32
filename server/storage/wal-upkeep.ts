// Keeps the write-ahead log from sitting at its high-water mark: a checkpoint that truncates it once writes stop.
import type BetterSqlite3 from 'better-sqlite3';

export interface WalUpkeep {
  /** Checkpoints every committed page into the database and empties the log file. */
  truncate(): void;
  stop(): void;
}

/**
 * Every `intervalMs`, when the database was written since the last checkpoint but not during the last
 * interval, runs `wal_checkpoint(TRUNCATE)`. The timer is unref'd: it never keeps the process alive.
 * A checkpoint never runs inside an open transaction; a busy one is simply tried again next time.
 */
export function startWalUpkeep(sqlite: BetterSqlite3.Database, intervalMs: number): WalUpkeep {
  const changes = sqlite.prepare('SELECT total_changes()').pluck();
  const read = () => Number(changes.get());
  let seen = read();
  let checkpointedAt = seen;

  const truncate = () => {
    if (!sqlite.open || sqlite.inTransaction) return;
    const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (result?.busy === 0) checkpointedAt = read();
  };
  const timer = setInterval(() => {
    if (!sqlite.open) return;
    const now = read();
    if (now === seen && now !== checkpointedAt) truncate();
    seen = now;
  }, intervalMs);
  timer.unref();
  return { truncate, stop: () => clearInterval(timer) };
}
