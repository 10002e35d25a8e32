// The error thrown at start-up when the model environment variables cannot be used as given.

/** Thrown once, while reading configuration; never sent over the wire, so its code lives here. */
export class ModelConfigError extends Error {
  readonly code = 'INVALID_MODEL_CONFIG';

  constructor(message: string) {
    super(message);
    this.name = 'ModelConfigError';
  }
}
