// The provider seam as the rest of the server sees it: model ids in, AI SDK language models out.
import type { LanguageModel } from 'ai';
import type { ErrorCode } from '../../protocol/errors.ts';
import type { ModelInfo } from '../../protocol/messages.ts';

export interface ResolvedModel {
  /** Canonical `provider:model` id. */
  id: string;
  model: LanguageModel;
  info: ModelInfo;
}

export interface ModelRegistry {
  /** The canonical id new sessions start on. */
  readonly defaultModelId: string;
  /** Every model that can be used now (configured providers plus the offline model). */
  list(): ModelInfo[];
  /** A warning when the provider's model list does not have `modelId`; undefined when all is well or unknowable. */
  check(modelId: string): Promise<string | undefined>;
  /**
   * The orchestrator's model for a session on `modelId`: BOOKSWRITER_ROUTER_MODEL, else the provider's
   * routing model from the defaults table, else the session's own model.
   */
  routerFor(modelId: string): ResolvedModel | undefined;
  /** Resolves `provider:model`, or a bare model name a configured provider serves; undefined when unusable. */
  resolve(id: string): ResolvedModel | undefined;
}

/** A provider failure in the words the writer sees. */
export interface ProviderFailure {
  code: ErrorCode;
  message: string;
  details: Record<string, unknown>;
}
