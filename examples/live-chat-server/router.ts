/**
 * One page's WebSocket from open to close: validates each frame, checks that the connection's role
 * may send it, and hands it to the customer handler, the agent handler or the wallboard. A frame
 * that fails any check gets an error frame and reaches no handler, so it changes nothing.
 */
import type { WebSocket } from 'ws';
import type { AgentHandler } from './agent-handler.js';
import { Connection, type TokenRegistry } from './connection.js';
import type { CustomerHandler } from './customer-handler.js';
import { type ClientFrame, isCustomerFrame, parseClientFrame, type ServerFrame } from './protocol.js';
import type { Wallboard } from './wallboard.js';

/** Where the router sends frames. */
export interface RouterOptions {
  readonly tokens: TokenRegistry;
  readonly customers: CustomerHandler;
  readonly agents: AgentHandler;
  readonly wallboard: Wallboard;
  /** The first frame of every connection: topics and rating emoticons. */
  readonly hello: () => ServerFrame;
  /** Reports a handler that threw (a bug): the connection gets `internal_error`, the server goes on. */
  readonly onError: (error: unknown) => void;
}

/** Serves one page's WebSocket. */
export function servePage(socket: WebSocket, o: RouterOptions): void {
  const conn = new Connection(socket);
  conn.send(o.hello());
  socket.on('message', (data, isBinary) => {
    const parsed = parseClientFrame(data as Buffer, isBinary);
    if (!parsed.ok) return conn.fail(parsed.ref, parsed.code, parsed.message);
    try {
      route(conn, parsed.frame, o);
    } catch (error) {
      o.onError(error);
      conn.fail(parsed.frame.ref, 'internal_error', 'the server failed to handle this frame');
    }
  });
  socket.on('close', () => {
    const who = conn.identity;
    o.wallboard.unwatch(conn);
    if (who?.role === 'customer') o.customers.disconnected(conn, who.contactId);
    if (who?.role === 'agent') o.agents.disconnected(conn, who.agentId);
  });
}

function route(conn: Connection, f: ClientFrame, o: RouterOptions): void {
  const who = conn.identity;
  if (f.type === 'chat.start' && who?.role === 'customer') return o.customers.start(conn, f);
  if (f.type === 'resume' || f.type === 'wallboard.watch' || f.type === 'chat.start' || f.type === 'agent.login') {
    if (who !== null) return conn.fail(f.ref, 'already_signed_in', 'this connection is already bound; open a new one');
    switch (f.type) {
      case 'resume':
        return resume(conn, f.token, f.ref, o);
      case 'wallboard.watch':
        o.wallboard.watch(conn);
        return conn.send(f.ref === undefined ? { type: 'ack' } : { type: 'ack', ref: f.ref });
      case 'chat.start':
        return o.customers.start(conn, f);
      case 'agent.login':
        return o.agents.login(conn, f);
    }
  }
  if (isCustomerFrame(f)) {
    if (who?.role !== 'customer') return conn.fail(f.ref, 'forbidden', `${f.type} is for a customer in a chat`);
    return o.customers.handle(conn, who.contactId, f);
  }
  if (who?.role !== 'agent') return conn.fail(f.ref, 'forbidden', `${f.type} is for a signed-in agent`);
  return o.agents.handle(conn, who.agentId, f);
}

function resume(conn: Connection, token: string, ref: number | undefined, o: RouterOptions): void {
  const identity = o.tokens.find(token);
  if (identity?.role === 'customer') return o.customers.resume(conn, identity.contactId, ref);
  if (identity?.role === 'agent') return o.agents.resume(conn, identity.agentId, token, ref);
  conn.fail(ref, 'unknown_token', 'this token is unknown or has expired');
}
