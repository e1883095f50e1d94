/**
 * Connections and tokens. A connection starts anonymous; `chat.start`, `agent.login` or `resume`
 * binds it to one identity, and from then on every frame acts as that identity. A token is the
 * identity's bearer credential: issued by the server (never chosen by the page), it lets a page that
 * reconnects (reload, navigation) resume the same chat or console.
 */
import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { CommandResult } from '../../src/index.js';
import type { ServerFrame } from './protocol.js';

/** Who a connection acts as. */
export type Identity =
  | { readonly role: 'customer'; readonly contactId: string }
  | { readonly role: 'agent'; readonly agentId: string }
  | { readonly role: 'wallboard' };

/** One page's WebSocket, and the identity it is bound to. */
export class Connection {
  identity: Identity | null = null;

  constructor(private readonly socket: WebSocket) {}

  /** Sends a frame if the socket is still open (a closed page simply misses it). */
  send(frame: ServerFrame): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(JSON.stringify(frame));
  }

  /** Sends an error frame; `ref` names the client frame it answers. */
  fail(ref: number | undefined, code: string, message: string): void {
    this.send(ref === undefined ? { type: 'error', code, message } : { type: 'error', ref, code, message });
  }

  /** Answers a client frame with the engine's result: an ack, or the engine's error code and message. */
  reply(ref: number | undefined, result: CommandResult): void {
    if (!result.ok) this.fail(ref, result.error.code, result.error.message);
    else this.send(ref === undefined ? { type: 'ack' } : { type: 'ack', ref });
  }
}

/** Most tokens kept; the oldest is forgotten first. */
const TOKENS_MAX = 10_000;

/** Tokens the server issued, each naming one identity. */
export class TokenRegistry {
  private readonly identities = new Map<string, Identity>();

  /** Issues a new unguessable token (192 random bits) for an identity. */
  issue(identity: Identity): string {
    if (this.identities.size >= TOKENS_MAX) this.identities.delete(this.identities.keys().next().value!);
    const token = randomBytes(24).toString('base64url');
    this.identities.set(token, identity);
    return token;
  }

  /** The identity of a token, if it was issued and not revoked. */
  find(token: string): Identity | undefined {
    return this.identities.get(token);
  }

  /** Forgets every token of identities matching `match` (an agent logging out, a chat that ended). */
  revoke(match: (identity: Identity) => boolean): void {
    for (const [token, identity] of this.identities) if (match(identity)) this.identities.delete(token);
  }
}
