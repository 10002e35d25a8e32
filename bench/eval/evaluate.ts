// Runs each premise as one real turn (the real agents, the given model, an in-memory library) and scores it.
import { createTurnRunner, usageOf } from '../../server/agents/index.ts';
import type { TurnUsage } from '../../server/agents/turn.ts';
import type { ResolvedModel } from '../../server/llm/registry.ts';
import { openRepository } from '../../server/storage/index.ts';
import { premiseCoverage, stockNames, type TurnScore } from './metrics.ts';
import type { Premise } from './premises.ts';

export interface EvalOptions {
  model: ResolvedModel;
  /** The orchestrator's model; the writing model when omitted. */
  router?: ResolvedModel;
  premises: readonly Premise[];
  onScore?: (score: TurnScore) => void;
}

export async function evaluate(options: EvalOptions): Promise<TurnScore[]> {
  const repo = await openRepository(':memory:');
  const runTurn = createTurnRunner({
    artifacts: repo.artifacts,
    scenes: repo.scenes,
    routerFor: () => (options.router ?? options.model).model,
  });
  const scores: TurnScore[] = [];
  try {
    for (const [index, premise] of options.premises.entries()) {
      const sessionId = `eval-${index}-${premise.id}`;
      await repo.sessions.ensureSession(sessionId);
      let written = '';
      let usage: TurnUsage | undefined;
      let error: string | undefined;
      try {
        const outcome = await runTurn({
          sessionId,
          owner: `session:${sessionId}`,
          turnId: `turn-${index}`,
          content: premise.request,
          model: options.model.model,
          modelId: options.model.id,
          history: [],
          signal: AbortSignal.timeout(180_000),
          events: { switchAgent: () => {}, tool: () => {}, text: (delta) => (written += delta) },
        });
        usage = outcome.usage;
      } catch (failure) {
        usage = usageOf(failure);
        error = failure instanceof Error ? failure.message : String(failure);
      }
      const saved = await savedWork(repo, sessionId);
      const everything = `${written}\n${saved}`;
      const score: TurnScore = {
        premise: premise.id,
        saved: saved.length > 0,
        coverage: premiseCoverage(saved || written, premise.mustKeep),
        stockNameHits: [...stockNames(everything).values()].reduce((a, b) => a + b, 0),
        inputTokens: usage?.inputTokens ?? 0,
        outputTokens: usage?.outputTokens ?? 0,
        ...(error ? { error } : {}),
      };
      scores.push(score);
      options.onScore?.(score);
    }
  } finally {
    await repo.close();
  }
  return scores;
}

/** Everything the turn saved, as one JSON text, for coverage and stock-name counts. */
async function savedWork(
  repo: Awaited<ReturnType<typeof openRepository>>,
  sessionId: string,
): Promise<string> {
  const parts: unknown[] = [];
  for (const kind of ['plots', 'worlds', 'characters', 'authors'] as const) {
    const page = await repo.artifacts.list(kind, { limit: 50, offset: 0, session_id: sessionId });
    parts.push(...page.items);
  }
  return parts.length > 0 ? JSON.stringify(parts) : '';
}
