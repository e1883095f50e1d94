/**
 * The invariant oracle of issue 7: reads commands and the event log, returns broken invariants.
 */
export { Oracle, type StepInput, type UnfinishedContact } from './oracle.js';
export { firstDifference } from './log-equivalence.js';
