/**
 * What each agent console sees: engine events and typing previews turned into frames for the right
 * agents only. An agent gets its own offers and presence, the sessions it takes part in (messages,
 * context, typing, members), consult messages addressed to it, and everyone's presence (to pick a
 * colleague for a transfer or an invitation).
 */
import type { Engine, SwitchboardEvent, TranscriptEntry, TypingPreview } from '../../src/index.js';
import type { Connection } from './connection.js';
import { messageBody, type ServerFrame } from './protocol.js';

/** What the feed needs besides the engine. */
export interface AgentFeedOptions {
  readonly engine: Engine;
  readonly agentIds: readonly string[];
  readonly agentName: (agentId: string) => string;
  /** The customer of a live contact, as the agent may see them. */
  readonly customerOf: (contactId: string) => { name: string | null; email: string | null } | null;
}

/** Routes engine events to agent consoles. */
export class AgentFeed {
  private readonly consoles = new Map<string, Connection>();
  /** Open sessions, to find an agent's chats when its console (re)attaches. */
  private readonly openSessionIds = new Set<string>();

  constructor(private readonly o: AgentFeedOptions) {}

  /** The console an agent is signed in on, if any. */
  consoleOf(agentId: string): Connection | undefined {
    return this.consoles.get(agentId);
  }

  /** Makes `conn` the agent's console and sends it everything it shows. */
  attach(agentId: string, conn: Connection): void {
    this.consoles.set(agentId, conn);
    const agent = this.o.engine.agent(agentId);
    conn.send({ type: 'agent.state', presence: agent?.presence ?? 'offline', phoneBusy: agent?.phoneBusy ?? false });
    conn.send(this.colleaguesFrame());
    for (const offerId of agent?.pendingOfferIds ?? []) this.sendOffer(offerId);
    for (const sessionId of this.openSessionIds) {
      if (this.membersOf(sessionId).includes(agentId)) conn.send(this.sessionFrame(sessionId, agentId));
    }
  }

  /** Stops sending to `conn` (if it is still the agent's console). */
  detach(agentId: string, conn: Connection): void {
    if (this.consoles.get(agentId) === conn) this.consoles.delete(agentId);
  }

  /** Sends an event to the agents it concerns. */
  onEvent(e: SwitchboardEvent): void {
    switch (e.type) {
      case 'offer.created':
        return this.sendOffer(e.offerId);
      case 'offer.accepted':
      case 'offer.rejected':
      case 'offer.expired':
      case 'offer.withdrawn':
        return this.to(e.agentId, { type: 'offer.ended', offerId: e.offerId, outcome: e.type.slice('offer.'.length) });
      case 'session.started':
      case 'session.joined':
        this.openSessionIds.add(e.sessionId);
        this.to(e.agentId, this.sessionFrame(e.sessionId, e.agentId));
        return this.toMembers(e.sessionId, this.membersFrame(e.sessionId));
      case 'session.left':
        this.to(e.agentId, { type: 'session.gone', sessionId: e.sessionId });
        return this.toMembers(e.sessionId, this.membersFrame(e.sessionId));
      case 'session.message': {
        if (e.sessionId === null) return; // written while queued: delivered with the session
        const frame: ServerFrame = { type: 'session.message', sessionId: e.sessionId, agentId: e.agentId, toAgentId: e.toAgentId, internal: e.internal, body: messageBody(e, this.o.agentName) };
        if (!e.internal) return this.toMembers(e.sessionId, frame);
        this.to(e.agentId!, frame);
        return this.to(e.toAgentId!, frame);
      }
      case 'session.context':
        if (e.sessionId !== null) this.toMembers(e.sessionId, { type: 'session.context', sessionId: e.sessionId, pageUrl: e.pageUrl });
        return;
      case 'session.closed':
        this.openSessionIds.delete(e.sessionId);
        return this.toMembers(e.sessionId, { type: 'session.closed', sessionId: e.sessionId, by: e.by });
      case 'agent.status.changed':
      case 'agent.phone.changed': {
        const agent = this.o.engine.agent(e.agentId);
        if (agent !== undefined) this.to(e.agentId, { type: 'agent.state', presence: agent.presence, phoneBusy: agent.phoneBusy });
        if (e.type === 'agent.status.changed') for (const conn of this.consoles.values()) conn.send(this.colleaguesFrame());
        return;
      }
      default:
        return;
    }
  }

  /** Sends a typing preview to the session's agents (previews are never logged). */
  onPreview(p: TypingPreview): void {
    for (const agentId of p.agentIds) this.to(agentId, { type: 'session.typing', sessionId: p.sessionId, text: p.text });
  }

  private to(agentId: string, frame: ServerFrame): void {
    this.consoles.get(agentId)?.send(frame);
  }

  private toMembers(sessionId: string, frame: ServerFrame): void {
    for (const agentId of this.membersOf(sessionId)) this.to(agentId, frame);
  }

  /** The agents in a session: its owner (the last one once closed) and invited colleagues. */
  private membersOf(sessionId: string): string[] {
    const session = this.o.engine.session(sessionId);
    if (session === undefined) return [];
    const owner = session.status === 'open' ? session.ownerId : session.lastOwnerId;
    return owner === null ? [...session.invitedIds] : [owner, ...session.invitedIds];
  }

  private membersFrame(sessionId: string): ServerFrame {
    return { type: 'session.members', sessionId, agentIds: this.membersOf(sessionId) };
  }

  private colleaguesFrame(): ServerFrame {
    const agents = this.o.agentIds.map((id) => ({ id, name: this.o.agentName(id), presence: this.o.engine.agent(id)?.presence ?? 'offline' }));
    return { type: 'agent.colleagues', agents };
  }

  /** Sends a pending offer to its agent. */
  private sendOffer(offerId: string): void {
    const { engine } = this.o;
    const offer = engine.offer(offerId);
    if (offer === undefined) return;
    const sessionId = engine.contact(offer.contactId)?.sessionId ?? null;
    const expiresInMs = Math.max(0, offer.expiresAt - engine.now());
    this.to(offer.agentId, { type: 'offer', offerId, sessionId, queueId: offer.queueId, transfer: offer.trigger === 'transfer', expiresInMs, customer: this.o.customerOf(offer.contactId) });
  }

  /** Everything a console needs to show a session it joined: customer, page, and the transcript so far. */
  private sessionFrame(sessionId: string, agentId: string): ServerFrame {
    const { engine } = this.o;
    const session = engine.session(sessionId);
    const contactId = session?.contactId ?? '';
    const contact = engine.contact(contactId);
    const customerId = contact?.customerId ?? null;
    const previousContacts = customerId === null ? 0 : engine.customerHistory(customerId).length - 1;
    // Consults between other agents stay private to them, also after a transfer.
    const visible = (m: TranscriptEntry) => !m.internal || m.agentId === agentId || m.toAgentId === agentId;
    const messages = engine.transcript(sessionId).filter(visible).map((m) => ({ sessionId, agentId: m.agentId, toAgentId: m.toAgentId, internal: m.internal, body: messageBody(m, this.o.agentName) }));
    return {
      type: 'session.open',
      sessionId,
      contactId,
      queueId: contact?.queueId ?? '',
      role: session?.ownerId === agentId ? 'owner' : 'invited',
      customer: this.o.customerOf(contactId),
      context: { pageUrl: contact?.context?.pageUrl ?? null },
      previousContacts,
      messages,
    };
  }
}
