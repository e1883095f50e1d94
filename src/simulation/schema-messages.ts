/**
 * Messages shared by the scenario schemas, phrased for `formatIssues` (`<path> <message> (got <value>)`):
 * zod's defaults ("Invalid input: expected object, received number") would not read as a sentence.
 */
import { z } from 'zod';

/** Options for `z.strictObject`: a missing object reads `is required`, any other non-object `must be an object`. */
export const AN_OBJECT = {
  error: (issue: { code: string; input?: unknown }) => {
    if (issue.code !== 'invalid_type') return undefined;
    return issue.input === undefined ? 'is required' : 'must be an object';
  },
};

/** Options for `z.array`: a non-list reads `must be a list`. */
export const A_LIST = { error: 'must be a list' };

/** A list of `item`s with the scenario's message for a non-list. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.array(item, A_LIST);
}
