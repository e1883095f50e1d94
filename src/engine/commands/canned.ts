/**
 * Filling a canned answer: `{name}` placeholders from the built-ins (`customerName`, `agentName`,
 * `queueName`) and the values the agent passes. Any placeholder left without a value is an error.
 */

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** The names of the placeholders in a text, in order of first appearance. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/**
 * Fills every placeholder; returns the text, or the list of names that have no value.
 * @example fillCanned('Hi {customerName}', { customerName: 'Jo' }) // { text: 'Hi Jo' }
 */
export function fillCanned(text: string, values: Readonly<Record<string, string | null>>): { text: string } | { missing: string[] } {
  const missing = placeholdersOf(text).filter((name) => typeof values[name] !== 'string' || !Object.hasOwn(values, name));
  if (missing.length > 0) return { missing };
  return { text: text.replace(PLACEHOLDER, (_match, name: string) => values[name] as string) };
}
