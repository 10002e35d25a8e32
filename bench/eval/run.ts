// `pnpm eval`: runs the premises through a real provider and prints premise coverage, stock names, saves and tokens.
// Needs a provider key (the same variables as the server); never part of CI. EVAL_MODEL picks the model,
// EVAL_LIMIT runs only the first N premises.

import { createModelRegistry, OFFLINE_MODEL_ID } from '../../server/llm/index.ts';
import { formatTable } from '../report-table.ts';
import { evaluate } from './evaluate.ts';
import { summarize } from './metrics.ts';
import { PREMISES } from './premises.ts';

async function main(): Promise<number> {
  const registry = createModelRegistry({ env: process.env, offlineDelayMs: 0 });
  const id = process.env.EVAL_MODEL?.trim() || registry.defaultModelId;
  const model = registry.resolve(id);
  if (!model || model.id === OFFLINE_MODEL_ID) {
    console.error(
      'pnpm eval measures a real model: set a provider key (GOOGLE_GENERATIVE_AI_API_KEY, OPENAI_API_KEY, ' +
        'ANTHROPIC_API_KEY or OPENAI_COMPATIBLE_BASE_URL) and optionally EVAL_MODEL=provider:model.',
    );
    return 2;
  }
  const limit = Number.parseInt(process.env.EVAL_LIMIT ?? '', 10);
  const premises = Number.isFinite(limit) && limit > 0 ? PREMISES.slice(0, limit) : PREMISES;
  const router = registry.routerFor(model.id);
  console.log(
    `Evaluating ${model.id} (routing on ${router?.id ?? model.id}) over ${premises.length} premises…`,
  );
  const scores = await evaluate({
    model,
    router,
    premises,
    onScore: (score) =>
      console.log(`  ${score.premise}: ${score.saved ? 'saved' : `not saved (${score.error})`}`),
  });
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  console.log(
    formatTable(
      ['premise', 'saved', 'coverage', 'stock names', 'input tokens', 'output tokens'],
      scores.map((s) => [
        s.premise,
        s.saved ? 'yes' : 'no',
        percent(s.coverage),
        s.stockNameHits,
        s.inputTokens,
        s.outputTokens,
      ]),
      [2],
    ),
  );
  const summary = summarize(scores);
  console.log(
    `\nsave success ${percent(summary.saveSuccess)} · premise coverage ${percent(summary.meanCoverage)} · ` +
      `stock names ${summary.stockNamesPerTurn.toFixed(1)} a turn · tokens a turn ${Math.round(summary.meanInputTokens)} in / ` +
      `${Math.round(summary.meanOutputTokens)} out`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
