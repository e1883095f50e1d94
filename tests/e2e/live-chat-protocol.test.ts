/**
 * The live-chat example's protocol from a plain WebSocket client: bad input from a page (malformed,
 * oversized, forged or unknown ids, another customer's chat) gets an error frame and changes nothing;
 * each audience sees only its own frames. Every test runs its own server on a free port.
 */
import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ChatServer, startChatServer } from '../../examples/live-chat-server/server.js';
import type { Engine, InMemoryTicketSink } from '../../src/index.js';
import { type Frame, WsClient } from './ws-client.js';

let server: ChatServer;

beforeEach(async () => {
  server = await startChatServer({ port: 0 });
});

afterEach(async () => {
  await server.close();
});

/** The engine's records, without the clock readings and the log position. */
function recordsOf(engine: Engine): string {
  const { nowMs: _now, lastClockMs: _last, clockBehind: _behind, nextSeq: _seq, ...records } = engine.snapshot();
  return JSON.stringify(records);
}

/** Runs `act` and checks that the engine changed nothing: no event but `command.rejected`, same records. */
async function expectNoChange(act: () => Promise<unknown>): Promise<string[]> {
  const { engine } = server;
  const before = recordsOf(engine);
  const seq = engine.events().length;
  await act();
  const added = engine.events().slice(seq).map((e) => e.type);
  expect(added.filter((type) => type !== 'command.rejected')).toEqual([]);
  expect(recordsOf(engine)).toBe(before);
  return added;
}

async function signIn(agentId: string, presence = 'available'): Promise<WsClient> {
  const page = await WsClient.open(server.url);
  expect(await page.request({ type: 'agent.login', agentId, passcode: `${agentId}-demo` })).toMatchObject({ type: 'ack' });
  expect(await page.request({ type: 'agent.presence', presence })).toMatchObject({ type: 'ack' });
  return page;
}

async function startChat(email: string, text = 'Hello'): Promise<WsClient> {
  const page = await WsClient.open(server.url);
  expect(await page.request({ type: 'chat.start', queueId: 'support', email, text })).toMatchObject({ type: 'ack' });
  return page;
}

/** A customer chatting with `agent`: the agent accepts the offer; returns the session id. */
async function accept(agent: WsClient): Promise<string> {
  const offer = await agent.next((f) => f.type === 'offer');
  expect(await agent.request({ type: 'offer.accept', offerId: offer.offerId })).toMatchObject({ type: 'ack' });
  const open = await agent.next((f) => f.type === 'session.open');
  return open.sessionId as string;
}

const errorCode = (frame: Frame) => (frame.type === 'error' ? frame.code : `no error: ${JSON.stringify(frame)}`);

describe('live-chat example: protocol', () => {
  it('answers malformed JSON, binary frames and unknown frame types with an error frame', async () => {
    const page = await WsClient.open(server.url);
    await expectNoChange(async () => {
      expect(errorCode(await page.sendRaw('{"type": "chat.start",'))).toBe('bad_json');
      expect(errorCode(await page.sendRaw('[1, 2]'))).toBe('bad_json');
      expect(errorCode(await page.sendRaw(Buffer.from('{}'), true))).toBe('bad_frame');
      expect(errorCode(await page.request({ type: 'contact.create', queueId: 'support' }))).toBe('bad_frame');
      expect(errorCode(await page.request({ type: 'chat.start', queueId: 'support', email: 'jo@example.com', priority: 9 }))).toBe('bad_frame');
      expect(errorCode(await page.request({ type: 'chat.rate', score: 7 }))).toBe('bad_frame');
    });
  });

  it('refuses oversized frames and texts, and closes a socket that sends more than the socket limit', async () => {
    const customer = await startChat('jo@example.com');
    await expectNoChange(async () => {
      expect(errorCode(await customer.sendRaw(JSON.stringify({ type: 'chat.send', text: 'x'.repeat(20_000) })))).toBe('too_large');
      expect(errorCode(await customer.request({ type: 'chat.send', text: 'x'.repeat(2001) }))).toBe('too_large');
    });
    const closed = new Promise<number>((resolve) => customer.socket.on('close', (code) => resolve(code)));
    customer.socket.send('x'.repeat(100_000));
    expect(await closed).toBe(1009);
  });

  it('refuses a wrong passcode and an unknown agent alike, and agent frames before sign-in', async () => {
    const page = await WsClient.open(server.url);
    await expectNoChange(async () => {
      expect(await page.request({ type: 'agent.login', agentId: 'ann', passcode: 'guess' })).toMatchObject({ code: 'login_failed' });
      expect(await page.request({ type: 'agent.login', agentId: 'mallory', passcode: 'mallory-demo' })).toMatchObject({ code: 'login_failed' });
      expect(errorCode(await page.request({ type: 'agent.presence', presence: 'available' }))).toBe('forbidden');
    });
  });

  it('refuses forged agent ids: a frame naming an agent, another agent\'s offer, another agent\'s session', async () => {
    const ann = await signIn('ann');
    const ben = await signIn('ben', 'break');
    await startChat('jo@example.com');
    const sessionId = await accept(ann);
    await startChat('kim@example.com');
    await ann.request({ type: 'agent.presence', presence: 'break' });
    await ben.request({ type: 'agent.presence', presence: 'available' });
    const bensOffer = await ben.next((f) => f.type === 'offer');
    await expectNoChange(async () => {
      expect(errorCode(await ann.request({ type: 'offer.accept', offerId: bensOffer.offerId, agentId: 'ben' }))).toBe('forbidden');
      expect(errorCode(await ann.request({ type: 'offer.accept', offerId: bensOffer.offerId }))).toBe('unknown_offer');
      expect(errorCode(await ben.request({ type: 'session.send', sessionId, text: 'I am Ann', agentId: 'ann' }))).toBe('forbidden');
      expect(errorCode(await ben.request({ type: 'session.send', sessionId, text: 'I am Ann' }))).toBe('unknown_session');
      expect(errorCode(await ben.request({ type: 'session.close', sessionId }))).toBe('unknown_session');
      expect(errorCode(await ann.request({ type: 'agent.login', agentId: 'ben', passcode: 'ben-demo' }))).toBe('already_signed_in');
    });
    expect(server.engine.agent('ben')?.pendingOfferIds).toEqual([bensOffer.offerId]);
  });

  it('answers unknown ids with an error frame and changes nothing', async () => {
    const ann = await signIn('ann');
    await startChat('jo@example.com');
    const sessionId = await accept(ann);
    const visitor = await WsClient.open(server.url);
    const rejected = await expectNoChange(async () => {
      expect(errorCode(await ann.request({ type: 'offer.accept', offerId: 'o-999' }))).toBe('unknown_offer');
      expect(errorCode(await ann.request({ type: 'session.send', sessionId: 's-999', text: 'hi' }))).toBe('unknown_session');
      expect(errorCode(await ann.request({ type: 'session.transfer', sessionId, toAgentId: 'nobody', mode: 'warm' }))).toBe('unknown_agent');
      expect(errorCode(await ann.request({ type: 'session.invite', sessionId, inviteeId: 'nobody' }))).toBe('unknown_agent');
      expect(errorCode(await ann.request({ type: 'session.canned', sessionId, cannedId: 'nope' }))).toBe('unknown_canned_answer');
      expect(errorCode(await visitor.request({ type: 'chat.start', queueId: 'nope', email: 'jo@example.com' }))).toBe('unknown_queue');
      expect(errorCode(await visitor.request({ type: 'resume', token: 'not-a-token' }))).toBe('unknown_token');
    });
    // The engine saw only the three commands whose ids it alone can check, and rejected them.
    expect(rejected).toEqual(['command.rejected', 'command.rejected', 'command.rejected']);
  });

  it('keeps a customer out of another customer\'s chat', async () => {
    const ann = await signIn('ann');
    const jo = await startChat('jo@example.com');
    const sessionId = await accept(ann);
    const kim = await startChat('kim@example.com', 'Me too');
    await expectNoChange(async () => {
      expect(errorCode(await kim.request({ type: 'chat.rate', score: 1, sessionId }))).toBe('forbidden');
      expect(errorCode(await kim.request({ type: 'chat.send', text: 'hijack', contactId: 'chat-1' }))).toBe('forbidden');
      expect(errorCode(await kim.request({ type: 'chat.end', customerId: 'cu-1' }))).toBe('forbidden');
      expect(errorCode(await kim.request({ type: 'session.close', sessionId }))).toBe('forbidden');
      expect(errorCode(await kim.request({ type: 'offer.accept', offerId: 'o-1' }))).toBe('forbidden');
      expect(errorCode(await kim.request({ type: 'chat.rate', score: 1 }))).toBe('unknown_session');
      expect(errorCode(await kim.request({ type: 'chat.start', queueId: 'support', email: 'kim@example.com' }))).toBe('already_signed_in');
    });
    expect(jo.frames.some((f) => JSON.stringify(f).includes('Me too'))).toBe(false);
    expect(server.engine.session(sessionId)?.status).toBe('open');
  });

  it('never sends a customer an internal consult message, and sends it to the consulted agent', async () => {
    const ann = await signIn('ann');
    const ben = await signIn('ben', 'break');
    const jo = await startChat('jo@example.com');
    const sessionId = await accept(ann);
    expect(await ann.request({ type: 'session.consult', sessionId, toAgentId: 'ben', text: 'Is this customer a VIP?' })).toMatchObject({ type: 'ack' });
    expect(await ann.request({ type: 'session.send', sessionId, text: 'One moment please.' })).toMatchObject({ type: 'ack' });
    await jo.next((f) => f.type === 'chat.message' && f.text === 'One moment please.');
    const consult = await ben.next((f) => f.type === 'session.message');
    expect(consult).toMatchObject({ internal: true, toAgentId: 'ben', body: { text: 'Is this customer a VIP?' } });
    expect(jo.frames.some((f) => JSON.stringify(f).includes('VIP'))).toBe(false);
  });

  it('lets an invited colleague chat along and leave; the customer sees them join and leave', async () => {
    const ann = await signIn('ann');
    const jo = await startChat('jo@example.com');
    const sessionId = await accept(ann);
    const ben = await signIn('ben');
    expect(await ann.request({ type: 'session.invite', sessionId, inviteeId: 'cleo' })).toMatchObject({ code: 'agent_unavailable' });
    expect(await ann.request({ type: 'session.invite', sessionId, inviteeId: 'ben' })).toMatchObject({ type: 'ack' });
    await ben.next((f) => f.type === 'session.open' && f.role === 'invited');
    expect(await ben.request({ type: 'session.send', sessionId, text: 'Ben from billing here.' })).toMatchObject({ type: 'ack' });
    await jo.next((f) => f.type === 'chat.message' && f.name === 'Ben');
    expect(errorCode(await ben.request({ type: 'session.close', sessionId }))).toBe('not_owner');
    expect(await ben.request({ type: 'session.leave', sessionId })).toMatchObject({ type: 'ack' });
    await jo.next((f) => f.type === 'chat.agent' && f.name === 'Ben' && f.change === 'left');
    expect(errorCode(await ben.request({ type: 'session.send', sessionId, text: 'still here?' }))).toBe('unknown_session');
  });

  it('resumes a chat on a new connection with its token, and ends it when the page does not come back', async () => {
    await server.close();
    server = await startChatServer({ port: 0, customerGraceMs: 300 });
    const jo = await startChat('jo@example.com', 'Are you there?');
    const { token } = await jo.next((f) => f.type === 'chat.started');
    jo.close();
    const again = await WsClient.open(server.url);
    expect(await again.request({ type: 'resume', token })).toMatchObject({ type: 'ack' });
    expect(await again.next((f) => f.type === 'chat.resumed')).toMatchObject({ status: 'queued', messages: [{ text: 'Are you there?' }] });
    await again.next((f) => f.type === 'chat.waiting');
    again.close();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(server.engine.events().some((e) => e.type === 'contact.abandoned')).toBe(true);
    const late = await WsClient.open(server.url);
    expect(errorCode(await late.request({ type: 'resume', token }))).toBe('unknown_token');
  });

  it('turns a waiting chat into a ticket when the customer leaves a message instead', async () => {
    const jo = await startChat('jo@example.com', 'My parcel is late');
    await jo.next((f) => f.type === 'chat.waiting' && f.position === 1 && f.estimatedWaitMs === null);
    expect(await jo.request({ type: 'chat.leaveMessage', text: 'Please e-mail me.' })).toMatchObject({ type: 'ack' });
    expect(await jo.next((f) => f.type === 'chat.ticket')).toMatchObject({ reason: 'left_message' });
    const [ticket] = (server.engine.ticketSink as InMemoryTicketSink).tickets;
    expect(ticket).toMatchObject({ reason: 'left_message', email: 'jo@example.com' });
  });

  it('shows waiting customers their place in the queue, and an estimate once the queue has answered twice', async () => {
    const jo = await startChat('jo@example.com');
    const kim = await startChat('kim@example.com');
    await kim.next((f) => f.type === 'chat.waiting' && f.position === 2 && f.estimatedWaitMs === null);
    expect(await jo.request({ type: 'chat.end' })).toMatchObject({ type: 'ack' });
    await kim.next((f) => f.type === 'chat.waiting' && f.position === 1);
    await startChat('lee@example.com');
    const ann = await signIn('ann');
    await ann.next((f) => f.type === 'offer' && ann.frames.filter((g) => g.type === 'offer').length === 2);
    for (const offer of ann.frames.filter((f) => f.type === 'offer')) {
      expect(await ann.request({ type: 'offer.accept', offerId: offer.offerId })).toMatchObject({ type: 'ack' });
    }
    expect(await ann.request({ type: 'agent.presence', presence: 'break' })).toMatchObject({ type: 'ack' });
    const max = await startChat('max@example.com');
    const waiting = await max.next((f) => f.type === 'chat.waiting');
    expect(waiting).toMatchObject({ position: 1, estimatedWaitMs: expect.any(Number) });
  });

  it('keeps a closed chat resumable until it is rated, then forgets it', async () => {
    const ann = await signIn('ann');
    const jo = await startChat('jo@example.com');
    const { token } = await jo.next((f) => f.type === 'chat.started');
    const sessionId = await accept(ann);
    expect(await ann.request({ type: 'session.close', sessionId })).toMatchObject({ type: 'ack' });
    await jo.next((f) => f.type === 'chat.closed');
    jo.close();
    const again = await WsClient.open(server.url);
    expect(await again.request({ type: 'resume', token })).toMatchObject({ type: 'ack' });
    expect(await again.next((f) => f.type === 'chat.resumed')).toMatchObject({ rateable: true, messages: [{ text: 'Hello' }, { kind: 'welcome' }] });
    expect(await again.request({ type: 'chat.rate', score: 4 })).toMatchObject({ type: 'ack' });
    await again.next((f) => f.type === 'chat.rated');
    expect(server.engine.events().at(-1)).toMatchObject({ type: 'session.ended', sessionId, rated: true });
    const late = await WsClient.open(server.url);
    expect(errorCode(await late.request({ type: 'resume', token }))).toBe('unknown_token');
  });

  it('refuses WebSocket connections from pages of other origins', async () => {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/ws`, { origin: 'https://evil.example' });
    const status = await new Promise<number>((resolve) => socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0)));
    expect(status).toBe(403);
  });
});
