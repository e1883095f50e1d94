/**
 * A small contact centre on a virtual clock: two queues, four agents, a morning of chats and calls.
 * Prints what happened. Run it with `npx tsx examples/small-contact-centre.ts`.
 */
import { createEngine, type InMemoryTicketSink, type SwitchboardEvent, VirtualClock } from '../src/index.js';

/** Routes a scripted morning and returns the lines it printed (the test suite checks them). */
export function runSmallContactCentre(print: (line: string) => void = console.log): SwitchboardEvent[] {
  const start = Date.UTC(2026, 10, 23, 8, 0); // Monday 23 November 2026, 09:00 in Warsaw
  const clock = new VirtualClock(start);
  const engine = createEngine({
    clock,
    seed: 7,
    config: {
      skills: ['billing', 'polish'],
      queues: [
        {
          id: 'billing',
          channels: ['chat', 'voice'],
          welcomeMessage: 'Hello {customerName}, {agentName} here.',
          wrapUpMs: 30_000,
          waitMsMax: 120_000,
          onWaitMsMax: { action: 'ticket' },
          calendar: { timeZone: 'Europe/Warsaw', weekly: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day: day as 'mon', open: '09:00', close: '17:00' })) },
        },
        { id: 'general', channels: ['chat'], strategy: 'least-occupied' },
      ],
      agents: [
        { id: 'ania', name: 'Ania', skills: { billing: 8, polish: 10 }, capacity: { chat: 2, voice: 1 }, capacityTotalMax: 2, memberships: [{ queueId: 'billing', priority: 1 }, { queueId: 'general' }] },
        { id: 'ben', name: 'Ben', skills: { billing: 4 }, capacity: { chat: 3 }, memberships: [{ queueId: 'general', priority: 1 }, { queueId: 'billing' }] },
        { id: 'cleo', name: 'Cleo', capacity: { voice: 1 }, memberships: [{ queueId: 'billing' }] },
        { id: 'dev', name: 'Dev', capacity: { chat: 3 }, memberships: [{ queueId: 'general' }] },
      ],
    },
  });
  const minute = 60_000;
  const at = (minutes: number) => clock.advanceTo(start + minutes * minute);
  const later = (delayMs: number, act: () => void) => clock.setTimer(clock.now() + delayMs, act);
  const lines: string[] = [];
  engine.listen((event) => {
    const line = describe(event, start);
    if (line !== null) lines.push(line);
    // The agents' desktops: accept every offer after 5 s (Cleo declines her first), finish chats after 3 min.
    if (event.type === 'offer.created') {
      const decline = event.agentId === 'cleo' && !lines.some((l) => l.includes('declined'));
      later(5_000, () => (decline ? engine.offers.reject(event.offerId) : engine.offers.accept(event.offerId)));
    }
    if (event.type === 'contact.assigned' && event.contactId !== 'c-1') later(3 * minute, () => engine.contacts.complete(event.contactId));
  });
  for (const id of ['ania', 'ben', 'cleo', 'dev']) engine.agents.setStatus(id, 'available');
  engine.contacts.create({ queueId: 'billing', channel: 'chat', customer: { email: 'Jo@Example.com', name: 'Jo' }, message: 'My invoice is wrong' });
  engine.contacts.create({ queueId: 'billing', channel: 'voice', skills: { polish: 5 } });
  engine.contacts.create({ queueId: 'general', channel: 'chat', message: 'Where is my parcel?' });
  at(1);
  const session = engine.contact('c-1')?.sessionId ?? '';
  engine.sessions.sendMessage(session, 'ania', 'Let me check that invoice.');
  engine.transfers.transfer({ contactId: 'c-1', agentId: 'ania', toAgentId: 'ben', mode: 'warm' });
  at(2);
  engine.sessions.close(session, 'agent', 'ben');
  engine.sessions.rate(session, 5);
  engine.contacts.create({ queueId: 'billing', channel: 'voice' });
  engine.contacts.create({ queueId: 'billing', channel: 'voice' });
  at(3);
  engine.contacts.leaveMessage('c-4', 'Please call me back tomorrow.');
  at(10);
  engine.contacts.create({ queueId: 'general', channel: 'chat', customer: { email: ' jo@example.com ' } });
  at(20);
  for (const line of lines) print(line);
  const history = engine.customerHistory('cu-1').map((h) => `${h.contactId} (${h.outcome ?? 'live'})`);
  const tickets = (engine.ticketSink as InMemoryTicketSink).tickets.length;
  print(`${engine.events().length} events, ${tickets} ticket(s); Jo's contacts: ${history.join(', ')}`);
  engine.stop();
  return [...engine.events()];
}

function describe(event: SwitchboardEvent, startMs: number): string | null {
  const t = `+${String(Math.round((event.at - startMs) / 1000)).padStart(4)}s`;
  switch (event.type) {
    case 'contact.created':
      return `${t} ${event.contactId} arrives in ${event.queueId} (${event.channel})`;
    case 'offer.created':
      return `${t} ${event.contactId} offered to ${event.agentId}`;
    case 'contact.assigned':
      return `${t} ${event.contactId} answered by ${event.agentId} after ${event.waitMs / 1000}s`;
    case 'session.message':
      return `${t}   ${event.from}${event.agentId === null ? '' : ` ${event.agentId}`}: ${event.text}`;
    case 'contact.completed':
      return `${t} ${event.contactId} completed by ${event.agentId}; wrap-up ${event.wrapUpMs / 1000}s`;
    case 'session.rated':
      return `${t} ${event.sessionId} rated ${event.score}/5`;
    case 'ticket.created':
      return `${t} ${event.contactId} became ticket ${event.ticketId} (${event.reason}) for ${event.email ?? 'no e-mail'}`;
    case 'offer.rejected':
      return `${t} ${event.agentId} declined ${event.contactId}`;
    case 'contact.transferred':
      return `${t} ${event.contactId} transferred (${event.mode}) from ${event.fromAgentId} to ${event.toAgentId ?? event.toQueueId}`;
    case 'customer.linked':
      return `${t} ${event.contactId} belongs to customer ${event.customerId}`;
    default:
      return null;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) runSmallContactCentre();
