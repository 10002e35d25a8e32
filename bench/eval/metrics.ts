// The scores `pnpm eval` reports: how much of the premise survived, how often stock names appear, saves and tokens.
import { STOCK_NAMES } from './premises.ts';

/** The share of `mustKeep` words found in `text`, case-insensitively, from 0 to 1. */
export function premiseCoverage(text: string, mustKeep: readonly string[]): number {
  if (mustKeep.length === 0) return 1;
  const lower = text.toLowerCase();
  return mustKeep.filter((word) => lower.includes(word.toLowerCase())).length / mustKeep.length;
}

/** How many times each stock name or beat appears in `text` (whole words only). */
export function stockNames(text: string, names: readonly string[] = STOCK_NAMES): Map<string, number> {
  const found = new Map<string, number>();
  for (const name of names) {
    const pattern = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
    const count = text.match(pattern)?.length ?? 0;
    if (count > 0) found.set(name, count);
  }
  return found;
}

export interface TurnScore {
  premise: string;
  saved: boolean;
  coverage: number;
  stockNameHits: number;
  inputTokens: number;
  outputTokens: number;
  error?: string;
}

export interface EvalSummary {
  turns: number;
  saveSuccess: number;
  meanCoverage: number;
  stockNamesPerTurn: number;
  meanInputTokens: number;
  meanOutputTokens: number;
}

export function summarize(scores: readonly TurnScore[]): EvalSummary {
  const n = Math.max(1, scores.length);
  const sum = (pick: (score: TurnScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  return {
    turns: scores.length,
    saveSuccess: sum((s) => (s.saved ? 1 : 0)) / n,
    meanCoverage: sum((s) => s.coverage) / n,
    stockNamesPerTurn: sum((s) => s.stockNameHits) / n,
    meanInputTokens: sum((s) => s.inputTokens) / n,
    meanOutputTokens: sum((s) => s.outputTokens) / n,
  };
}
