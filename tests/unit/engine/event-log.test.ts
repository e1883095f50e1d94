/**
 * The event log across the chunks of its storage (chunks of 4 here, a bound of 10): what it
 * publishes, keeps, returns from `since` and indexes by contact stays what one array would give,
 * and the ticket sink is told about exactly the events appended for it.
 */
import { describe, expect, it } from 'vitest';
import type { SwitchboardEvent } from '../../../src/domain/events/event.js';
import { EventLog } from '../../../src/engine/event-log.js';

const event = (n: number): SwitchboardEvent => ({ type: 'contact.created', seq: n, at: n, contactId: `c-${n % 3}` }) as unknown as SwitchboardEvent;
const noErrors = (error: unknown): void => {
  throw error;
};

describe('EventLog over chunks', () => {
  it('publishes each event once in order, and keeps the newest within its bound', () => {
    const told: number[] = [];
    const log = new EventLog(10, noErrors, 0, null, 2);
    log.listen((e) => told.push(e.seq));
    for (let n = 0; n < 137; n++) {
      log.append(event(n));
      if (n % 3 === 0) log.publish();
      const kept = log.since().map((e) => e.seq);
      // Contiguous, ending at the last event, and never fewer than the bound's nine tenths once full.
      expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => n + 1 - kept.length + i));
      expect(kept.length).toBeGreaterThanOrEqual(Math.min(n + 1, 9));
      expect(log.oldestSeq).toBe(kept[0]);
      for (const from of [NaN, -5, kept[0]! - 1, kept[0]! + 1, n, n + 1, n + 7]) {
        const expected = kept.filter((seq) => !(seq < from));
        expect(log.since(from).map((e) => e.seq)).toEqual(expected);
      }
    }
    log.publish();
    expect(told).toEqual(Array.from({ length: 137 }, (_, i) => i));
    expect(log.since().length).toBeLessThanOrEqual(10);
  });

  it('indexes by contact exactly the events it keeps, as it trims', () => {
    const log = new EventLog(10, noErrors, 0, null, 2);
    for (let n = 0; n < 60; n++) {
      log.append(event(n));
      log.publish();
      const index = log.index();
      for (const contactId of ['c-0', 'c-1', 'c-2']) {
        const kept = log.since().filter((e) => (e as unknown as { contactId: string }).contactId === contactId);
        expect(index.eventsOf(contactId)).toEqual(kept);
      }
    }
  });

  it('tells the sink about the events appended for it, once each, before the listeners', () => {
    const told: string[] = [];
    const log = new EventLog(10, noErrors, 0, (e) => told.push(`sink ${e.seq}`), 2);
    log.listen((e) => told.push(`listener ${e.seq}`));
    for (let n = 0; n < 30; n++) {
      if (n % 7 === 0) log.sendNextToSink();
      log.append(event(n));
      if (n % 4 === 0) log.publish();
    }
    log.publish();
    expect(told.filter((line) => line.startsWith('sink'))).toEqual(['sink 0', 'sink 7', 'sink 14', 'sink 21', 'sink 28']);
    for (const seq of [0, 7, 14, 21, 28]) expect(told[told.indexOf(`sink ${seq}`) + 1]).toBe(`listener ${seq}`);
    expect(told.filter((line) => line.startsWith('listener'))).toHaveLength(30);
  });
});
