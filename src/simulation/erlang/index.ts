/**
 * The Erlang calculators: pure, dependency-free queueing formulas for staffing questions and for
 * checking the simulator. Erlang B (loss), Erlang C (M/M/c), Erlang A (M/M/c+M, exact) and a
 * staffing search over them. All times are in seconds and all rates per second.
 */

// Erlang B: loss systems
export { erlangB, type ErlangBOptions, type ErlangBResult } from './erlang-b.js';

// Erlang C: waiting, infinitely patient
export { erlangC, type ErlangCOptions, type ErlangCResult } from './erlang-c.js';

// Erlang A: waiting, exponential patience
export { ERLANG_A_STATE_COUNT_MAX, erlangA, type ErlangAOptions, type ErlangAResult } from './erlang-a.js';

// Staffing
export { staffing, type StaffingOptions, type StaffingResult } from './staffing.js';
