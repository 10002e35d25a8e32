// The tool schemas the provider packages actually send: no limits or defaults a local grammar chokes on,
// and a routing schema OpenAI's strict mode accepts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AuthorInput, CharacterPatch, WorldInput } from '../../protocol/artifacts.ts';
import { type FakeProviderServer, startFakeOpenAI } from '../llm/test-support/index.ts';
import { openRepository, type Repository } from '../storage/index.ts';
import { AgentName, ToolName } from './contract.ts';
import { createTurnRunner } from './index.ts';
import { fakeProviderModel } from './test-support/fake-provider-model.ts';
import { recordingEvents } from './test-support/recording-events.ts';
import { samplePlot } from './test-support/samples.ts';
import { SaveCharactersArgs } from './tools/save-characters.ts';
import { schemaForModel } from './tools/tool-input.ts';

let fake: FakeProviderServer;
let repo: Repository;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  repo = await openRepository(':memory:');
  await repo.sessions.ensureSession('schemas');
});
afterAll(async () => {
  await repo.close();
  await fake.close();
});

type Json = Record<string, unknown>;

/** Every schema node below `node`, itself included. */
function nodes(node: unknown): Json[] {
  if (Array.isArray(node)) return node.flatMap(nodes);
  if (typeof node !== 'object' || node === null) return [];
  const json = node as Json;
  return [json, ...Object.values(json).flatMap(nodes)];
}

/** What OpenAI's strict mode demands of a schema, as its structured-outputs guide lists it. */
function strictModeProblems(schema: Json): string[] {
  const problems: string[] = [];
  for (const node of nodes(schema)) {
    if (node.type === 'object' && typeof node.properties === 'object' && node.properties !== null) {
      const keys = Object.keys(node.properties);
      if (node.additionalProperties !== false)
        problems.push(`object ${keys.join(',')}: additionalProperties`);
      const required = Array.isArray(node.required) ? node.required : [];
      for (const key of keys) if (!required.includes(key)) problems.push(`${key} is not required`);
    }
    if ('default' in node) problems.push('default');
  }
  return problems;
}

async function toolSchemasSent(): Promise<Map<string, Json>> {
  const resolved = fakeProviderModel('openai', fake.baseURL);
  fake.script(
    {
      kind: 'reply',
      toolCalls: [
        {
          name: ToolName.route,
          args: { steps: [{ agent: AgentName.plot, task: 'The plot', mode: 'create', target_id: null }] },
        },
      ],
    },
    { kind: 'reply', text: ['# Plot'], toolCalls: [{ name: ToolName.savePlot, args: { ...samplePlot } }] },
  );
  const outcome = await createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes, maxRetries: 0 })({
    sessionId: 'schemas',
    owner: 'session:schemas',
    turnId: 't1',
    content: 'A plot, please',
    model: resolved.model,
    modelId: resolved.id,
    history: [],
    signal: new AbortController().signal,
    events: recordingEvents(),
  });
  expect(outcome.results.title).toBe(samplePlot.title);
  // A revision that names no target is offered search, get and update as well.
  const plotId = String(outcome.results.plot_id);
  await repo.artifacts.create('plots', samplePlot, { owner: 'session:schemas', session_id: 'schemas' });
  fake.script(
    {
      kind: 'reply',
      toolCalls: [
        {
          name: ToolName.route,
          args: { steps: [{ agent: AgentName.plot, task: 'Retitle', mode: 'revise', target_id: null }] },
        },
      ],
    },
    { kind: 'reply', toolCalls: [{ name: ToolName.getArtifact, args: { kind: 'plots', id: plotId } }] },
    {
      kind: 'reply',
      text: ['Retitled.'],
      toolCalls: [{ name: ToolName.updatePlot, args: { id: plotId, changes: { title: 'Ash' } } }],
    },
  );
  const revised = await createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes, maxRetries: 0 })({
    sessionId: 'schemas',
    owner: 'session:schemas',
    turnId: 't2',
    content: 'Retitle the plot',
    model: resolved.model,
    modelId: resolved.id,
    history: [],
    signal: new AbortController().signal,
    events: recordingEvents(),
  });
  expect(revised.results.title).toBe('Ash');
  const schemas = new Map<string, Json>();
  for (const request of fake.requests) {
    const tools = (request.body.tools ?? []) as Array<{ function: { name: string; parameters: Json } }>;
    for (const tool of tools) schemas.set(tool.function.name, tool.function.parameters);
  }
  return schemas;
}

describe('the tool schemas sent to models', () => {
  it('carry no length or item limits and no defaults, and state the limits in descriptions', async () => {
    const schemas = await toolSchemasSent();
    expect([...schemas.keys()]).toEqual(
      expect.arrayContaining([
        ToolName.route,
        ToolName.savePlot,
        ToolName.searchLibrary,
        ToolName.getArtifact,
        ToolName.updatePlot,
      ]),
    );
    for (const [name, schema] of schemas) {
      for (const node of nodes(schema)) {
        expect({ name, node }).not.toMatchObject({ node: { maxLength: expect.any(Number) } });
        expect('default' in node, `${name} has a default`).toBe(false);
        expect('maxItems' in node, `${name} has maxItems`).toBe(false);
      }
    }
    const plot = schemas.get(ToolName.savePlot) as { properties: Record<string, Json> };
    expect(plot.properties.summary?.description).toContain('At most 20,000 characters');
    expect(plot.properties.summary?.description).toMatch(/^The whole story/);
  });

  it('describe every field of every tool, saying what it means', async () => {
    const schemas = await toolSchemasSent();
    const undescribed: string[] = [];
    for (const [name, schema] of schemas) {
      for (const node of nodes(schema)) {
        const properties = (node.properties ?? {}) as Record<string, Json>;
        for (const [field, child] of Object.entries(properties)) {
          if (typeof child.description !== 'string' || /^At most|^Optional/.test(child.description))
            undescribed.push(`${name}.${field}`);
        }
      }
    }
    // The other specialists' tools, as schemaForModel hands them to the provider packages.
    const others = {
      save_world: WorldInput,
      save_characters: SaveCharactersArgs,
      save_author: AuthorInput,
      update_character: z.object({
        id: z.string(),
        changes: CharacterPatch.omit({ plot_id: true, world_id: true, project_id: true }),
      }),
    };
    for (const [name, schema] of Object.entries(others)) {
      for (const node of nodes(schemaForModel(schema).jsonSchema)) {
        for (const [field, child] of Object.entries((node.properties ?? {}) as Record<string, Json>)) {
          if (typeof child.description !== 'string' || /^At most|^Optional/.test(child.description))
            undescribed.push(`${name}.${field}`);
        }
      }
    }
    expect(undescribed).toEqual([]);
  });

  it('send a routing schema that is valid in OpenAI strict mode, every field described', async () => {
    const route = (await toolSchemasSent()).get(ToolName.route);
    if (!route) throw new Error('route_request was not sent');
    expect(strictModeProblems(route)).toEqual([]);
    const step = (route as { properties: { steps: { items: { properties: Record<string, Json> } } } })
      .properties.steps.items.properties;
    for (const field of Object.values(step)) expect(field.description).toEqual(expect.any(String));
  });
});
