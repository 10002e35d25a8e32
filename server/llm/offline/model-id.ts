// The offline model's name, once: the provider, the model, and the `provider:model` id the registry lists.

export const OFFLINE_PROVIDER = 'offline';
/** The AI SDK `modelId` the model reports about itself. */
export const OFFLINE_MODEL_NAME = 'bookswriter-offline';
/** How a writer, the config and the registry name it. */
export const OFFLINE_MODEL_ID = `${OFFLINE_PROVIDER}:${OFFLINE_MODEL_NAME}`;
