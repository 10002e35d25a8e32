// Keeps credentials out of log lines: the configured keys by value, and anything shaped like a credential.
const REDACTED = '[redacted]';

/** Environment variables whose values are credentials, by the naming every provider and service uses. */
const SECRET_VARIABLE = /(^|_)(API_KEY|KEY|TOKEN|SECRET|PASSWORD)$/i;
/** Shorter values would redact ordinary words that happen to equal them. */
const MIN_SECRET_LENGTH = 8;

/**
 * Credential shapes a provider may echo back: bearer tokens, API-key headers and query parameters,
 * and the key formats of the hosted providers (`sk-…`, `sk-ant-…`, Google's `AIza…`).
 */
const CREDENTIAL_SHAPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`],
  // Header or field names, with the quotes a JSON log line escapes around them.
  [
    /\b(x-api-key|x-goog-api-key|api-key|api_key)((?:\\?["'])?\s*[:=]\s*(?:\\?["'])?)[^\s"'\\,;}&]{8,}/gi,
    `$1$2${REDACTED}`,
  ],
  [/([?&](?:key|access_token)=)[^&\s"'\\]+/gi, `$1${REDACTED}`],
  [/\bsk-[A-Za-z0-9_-]{16,}/g, REDACTED],
  [/\bAIza[0-9A-Za-z_-]{30,}/g, REDACTED],
];

/** The credentials set in an environment (`OPENAI_API_KEY`, `BOOKSWRITER_PROVIDER_X_API_KEY`, …). */
export function secretsIn(env: Record<string, string | undefined>): string[] {
  return Object.entries(env).flatMap(([name, value]) => {
    const secret = value?.trim();
    return SECRET_VARIABLE.test(name) && secret && secret.length >= MIN_SECRET_LENGTH ? [secret] : [];
  });
}

/** A function that replaces every known secret and every credential-shaped run in a text. */
export function createRedactor(secrets: readonly string[]): (text: string) => string {
  // Longest first, so a key that contains another is replaced whole.
  const known = [...new Set(secrets)].sort((a, b) => b.length - a.length);
  return (text) => {
    let redacted = text;
    for (const secret of known) redacted = redacted.split(secret).join(REDACTED);
    for (const [shape, replacement] of CREDENTIAL_SHAPES) redacted = redacted.replace(shape, replacement);
    return redacted;
  };
}
