/**
 * The engine's event log: every state change, in order, numbered by `seq`. Events are appended during
 * a step and published to subscribers after it, in `seq` order, even when a subscriber dispatches a
 * new command while being told about the last one.
 */
import type { SwitchboardEvent } from '../domain/events/event.js';
import { ChunkedList } from './chunked-list.js';
import { LogIndex } from './log-index.js';

/** A function told about every event after its step is applied. */
export type EventListener = (event: SwitchboardEvent) => void;

/** Reports an error thrown by a listener (the engine keeps routing). */
export type ListenerErrorHandler = (error: unknown, event: SwitchboardEvent) => void;

/** An append-only, bounded log with ordered publication. */
export class EventLog {
  private readonly events: ChunkedList<SwitchboardEvent>;
  /** `seq` of `events.at(0)`: older events were dropped past `eventLogMax`. */
  private firstSeq = 0;
  private published = 0;
  private publishing = false;
  private readonly listeners: EventListener[] = [];
  /** The seqs of events bound for `onSinkEvent` (see `sendNextToSink`), in order; those before `sinkNext` are told. */
  private readonly sinkSeqs: number[] = [];
  private sinkNext = 0;
  /** Built on the first query that needs it; holds the events before `indexedSeq`. */
  private logIndex: LogIndex | null = null;
  private indexedSeq = 0;

  constructor(
    private readonly eventLogMax: number,
    private readonly onListenerError: ListenerErrorHandler,
    firstSeq = 0,
    private readonly onSinkEvent: EventListener | null = null,
    chunkBits = 12,
  ) {
    this.events = new ChunkedList<SwitchboardEvent>(chunkBits);
    this.firstSeq = firstSeq;
    this.published = firstSeq;
  }

  /** The next `seq` to assign. */
  get nextSeq(): number {
    return this.firstSeq + this.events.length;
  }

  /** Appends an event; it is published by the next `publish()`. */
  append(event: SwitchboardEvent): void {
    this.events.push(event);
  }

  /**
   * Marks the next event appended for `onSinkEvent` (the ticket sink): it is told when that event is
   * published, before the listeners, as a listener registered first would be. Marking the few events
   * it wants spares every other event a call and a read of its `type`.
   */
  sendNextToSink(): void {
    if (this.onSinkEvent !== null) this.sinkSeqs.push(this.nextSeq);
  }

  /** Retained events with `seq >= fromSeq` (all retained events by default). */
  since(fromSeq = 0): readonly SwitchboardEvent[] {
    return this.events.slice(fromSeq - this.firstSeq);
  }

  /** The retained events by contact, session and customer, brought up to date (see `LogIndex`). */
  index(): LogIndex {
    if (this.logIndex === null) {
      this.logIndex = new LogIndex();
      this.indexedSeq = this.firstSeq;
    }
    for (; this.indexedSeq < this.nextSeq; this.indexedSeq++) this.logIndex.add(this.events.at(this.indexedSeq - this.firstSeq) as SwitchboardEvent);
    return this.logIndex;
  }

  /** The `seq` of the oldest retained event. */
  get oldestSeq(): number {
    return this.firstSeq;
  }

  /** Adds a listener; returns a function that removes it. */
  listen(listener: EventListener): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) this.listeners.splice(index, 1);
    };
  }

  /** Tells listeners about every event not yet published. Re-entrant calls return at once. */
  publish(): void {
    if (this.publishing) return;
    this.publishing = true;
    try {
      while (this.published < this.nextSeq) {
        const event = this.events.at(this.published - this.firstSeq) as SwitchboardEvent;
        const seq = this.published++;
        if (this.sinkNext < this.sinkSeqs.length && this.sinkSeqs[this.sinkNext] === seq) this.tellSink(event);
        for (let i = 0; i < this.listeners.length; i++) this.tell(this.listeners[i] as EventListener, event);
      }
    } finally {
      this.publishing = false;
    }
    this.trim();
  }

  private tellSink(event: SwitchboardEvent): void {
    this.sinkNext++;
    if (this.sinkNext === this.sinkSeqs.length) {
      this.sinkSeqs.length = 0;
      this.sinkNext = 0;
    }
    this.tell(this.onSinkEvent as EventListener, event);
  }

  private tell(listener: EventListener, event: SwitchboardEvent): void {
    try {
      listener(event);
    } catch (error) {
      this.onListenerError(error, event);
    }
  }

  /** Drops the oldest tenth once the log is over its bound, so trimming is amortised. */
  private trim(): void {
    if (this.events.length <= this.eventLogMax) return;
    const drop = Math.min(this.published - this.firstSeq, this.events.length - Math.floor(this.eventLogMax * 0.9));
    if (drop <= 0) return;
    const index = this.logIndex;
    if (index !== null) for (let i = 0; i < drop && this.firstSeq + i < this.indexedSeq; i++) index.drop(this.events.at(i) as SwitchboardEvent);
    this.indexedSeq = Math.max(this.indexedSeq, this.firstSeq + drop);
    this.events.dropFirst(drop);
    this.firstSeq += drop;
  }
}
