/**
 * The agent side: sign-in, and console frames mapped to engine commands as the signed-in agent. The
 * acting agent always comes from the connection, never from the frame; offers and sessions are
 * checked to be the agent's own before any command is sent, so another agent's ids get the same
 * `unknown_offer` / `unknown_session` answer as ids that do not exist, and the engine sees nothing.
 */
import type { CommandResult, Engine } from '../../src/index.js';
import type { AgentFeed } from './agent-feed.js';
import type { Connection, TokenRegistry } from './connection.js';
import type { AgentFrame } from './protocol.js';

/** A queue as the console lists it: for canned answers, pushed URLs and transfers. */
export interface QueueCatalogEntry {
  readonly id: string;
  readonly name: string;
  readonly canned: readonly { id: string; text: string }[];
  readonly urls: readonly { id: string; title: string }[];
}

/** What the agent handler needs besides the engine. */
export interface AgentHandlerOptions {
  readonly engine: Engine;
  readonly tokens: TokenRegistry;
  readonly feed: AgentFeed;
  readonly queues: readonly QueueCatalogEntry[];
  readonly agentName: (agentId: string) => string;
  /** The sign-in check (the demo compares passcodes; plug in your own). */
  readonly checkPasscode: (agentId: string, passcode: string) => boolean;
}

type SessionFrame = Extract<AgentFrame, { sessionId: string }>;

/** Signs agents in and maps their frames to engine commands. */
export class AgentHandler {
  constructor(private readonly o: AgentHandlerOptions) {}

  /** Signs an anonymous connection in as an agent; a console already open for that agent is dropped. */
  login(conn: Connection, f: Extract<AgentFrame, { type: 'agent.login' }>): void {
    if (!this.o.checkPasscode(f.agentId, f.passcode)) return conn.fail(f.ref, 'login_failed', 'unknown agent or wrong passcode');
    this.o.tokens.revoke((i) => i.role === 'agent' && i.agentId === f.agentId);
    this.bind(conn, f.agentId, this.o.tokens.issue({ role: 'agent', agentId: f.agentId }), f.ref);
  }

  /** Binds a reconnecting console to its agent (the token was checked by the caller). */
  resume(conn: Connection, agentId: string, token: string, ref: number | undefined): void {
    this.bind(conn, agentId, token, ref);
  }

  /** The console went away: the agent goes offline (pending offers return to the queue; chats stay). */
  disconnected(conn: Connection, agentId: string): void {
    if (this.o.feed.consoleOf(agentId) !== conn) return;
    this.o.feed.detach(agentId, conn);
    this.o.engine.agents.setStatus(agentId, 'offline');
  }

  /** Handles a frame of a console signed in as `me`. */
  handle(conn: Connection, me: string, f: Exclude<AgentFrame, { type: 'agent.login' }>): void {
    const { engine } = this.o;
    switch (f.type) {
      case 'agent.logout':
        this.o.engine.agents.setStatus(me, 'offline');
        this.o.feed.detach(me, conn);
        this.o.tokens.revoke((i) => i.role === 'agent' && i.agentId === me);
        conn.identity = null;
        return conn.send(f.ref === undefined ? { type: 'ack' } : { type: 'ack', ref: f.ref });
      case 'agent.presence':
        return conn.reply(f.ref, engine.agents.setStatus(me, f.presence));
      case 'agent.phone':
        return conn.reply(f.ref, engine.agents.setPhoneBusy(me, f.busy));
      case 'offer.accept':
      case 'offer.reject':
        if (!(engine.agent(me)?.pendingOfferIds.includes(f.offerId) ?? false)) {
          return conn.fail(f.ref, 'unknown_offer', `offerId "${f.offerId}" is not an offer of yours`);
        }
        return conn.reply(f.ref, f.type === 'offer.accept' ? engine.offers.accept(f.offerId, me) : engine.offers.reject(f.offerId, me));
      default: {
        const session = engine.session(f.sessionId);
        const inSession = session !== undefined && (session.ownerId === me || session.invitedIds.includes(me));
        if (!inSession) return conn.fail(f.ref, 'unknown_session', `sessionId "${f.sessionId}" is not a chat of yours`);
        return conn.reply(f.ref, this.sessionCommand(me, session.contactId, f));
      }
    }
  }

  /** The engine command for a session frame, always as `me`. */
  private sessionCommand(me: string, contactId: string, f: SessionFrame): CommandResult {
    const { engine } = this.o;
    switch (f.type) {
      case 'session.send':
        return engine.sessions.sendMessage(f.sessionId, me, f.text);
      case 'session.canned':
        return engine.sessions.sendCanned(f.sessionId, me, f.cannedId);
      case 'session.pushUrl':
        return engine.dispatch({ type: 'session.pushUrl', sessionId: f.sessionId, agentId: me, urlId: f.urlId, url: f.url });
      case 'session.consult':
        return engine.sessions.consult(f.sessionId, me, f.toAgentId, f.text);
      case 'session.transfer':
        return engine.transfers.transfer({ contactId, agentId: me, toAgentId: f.toAgentId, toQueueId: f.toQueueId, mode: f.mode });
      case 'session.invite':
        return engine.sessions.invite(f.sessionId, me, f.inviteeId);
      case 'session.leave':
        return engine.sessions.leave(f.sessionId, me);
      case 'session.close':
        return engine.sessions.close(f.sessionId, 'agent', me);
    }
  }

  private bind(conn: Connection, agentId: string, token: string, ref: number | undefined): void {
    const previous = this.o.feed.consoleOf(agentId);
    if (previous !== undefined && previous !== conn) {
      previous.identity = null;
      previous.fail(undefined, 'signed_in_elsewhere', `agent "${agentId}" signed in on another console`);
    }
    conn.identity = { role: 'agent', agentId };
    const queues = this.o.queues.map((q) => ({ ...q, open: this.o.engine.queue(q.id)?.open ?? false }));
    conn.send({ type: 'agent.ready', token, agent: { id: agentId, name: this.o.agentName(agentId) }, queues });
    this.o.feed.attach(agentId, conn);
    conn.send(ref === undefined ? { type: 'ack' } : { type: 'ack', ref });
  }
}

