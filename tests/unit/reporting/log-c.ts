/**
 * Log C: two agents, one queue, three handled and rated contacts over three minutes; used by the
 * agent-time, interval and warm-up tests. Every figure expected from it is worked out in those tests.
 */
import { LogBuilder } from './log-builder.js';

/**
 * Log C, queue q, agents a and b, report to 180 s, intervals of 60 s:
 *   a: added (offline) at 0, available 10 s, break 70 s, available 100 s, offline 150 s.
 *   b: added at 0, available at 0 to the end; never holds a contact.
 *   c1 queued 15 s, a takes it 20 s, completes 50 s, wrap-up ends 60 s.
 *   c2 queued 30 s, a takes it 40 s, completes 80 s (on break: work continues), wrap-up ends 90 s.
 *   c3 queued 110 s, a takes it 120 s, completes 130 s, wrap-up ends at once.
 *   Ratings: c1 5, c2 2, c3 4 (all for a).
 */
export function logC(): LogBuilder {
  return new LogBuilder()
    .at(0).agentAdded('a').agentAdded('b').status('b', 'available')
    .at(10_000).status('a', 'available')
    .at(15_000).queued('c1', 'q')
    .at(20_000).assigned('c1', 'a', 'q', 5_000)
    .at(30_000).queued('c2', 'q')
    .at(40_000).assigned('c2', 'a', 'q', 10_000)
    .at(50_000).completed('c1', 'a')
    .at(60_000).wrapUpEnded('a', 'c1').rated('c1', 'a', 5)
    .at(70_000).status('a', 'break')
    .at(80_000).completed('c2', 'a')
    .at(90_000).wrapUpEnded('a', 'c2').rated('c2', 'a', 2)
    .at(100_000).status('a', 'available')
    .at(110_000).queued('c3', 'q')
    .at(120_000).assigned('c3', 'a', 'q', 10_000)
    .at(130_000).completed('c3', 'a').wrapUpEnded('a', 'c3').rated('c3', 'a', 4)
    .at(150_000).status('a', 'offline');
}

