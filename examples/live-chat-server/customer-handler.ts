/**
 * The customer side: `chat.*` frames become engine commands on the connection's own contact, and the
 * contact's events become `chat.*` frames. A customer never names a contact or a session: both come
 * from the connection's identity, so no frame can reach another customer's chat. Internal (consult)
 * messages never leave the server towards a customer.
 */
import type { Engine, SwitchboardEvent, TimerHandle } from '../../src/index.js';
import type { Connection, TokenRegistry } from './connection.js';
import { type CustomerFrame, messageBody, type ServerFrame } from './protocol.js';

/** What the customer handler needs besides the engine. */
export interface CustomerHandlerOptions {
  readonly engine: Engine;
  readonly tokens: TokenRegistry;
  readonly agentName: (agentId: string) => string;
  /** How long a chat survives its page going away (reload, navigation) before it is ended. */
  readonly graceMs: number;
}

/** One customer's chat as the server tracks it, from `chat.start` until it ends (`session.ended` after a chat). */
interface Chat {
  conn: Connection | null;
  sessionId: string | null;
  /** The last `chat.waiting` sent, to send only changes. */
  lastWaiting: string;
  graceTimer: TimerHandle | null;
}

const LIVE = new Set(['queued', 'offered', 'active']);

/** Maps customer frames to commands and a contact's events to its customer's frames. */
export class CustomerHandler {
  private readonly chats = new Map<string, Chat>();
  private chatCount = 0;

  constructor(private readonly o: CustomerHandlerOptions) {}

  /** Starts a chat, binding the connection to the new contact (a customer's previous chat must have ended). */
  start(conn: Connection, f: Extract<CustomerFrame, { type: 'chat.start' }>): void {
    const { engine } = this.o;
    if (conn.identity?.role === 'customer') {
      if (this.isLive(conn.identity.contactId)) return conn.fail(f.ref, 'already_signed_in', 'this page is in a chat already');
      this.forget(conn.identity.contactId);
    }
    if (engine.queue(f.queueId) === undefined) return conn.fail(f.ref, 'unknown_queue', `queueId "${f.queueId}" is not a topic`);
    // Our own contact id, bound before the command runs: its first events (a ticket) arrive during it.
    const contactId = `chat-${++this.chatCount}`;
    conn.identity = { role: 'customer', contactId };
    this.chats.set(contactId, { conn, sessionId: null, lastWaiting: '', graceTimer: null });
    conn.send({ type: 'chat.started', token: this.o.tokens.issue(conn.identity), queueId: f.queueId });
    const customer = f.name === undefined || f.name === '' ? { email: f.email } : { email: f.email, name: f.name };
    const text = f.text === undefined ? {} : { message: f.text };
    const result = engine.contacts.create({ contactId, queueId: f.queueId, channel: 'chat', customer, ...text });
    if (!result.ok) this.forget(contactId);
    else if (f.pageUrl !== undefined && this.isLive(contactId)) engine.customers.setContext(contactId, { pageUrl: f.pageUrl });
    conn.reply(f.ref, result);
  }

  /** Handles a frame of a connection bound to `contactId`. */
  handle(conn: Connection, contactId: string, f: Exclude<CustomerFrame, { type: 'chat.start' }>): void {
    const { engine } = this.o;
    const chat = this.chats.get(contactId);
    if (chat === undefined) return conn.fail(f.ref, 'chat_ended', 'this chat has ended; start a new one');
    switch (f.type) {
      case 'chat.send':
        return conn.reply(f.ref, engine.customers.sendMessage(contactId, f.text));
      case 'chat.typing':
        return conn.reply(f.ref, engine.customers.typing(contactId, f.text));
      case 'chat.page':
        return conn.reply(f.ref, engine.customers.setContext(contactId, { pageUrl: f.pageUrl }));
      case 'chat.leaveMessage':
        return conn.reply(f.ref, engine.contacts.leaveMessage(contactId, f.text));
      case 'chat.end':
        return conn.reply(f.ref, this.end(contactId, chat));
      case 'chat.rate':
        if (chat.sessionId === null) return conn.fail(f.ref, 'unknown_session', 'there is no chat to rate');
        return conn.reply(f.ref, engine.sessions.rate(chat.sessionId, f.score));
    }
  }

  /** Binds a new connection to a chat (page reload or navigation) and sends what it shows. */
  resume(conn: Connection, contactId: string, ref: number | undefined): void {
    const chat = this.chats.get(contactId);
    if (chat === undefined) return conn.fail(ref, 'unknown_token', 'this chat has ended');
    if (chat.graceTimer !== null) this.o.engine.clock.clearTimer(chat.graceTimer);
    chat.graceTimer = null;
    if (chat.conn !== null && chat.conn !== conn) chat.conn.identity = null;
    chat.conn = conn;
    conn.identity = { role: 'customer', contactId };
    const status = this.o.engine.contact(contactId)?.status ?? 'ended';
    const session = chat.sessionId === null ? undefined : this.o.engine.session(chat.sessionId);
    const rateable = session?.status === 'closed' && !session.rated;
    conn.send({ type: 'chat.resumed', status, rateable, messages: this.visibleMessages(contactId) });
    chat.lastWaiting = '';
    this.sendWaiting(contactId, chat);
    conn.send(ref === undefined ? { type: 'ack' } : { type: 'ack', ref });
  }

  /**
   * The page went away: a live chat waits `graceMs` for the page to resume, then ends. A closed chat
   * stays resumable (to rate it) until its session ends.
   */
  disconnected(conn: Connection, contactId: string): void {
    const chat = this.chats.get(contactId);
    if (chat === undefined || chat.conn !== conn) return;
    chat.conn = null;
    if (!this.isLive(contactId)) return;
    const clock = this.o.engine.clock;
    chat.graceTimer = clock.setTimer(clock.now() + this.o.graceMs, () => {
      chat.graceTimer = null;
      if (chat.conn === null && this.isLive(contactId)) this.end(contactId, chat);
    });
  }

  /** Forwards an engine event to the customer it concerns; keeps positions current. */
  onEvent(event: SwitchboardEvent): void {
    // Positions and estimates move when contacts arrive, are offered, answered or leave.
    if (event.type.startsWith('contact.') || event.type.startsWith('offer.') || event.type === 'ticket.created') this.refreshWaiting();
    if (!('contactId' in event)) return;
    const chat = this.chats.get(event.contactId);
    if (chat === undefined) return;
    if (event.type === 'session.started') chat.sessionId = event.sessionId;
    const frame = this.frameFor(event);
    if (frame !== null) chat.conn?.send(frame);
    const over = event.type === 'ticket.created' || event.type === 'contact.rejected' || event.type === 'contact.abandoned' || event.type === 'session.ended';
    if (over) this.forget(event.contactId);
  }

  /** Cancels pending grace timers (server shutdown). */
  dispose(): void {
    for (const chat of this.chats.values()) if (chat.graceTimer !== null) this.o.engine.clock.clearTimer(chat.graceTimer);
  }

  private frameFor(event: SwitchboardEvent): ServerFrame | null {
    const name = this.o.agentName;
    switch (event.type) {
      case 'session.started':
      case 'session.joined':
        return { type: 'chat.agent', name: name(event.agentId), change: 'joined' };
      case 'session.left':
        return { type: 'chat.agent', name: name(event.agentId), change: 'left' };
      case 'session.message':
        return event.internal ? null : { type: 'chat.message', ...messageBody(event, name) };
      case 'session.closed':
        return { type: 'chat.closed', by: event.by, rateable: event.by !== 'system' };
      case 'session.rated':
        return { type: 'chat.rated', score: event.score };
      case 'ticket.created':
        return { type: 'chat.ticket', reason: event.reason };
      case 'contact.rejected':
        return { type: 'chat.rejected', message: event.message };
      case 'contact.abandoned':
        return { type: 'chat.closed', by: 'customer', rateable: false };
      default:
        return null;
    }
  }

  /** Sends `chat.waiting` to every connected waiting customer whose position or estimate changed. */
  private refreshWaiting(): void {
    for (const [contactId, chat] of this.chats) this.sendWaiting(contactId, chat);
  }

  private sendWaiting(contactId: string, chat: Chat): void {
    const waiting = this.o.engine.queuePosition(contactId);
    if (chat.conn === null || waiting === undefined) return;
    const key = `${waiting.position}/${waiting.estimatedWaitMs}`;
    if (key === chat.lastWaiting) return;
    chat.lastWaiting = key;
    chat.conn.send({ type: 'chat.waiting', ...waiting });
  }

  /** The customer's side of the conversation so far (no consults). */
  private visibleMessages(contactId: string) {
    return this.o.engine.contactTranscript(contactId).filter((m) => !m.internal).map((m) => messageBody(m, this.o.agentName));
  }

  /** The customer leaves: abandon while waiting, close the chat while it is active. */
  private end(contactId: string, chat: Chat) {
    const status = this.o.engine.contact(contactId)?.status;
    if (status === 'active' && chat.sessionId !== null) return this.o.engine.sessions.close(chat.sessionId, 'customer');
    return this.o.engine.contacts.abandon(contactId);
  }

  private isLive(contactId: string): boolean {
    return LIVE.has(this.o.engine.contact(contactId)?.status ?? 'ended');
  }

  private forget(contactId: string): void {
    const chat = this.chats.get(contactId);
    if (chat?.conn?.identity?.role === 'customer') chat.conn.identity = null;
    this.chats.delete(contactId);
    this.o.tokens.revoke((i) => i.role === 'customer' && i.contactId === contactId);
  }
}
