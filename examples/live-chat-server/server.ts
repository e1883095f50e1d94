/**
 * The live-chat example: one switchboard engine embedded in a Fastify server on the real clock, a
 * WebSocket for the pages (customer widget, agent console, supervisor wallboard), and the pages
 * themselves. Run it with `npm run example:chat`, then open http://127.0.0.1:4317/.
 *
 * The engine is wired in here and nowhere else: page frames become commands in the handlers, and
 * engine events (`engine.listen`), typing previews (`engine.previews$`) and live statistics
 * (`createLiveStats`) become frames for the pages that may see them.
 */
import type { AddressInfo } from 'node:net';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { createEngine, createLiveStats, createRealClock, type Engine, InMemoryCustomerDirectory, RATING_EMOTICONS } from '../../src/index.js';
import { AgentFeed } from './agent-feed.js';
import { AgentHandler } from './agent-handler.js';
import { TokenRegistry } from './connection.js';
import { CustomerHandler } from './customer-handler.js';
import { checkDemoPasscode, demoConfig } from './demo-config.js';
import type { ServerFrame } from './protocol.js';
import { servePage } from './router.js';
import { registerPages } from './static-pages.js';
import { Wallboard } from './wallboard.js';

/** Options of `startChatServer`. */
export interface ChatServerOptions {
  /** Default 4317; 0 picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Open the sales queue today within its hours (default: closed all day, to show the after-hours path). */
  readonly salesOpenToday?: boolean;
  /** How long a chat waits for its page to come back before it ends. Default 30 s. */
  readonly customerGraceMs?: number;
  /** Log warnings and errors (handler failures) with Fastify's logger. Default false. */
  readonly logger?: boolean;
}

/** A running server. */
export interface ChatServer {
  /** Base URL, e.g. http://127.0.0.1:4317 */
  readonly url: string;
  readonly engine: Engine;
  close(): Promise<void>;
}

/** Largest WebSocket message the socket accepts at all (larger ones close it); the protocol limit is lower. */
const SOCKET_BYTES_MAX = 64 * 1024;

/**
 * Starts the server with the demo configuration.
 * @example const server = await startChatServer({ port: 0 }); console.log(server.url); await server.close();
 */
export async function startChatServer(options: ChatServerOptions = {}): Promise<ChatServer> {
  const app = Fastify({ logger: options.logger === true ? { level: 'warn' } : false });
  const clock = createRealClock();
  const config = demoConfig({ nowMs: clock.now(), salesOpenToday: options.salesOpenToday ?? false });
  const directory = new InMemoryCustomerDirectory();
  const onError = (error: unknown) => app.log.error(error);
  const engine = createEngine({ clock, config, customers: directory, onListenerError: onError });
  const queues = (config.queues ?? []).map((q) => ({ id: q.id, name: q.name ?? q.id, closedMessage: q.closedMessage ?? '', canned: q.cannedAnswers ?? [], urls: (q.urls ?? []).map((u) => ({ id: u.id, title: u.title ?? u.url })) }));
  const agents = (config.agents ?? []).map((a) => ({ id: a.id, name: a.name ?? a.id }));
  const agentName = (agentId: string) => agents.find((a) => a.id === agentId)?.name ?? agentId;

  const tokens = new TokenRegistry();
  const wallboard = new Wallboard({ engine, stats: createLiveStats(engine, { sampleMs: 1_000, serviceLevelThresholdMs: 30_000 }), queues, agents });
  const customers = new CustomerHandler({ engine, tokens, agentName, graceMs: options.customerGraceMs ?? 30_000 });
  const customerOf = (contactId: string) => {
    const contact = engine.contact(contactId);
    if (contact === undefined || contact.customerId === null) return null;
    return { name: directory.get(contact.customerId)?.name ?? null, email: contact.email };
  };
  const feed = new AgentFeed({ engine, agentIds: agents.map((a) => a.id), agentName, customerOf });
  const agentHandler = new AgentHandler({ engine, tokens, feed, queues, agentName, checkPasscode: checkDemoPasscode });
  const stopListening = engine.listen((event) => {
    customers.onEvent(event);
    feed.onEvent(event);
  });
  const previews = engine.previews$.subscribe((preview) => {
    try {
      feed.onPreview(preview);
    } catch (error) {
      onError(error);
    }
  });
  const hello = (): ServerFrame => ({
    type: 'hello',
    queues: queues.map((q) => ({ id: q.id, name: q.name, open: engine.queue(q.id)?.open ?? false, closedMessage: q.closedMessage })),
    ratings: RATING_EMOTICONS,
  });

  await app.register(websocket, { options: { maxPayload: SOCKET_BYTES_MAX } });
  registerPages(app);
  app.get('/ws', { websocket: true, preValidation: refuseOtherOrigins }, (socket) =>
    servePage(socket, { tokens, customers, agents: agentHandler, wallboard, hello, onError }),
  );
  const host = options.host ?? '127.0.0.1';
  await app.listen({ host, port: options.port ?? 4317 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    engine,
    async close() {
      await app.close();
      previews.unsubscribe();
      stopListening();
      customers.dispose();
      wallboard.dispose();
      engine.stop();
    },
  };
}

/** Browsers always send an Origin: refusing other sites' pages stops cross-site WebSocket hijacking. */
async function refuseOtherOrigins(request: FastifyRequest, reply: FastifyReply) {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${request.headers.host}`) return reply.code(403).send('origin not allowed');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startChatServer({ port: Number(process.env.PORT ?? 4317), salesOpenToday: process.env.SALES_OPEN === '1', logger: true });
  console.log(`Customer: ${server.url}/customer\nAgents:   ${server.url}/agent (ann / ann-demo, ben / ben-demo, cleo / cleo-demo)\nWallboard: ${server.url}/wallboard`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
