// A new kind of library item needs only its schema, its migration and its registration to be listed,
// fetched, edited, exported and saved by a tool: everything else derives from the definition.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Migration } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KINDS } from '../protocol/artifacts.ts';
import { defineKind } from '../protocol/kind-definition.ts';
import { FIELDS_OF } from '../web/library/artifact-fields.ts';
import { artifactMarkdown } from '../web/library/story-markdown.ts';
import { recordingEvents } from './agents/test-support/recording-events.ts';
import { createKindSaveTool } from './agents/tools/save-artifact.ts';
import { emptySaved } from './agents/tools/tool-context.ts';
import { withErrorPath } from './api/errors.ts';
import { createLibraryRoutes } from './api/library.ts';
import { createSilentLogger } from './logger.ts';
import { openRepository, type Repository } from './storage/index.ts';
import { createKindTable, dropKindTable } from './storage/migrations/kind-table.ts';

// 1. Its schema.
const NoteInput = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(8_000),
  mood: z.string().trim().max(100).default(''),
  tags: z.array(z.string().trim().min(1).max(100)).max(12).default([]),
});

// 2. Its registration.
const notes = defineKind({
  kind: 'notes',
  names: { one: 'note', many: 'Notes' },
  input: NoteInput,
  links: { plot_id: 'plots' },
  label: 'title',
  searchable: ['title', 'body'],
});
const kinds = { ...KINDS, notes };

// 3. Its migration.
const notesMigration: Migration = {
  up: (db) =>
    createKindTable(db, {
      name: 'notes',
      columns: ['title', 'body', 'mood', 'tags'],
      links: ['plot_id'],
      searchable: ['title', 'body'],
    }),
  down: (db) => dropKindTable(db, 'notes'),
};

let folder: string;
let repo: Repository;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'bookswriter-new-kind-'));
  repo = await openRepository(join(folder, 'library.sqlite'), {
    kinds,
    extraMigrations: { '9000-notes': notesMigration },
  });
  const app = withErrorPath(new Hono(), createSilentLogger()).route(
    '/api',
    createLibraryRoutes({ repo, kinds }),
  );
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  close = () => new Promise<void>((resolve) => server.close(() => resolve()));
});
afterAll(async () => {
  await close();
  await repo.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('a kind registered beside the library', () => {
  it('is saved by a tool built from its definition, validated by its schema', async () => {
    const plot = await repo.artifacts.create(
      'plots',
      { title: 'The Salt Road', logline: 'A courier crosses the salt.', genre: 'Fantasy', summary: 'Salt.' },
      { owner: '', session_id: null },
    );
    const events = recordingEvents();
    const context = {
      artifacts: repo.artifacts,
      sessionId: 's1',
      events,
      links: { owner: '', session_id: null, plot_id: plot.id },
      saved: emptySaved(),
    };
    const tool = createKindSaveTool(context, notes, { toolName: 'save_note', description: 'Save a note.' });
    const options = { toolCallId: 'call-1', messages: [], abortSignal: undefined };
    const result = await tool.execute?.(
      { title: 'Salt prices', body: 'Salt is worth more than silver east of the river.', tags: ['trade'] },
      options,
    );
    expect(result).toMatchObject({ title: 'Salt prices', id: expect.any(String) });
    expect(events.tools().at(-1)).toMatchObject({ status: 'completed', message: 'Note saved: Salt prices' });

    await expect(
      tool.execute?.({ title: '', body: 'x' }, { ...options, toolCallId: 'call-2' }),
    ).rejects.toThrow();
  });

  it('is listed, searched, fetched and edited over REST', async () => {
    const list = await (await fetch(`${base}/notes`)).json();
    expect(list.items).toHaveLength(1);
    const [note] = list.items;
    expect(note).toMatchObject({
      title: 'Salt prices',
      mood: '',
      tags: ['trade'],
      plot_id: expect.any(String),
    });

    const found = await (await fetch(`${base}/notes?q=silver`)).json();
    expect(found.items.map((n: { id: string }) => n.id)).toEqual([note.id]);
    const byPlot = await (await fetch(`${base}/notes?plot_id=${note.plot_id}`)).json();
    expect(byPlot.total).toBe(1);

    const fetched = await (await fetch(`${base}/notes/${note.id}`)).json();
    expect(fetched).toEqual(note);

    const edited = await fetch(`${base}/notes/${note.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mood: 'wary', tags: ['trade', 'salt'] }),
    });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({
      title: 'Salt prices',
      mood: 'wary',
      tags: ['trade', 'salt'],
    });

    const misspelt = await fetch(`${base}/notes/${note.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ moood: 'x' }),
    });
    expect(misspelt.status).toBe(400);
    expect((await misspelt.json()).error.code).toBe('VALIDATION_ERROR');
    expect((await fetch(`${base}/notes/missing`)).status).toBe(404);
  });

  it('is edited in the studio and exported as Markdown from its fields', async () => {
    expect(FIELDS_OF(notes).map((field) => [field.name, field.label, field.input, field.required])).toEqual([
      ['title', 'Title', 'text', true],
      ['body', 'Body', 'long', true],
      ['mood', 'Mood', 'text', false],
      ['tags', 'Tags', 'list', false],
    ]);
    const [note] = (await (await fetch(`${base}/notes`)).json()).items;
    expect(artifactMarkdown('notes', note, kinds)).toBe(
      '# Salt prices\n\n**Mood:** wary\n\n## Body\n\nSalt is worth more than silver east of the river.\n\n' +
        '## Tags\n\n- trade\n- salt\n',
    );
  });
});
