/**
 * The retained log by contact, session and customer, so a transcript or a customer's history reads
 * only its own events instead of the whole log. Built on the first such query and brought up to date
 * at each later one (routing never pays for it); events the log drops are dropped here too.
 */
import type { SwitchboardEvent } from '../domain/events/event.js';

export class LogIndex {
  private readonly byContact = new Map<string, SwitchboardEvent[]>();
  private readonly sessionContacts = new Map<string, string>();
  private readonly customerContacts = new Map<string, string[]>();

  /** Indexes one event (events arrive in `seq` order). */
  add(event: SwitchboardEvent): void {
    const contactId = contactIdOf(event);
    if (contactId === undefined) return;
    const list = this.byContact.get(contactId);
    if (list === undefined) this.byContact.set(contactId, [event]);
    else list.push(event);
    if (event.type === 'session.started') this.sessionContacts.set(event.sessionId, contactId);
    if (event.type === 'customer.linked') {
      const contacts = this.customerContacts.get(event.customerId);
      if (contacts === undefined) this.customerContacts.set(event.customerId, [contactId]);
      else contacts.push(contactId);
    }
  }

  /** Forgets an event the log dropped (the oldest first). */
  drop(event: SwitchboardEvent): void {
    const contactId = contactIdOf(event);
    if (contactId === undefined) return;
    shiftIf(this.byContact, contactId, event);
    if (event.type === 'session.started') this.sessionContacts.delete(event.sessionId);
    if (event.type === 'customer.linked') shiftIf(this.customerContacts, event.customerId, contactId);
  }

  /** The retained events naming this contact, in `seq` order. */
  eventsOf(contactId: string): readonly SwitchboardEvent[] {
    return this.byContact.get(contactId) ?? [];
  }

  /** The contact of a session, while its `session.started` is retained. */
  contactOfSession(sessionId: string): string | undefined {
    return this.sessionContacts.get(sessionId);
  }

  /** The retained events of every contact linked to this customer, in `seq` order. */
  eventsOfCustomer(customerId: string): SwitchboardEvent[] {
    const contacts = new Set(this.customerContacts.get(customerId) ?? []);
    const events = [...contacts].flatMap((id) => this.eventsOf(id));
    return events.sort((a, b) => a.seq - b.seq);
  }
}

function contactIdOf(event: SwitchboardEvent): string | undefined {
  const contactId = (event as { readonly contactId?: unknown }).contactId;
  return typeof contactId === 'string' ? contactId : undefined;
}

/** Removes the first item of `map.get(key)` if it is `item`; deletes the key when the list empties. */
function shiftIf<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list === undefined || list[0] !== item) return;
  list.shift();
  if (list.length === 0) map.delete(key);
}
