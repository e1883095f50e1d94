/**
 * The agent console: sign in, set presence and phone-busy, accept or reject offers before their
 * countdown ends, chat in several sessions at once (customer's page, typing preview, canned answers,
 * pushed URLs), consult, invite, transfer and close. The server acts as the signed-in agent: frames
 * never carry an agent id.
 */
import { $, el, messageLine, openChannel, showOnly } from './common.js';

const TOKEN_KEY = 'switchboard.agent';
const sessions = new Map(); // sessionId -> { ...session.open frame, messages: Map, members, typing, closed, unread }
const offers = new Map(); // offerId -> { deadline, node }
let me = null;
let queues = [];
let colleagues = [];
let current = null;

const channel = openChannel(TOKEN_KEY, (frame) => {
  switch (frame.type) {
    case 'hello': if (!sessionStorage.getItem(TOKEN_KEY)) showOnly($('#login'), $('#login'), $('#console')); return;
    case 'agent.ready': return ready(frame);
    case 'agent.state': return showState(frame);
    case 'agent.colleagues': colleagues = frame.agents; return renderColleagues();
    case 'offer': return addOffer(frame);
    case 'offer.ended': offers.get(frame.offerId)?.node.remove(); offers.delete(frame.offerId); return;
    case 'session.open': return openSession(frame);
    case 'session.message': return addMessage(frame);
    case 'session.typing': return update(frame.sessionId, (s) => (s.typing = frame.text));
    case 'session.context': return update(frame.sessionId, (s) => (s.context = { pageUrl: frame.pageUrl }));
    case 'session.members': return update(frame.sessionId, (s) => (s.members = frame.agentIds));
    case 'session.closed': return update(frame.sessionId, (s) => { s.closed = true; s.typing = ''; });
    case 'session.gone': return removeSession(frame.sessionId);
    case 'error':
      if (frame.code === 'unknown_token' || frame.code === 'signed_in_elsewhere') { channel.forget(); showOnly($('#login'), $('#login'), $('#console')); }
      $('#error').textContent = frame.message;
      return;
    default: return;
  }
});

function ready(frame) {
  channel.remember(frame.token);
  me = frame.agent;
  queues = frame.queues;
  $('#me').textContent = me.name;
  showOnly($('#console'), $('#login'), $('#console'));
}

function showState(state) {
  $('#presence').value = state.presence === 'not_responding' ? 'offline' : state.presence;
  $('#presence-now').textContent = state.presence.replace('_', ' ');
  $('#phone').checked = state.phoneBusy;
}

function renderColleagues() {
  const others = colleagues.filter((c) => c.id !== me?.id);
  $('#colleague').replaceChildren(...others.map((c) => el('option', { value: c.id }, `${c.name} (${c.presence.replace('_', ' ')})`)));
}

const nameOf = (agentId) => colleagues.find((c) => c.id === agentId)?.name ?? agentId;
const queueOf = (queueId) => queues.find((q) => q.id === queueId);

function addOffer(offer) {
  offers.get(offer.offerId)?.node.remove();
  const who = offer.customer === null ? 'A customer' : `${offer.customer.name ?? 'A customer'} <${offer.customer.email ?? 'no e-mail'}>`;
  const countdown = el('span', { class: 'countdown' });
  const node = el('div', { class: 'card offer', 'data-offer': offer.offerId },
    el('strong', {}, offer.transfer ? 'Transfer: ' : 'New chat: '), `${who} in ${queueOf(offer.queueId)?.name ?? offer.queueId} `, countdown,
    el('button', { type: 'button', class: 'accept', onclick: () => act({ type: 'offer.accept', offerId: offer.offerId }) }, 'Accept'),
    el('button', { type: 'button', class: 'reject', onclick: () => act({ type: 'offer.reject', offerId: offer.offerId }) }, 'Reject'));
  offers.set(offer.offerId, { deadline: offer.expiresInMs === null ? null : Date.now() + offer.expiresInMs, node, countdown });
  $('#offers').append(node);
  tick();
}

function tick() {
  for (const offer of offers.values()) {
    if (offer.deadline !== null) offer.countdown.textContent = `${Math.max(0, Math.ceil((offer.deadline - Date.now()) / 1000))} s`;
  }
}
setInterval(tick, 250);

function openSession(frame) {
  const previous = sessions.get(frame.sessionId);
  const session = { ...frame, messages: previous?.messages ?? new Map(), members: previous?.members ?? [me.id], typing: '', closed: false, unread: 0 };
  sessions.set(frame.sessionId, session);
  for (const m of frame.messages) session.messages.set(m.body.messageId, m);
  if (current === null || !sessions.has(current)) current = frame.sessionId;
  render();
}

function addMessage(frame) {
  const session = sessions.get(frame.sessionId);
  if (session === undefined) {
    // A consult about a chat this agent is not in.
    $('#notes').append(el('li', {}, `${frame.body.name} about ${frame.sessionId}: ${frame.body.text}`));
    return;
  }
  session.messages.set(frame.body.messageId, frame);
  if (frame.body.from === 'customer') session.typing = '';
  if (frame.sessionId !== current) session.unread++;
  render();
}

function update(sessionId, change) {
  const session = sessions.get(sessionId);
  if (session === undefined) return;
  change(session);
  render();
}

function removeSession(sessionId) {
  sessions.delete(sessionId);
  if (current === sessionId) current = sessions.keys().next().value ?? null;
  render();
}

function render() {
  $('#tabs').replaceChildren(...[...sessions.values()].map((s) =>
    el('button', { type: 'button', class: `tab${s.sessionId === current ? ' current' : ''}${s.closed ? ' closed' : ''}`, 'data-session': s.sessionId, onclick: () => { current = s.sessionId; render(); } },
      s.customer?.name ?? s.customer?.email ?? s.sessionId, s.unread > 0 ? el('span', { class: 'badge' }, String(s.unread)) : null)));
  const session = sessions.get(current);
  $('#session').hidden = session === undefined;
  if (session === undefined) return;
  session.unread = 0;
  $('#customer-name').textContent = session.customer?.name ?? 'Customer';
  $('#customer-email').textContent = session.customer?.email ?? '';
  $('#customer-history').textContent = session.previousContacts > 0 ? `(${session.previousContacts} earlier contacts)` : '(first contact)';
  $('#customer-page').textContent = session.context?.pageUrl ?? 'unknown';
  $('#members').textContent = session.members.map(nameOf).join(', ');
  $('#transcript').replaceChildren(...[...session.messages.values()].map((m) => {
    const line = messageLine(m.body, 'agent');
    if (m.internal) line.append(el('span', { class: 'private' }, ` (private to ${nameOf(m.toAgentId)})`));
    if (m.internal) line.classList.add('internal');
    return line;
  }));
  $('#typing').textContent = session.typing === '' ? '' : `Customer is typing: ${session.typing}`;
  const queue = queueOf(session.queueId);
  $('#canned').replaceChildren(...(queue?.canned ?? []).map((c) => el('option', { value: c.id }, c.text)));
  $('#urls').replaceChildren(...(queue?.urls ?? []).map((u) => el('option', { value: u.id }, u.title)));
  const owner = session.role === 'owner';
  $('#close').hidden = session.closed || !owner;
  $('#leave').hidden = session.closed || owner;
  $('#dismiss').hidden = !session.closed;
  $('#reply').hidden = session.closed;
}

const act = (frame) => channel.send(frame).then(() => ($('#error').textContent = ''), () => {});
const inCurrent = (frame) => act({ ...frame, sessionId: current });

$('#login').addEventListener('submit', (event) => {
  event.preventDefault();
  act({ type: 'agent.login', agentId: $('#agent-id').value.trim(), passcode: $('#passcode').value });
});
$('#presence').addEventListener('change', () => act({ type: 'agent.presence', presence: $('#presence').value }));
$('#phone').addEventListener('change', () => act({ type: 'agent.phone', busy: $('#phone').checked }));
$('#logout').addEventListener('click', () => act({ type: 'agent.logout' }).then(() => { channel.forget(); location.reload(); }));
$('#reply').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = $('#reply-text').value.trim();
  if (text === '') return;
  $('#reply-text').value = '';
  inCurrent({ type: 'session.send', text });
});
$('#send-canned').addEventListener('click', () => inCurrent({ type: 'session.canned', cannedId: $('#canned').value }));
$('#push-url').addEventListener('click', () => inCurrent({ type: 'session.pushUrl', urlId: $('#urls').value }));
$('#transfer').addEventListener('click', () => inCurrent({ type: 'session.transfer', toAgentId: $('#colleague').value, mode: $('#mode').value }));
$('#invite').addEventListener('click', () => inCurrent({ type: 'session.invite', inviteeId: $('#colleague').value }));
$('#consult').addEventListener('click', () => {
  const text = $('#consult-text').value.trim();
  if (text === '') return;
  $('#consult-text').value = '';
  inCurrent({ type: 'session.consult', toAgentId: $('#colleague').value, text });
});
$('#leave').addEventListener('click', () => inCurrent({ type: 'session.leave' }));
$('#close').addEventListener('click', () => inCurrent({ type: 'session.close' }));
$('#dismiss').addEventListener('click', () => removeSession(current));
