/**
 * Placeholders in canned answers and welcome messages: `{customerName}`, with an optional fallback
 * after a bar, `{customerName|there}`. A canned answer whose placeholder has neither a value nor a
 * fallback is rejected; a welcome message (sent by the system) leaves it empty instead.
 */

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)(?:\|([^{}]*))?\}/g;

/** Values for placeholders; null means "no value" (the fallback, if any, applies). */
export type PlaceholderValues = Readonly<Record<string, string | null | undefined>>;

/** The names of placeholders that have neither a value nor a fallback, in order of appearance. */
export function missingPlaceholders(text: string, values: PlaceholderValues): string[] {
  const missing = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] as string;
    if (valueOf(values, name) === null && match[2] === undefined) missing.add(name);
  }
  return [...missing];
}

/**
 * Fills every placeholder with its value, else its fallback, else the empty string.
 * @example fillPlaceholders('Hi {customerName|there}', { customerName: null }) === 'Hi there'
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (_match, name: string, fallback: string | undefined) => valueOf(values, name) ?? fallback ?? '');
}

function valueOf(values: PlaceholderValues, name: string): string | null {
  if (!Object.hasOwn(values, name)) return null;
  const value = values[name];
  return typeof value === 'string' ? value : null;
}
