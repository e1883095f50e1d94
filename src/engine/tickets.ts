/**
 * The ticket sink: where tickets go for the help desk. The engine hands each `ticket.created` to the
 * sink after its step, outside state changes, so a slow or failing sink never breaks routing.
 */
import type { TicketCreatedEvent } from '../domain/events/ticket.events.js';

/** A help-desk ticket: the work, why it became a ticket, and where to reply. */
export type Ticket = Omit<TicketCreatedEvent, 'type' | 'seq'>;

/** Receives tickets. Errors it throws are reported to `onListenerError` and never stop routing. */
export interface TicketSink {
  submit(ticket: Ticket): void;
}

/** The default sink: keeps the latest `ticketsMax` tickets in memory. */
export class InMemoryTicketSink implements TicketSink {
  private readonly kept: Ticket[] = [];

  constructor(private readonly ticketsMax = 10_000) {}

  submit(ticket: Ticket): void {
    this.kept.push(ticket);
    if (this.kept.length > this.ticketsMax) this.kept.shift();
  }

  /** The tickets kept, oldest first. */
  get tickets(): readonly Ticket[] {
    return this.kept;
  }
}

/** Turns a `ticket.created` event into the ticket handed to the sink. */
export function ticketOf(event: TicketCreatedEvent): Ticket {
  const { type: _type, seq: _seq, ...ticket } = event;
  return ticket;
}
