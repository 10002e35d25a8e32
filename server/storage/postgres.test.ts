// Which URLs open PostgreSQL, how the database is named in logs, and what a server that cannot be reached says.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { describeDatabase, isPostgresUrl, MigrationFailedError, openRepository } from './index.ts';

describe('DATABASE_URL', () => {
  it('opens PostgreSQL for postgres:// and postgresql:// URLs and SQLite for anything else', () => {
    expect(isPostgresUrl('postgres://bw@db.internal:5432/books')).toBe(true);
    expect(isPostgresUrl('POSTGRESQL://bw@db.internal/books')).toBe(true);
    expect(isPostgresUrl('./data/bookswriter.db')).toBe(false);
    expect(isPostgresUrl(':memory:')).toBe(false);
    expect(isPostgresUrl('/srv/postgres/books.db')).toBe(false);
  });

  it('is accepted by the configuration as a URL, and refused as a scheme without one', () => {
    const url = 'postgres://bw:pw@127.0.0.1:5432/books';
    expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(() => loadConfig({ DATABASE_URL: 'postgres:books' })).toThrow(/DATABASE_URL/);
  });

  it('names a PostgreSQL database without its password, and a SQLite path as it is', () => {
    expect(describeDatabase('postgres://bw:s3cret-pass@db.internal:6543/books?sslmode=require')).toBe(
      'postgres://bw@db.internal:6543/books',
    );
    expect(describeDatabase('postgresql://db.internal/books')).toBe('postgresql://db.internal/books');
    expect(describeDatabase('./data/bookswriter.db')).toBe('./data/bookswriter.db');
  });

  it('fails with MIGRATION_FAILED naming the server, not the password, when PostgreSQL does not answer', async () => {
    // Port 1 on this machine refuses at once.
    const opening = openRepository('postgres://bw:s3cret-pass@127.0.0.1:1/books');
    await expect(opening).rejects.toBeInstanceOf(MigrationFailedError);
    const error = (await opening.catch((e: unknown) => e)) as MigrationFailedError;
    expect(error.code).toBe('MIGRATION_FAILED');
    expect(error.message).toContain('postgres://bw@127.0.0.1:1/books');
    expect(error.message).not.toContain('s3cret');
  });
});
