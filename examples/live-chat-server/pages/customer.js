/**
 * The customer's chat widget: pick a topic, give an e-mail, chat, see the queue position and the
 * estimated wait, leave a message instead of waiting, rate the chat. Every action is one frame; the
 * server binds it to this customer's own chat (frames never name a contact or a session).
 */
import { $, el, formatWait, messageLine, openChannel, showOnly } from './common.js';

const sections = [$('#start'), $('#chat'), $('#rate'), $('#done')];
const seen = new Set();
let topics = [];
let typingTimer = null;

const channel = openChannel('switchboard.customer', (frame) => {
  switch (frame.type) {
    case 'hello': return showTopics(frame);
    case 'chat.started': channel.remember(frame.token); return startChat();
    case 'chat.resumed': return resumed(frame);
    case 'chat.waiting': return setStatus(`You are number ${frame.position} in the queue. Estimated wait: ${frame.estimatedWaitMs === null ? 'not known yet' : formatWait(frame.estimatedWaitMs)}.`, true);
    case 'chat.agent': return setStatus(`${frame.name} ${frame.change === 'joined' ? 'joined' : 'left'} the chat.`, false);
    case 'chat.message': return addMessage(frame);
    case 'chat.closed': return frame.rateable ? showOnly($('#rate'), ...sections) : done('The chat has ended.');
    case 'chat.rated': return done('Thank you for your rating!');
    case 'chat.ticket': return done(frame.reason === 'after_hours' ? 'We are closed now. We have your message and will answer by e-mail.' : 'We have your message and will answer by e-mail.');
    case 'chat.rejected': return done(frame.message);
    case 'error': $('#error').textContent = frame.message; return undefined;
    default: return undefined;
  }
});

function showTopics(hello) {
  topics = hello.queues;
  $('#topic').replaceChildren(...topics.map((q) => el('option', { value: q.id }, q.open ? q.name : `${q.name} (closed - leave a message)`)));
  $('#ratings').replaceChildren(...Object.entries(hello.ratings).map(([score, r]) =>
    el('button', { type: 'button', class: 'rating', 'aria-label': r.label, title: r.label, 'data-score': score, onclick: () => rate(Number(score)) }, r.emoji)));
  topicChanged();
  if (!sessionStorage.getItem('switchboard.customer')) showOnly($('#start'), ...sections);
}

function topicChanged() {
  const topic = topics.find((q) => q.id === $('#topic').value);
  const closed = topic !== undefined && !topic.open;
  $('#closed-note').hidden = !closed;
  $('#closed-note').textContent = closed ? topic.closedMessage : '';
  $('#start-button').textContent = closed ? 'Leave a message' : 'Start chat';
}

function startChat() {
  $('#messages').replaceChildren();
  seen.clear();
  setStatus('Connecting you to an agent...', true);
  showOnly($('#chat'), ...sections);
}

function resumed(frame) {
  startChat();
  frame.messages.forEach(addMessage);
  if (frame.rateable) showOnly($('#rate'), ...sections);
  else if (frame.status === 'active') setStatus('You are back in your chat.', false);
}

function setStatus(text, waiting) {
  $('#status').textContent = text;
  $('#leave-message').hidden = !waiting;
}

function addMessage(body) {
  if (seen.has(body.messageId)) return;
  seen.add(body.messageId);
  $('#messages').append(messageLine(body, 'customer'));
  $('#messages').lastElementChild.scrollIntoView({ block: 'nearest' });
}

function done(text) {
  channel.forget();
  $('#done-text').textContent = text;
  showOnly($('#done'), ...sections);
}

const act = (frame) => channel.send(frame).then(() => ($('#error').textContent = ''), () => {});

async function rate(score) {
  await act({ type: 'chat.rate', score });
}

$('#topic').addEventListener('change', topicChanged);
$('#start').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = $('#first').value.trim();
  const frame = { type: 'chat.start', queueId: $('#topic').value, email: $('#email').value.trim(), pageUrl: location.href };
  if ($('#name').value.trim() !== '') frame.name = $('#name').value.trim();
  if (text !== '') frame.text = text;
  channel.send(frame).catch(() => { channel.forget(); showOnly($('#start'), ...sections); });
});
$('#composer').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = $('#text').value.trim();
  if (text === '') return;
  $('#text').value = '';
  act({ type: 'chat.send', text });
});
$('#text').addEventListener('input', () => {
  // At most one preview frame per 300 ms; the engine throttles again and drops previews while queued.
  if (typingTimer !== null) return;
  typingTimer = setTimeout(() => { typingTimer = null; act({ type: 'chat.typing', text: $('#text').value }); }, 300);
});
$('#leave-message').addEventListener('click', () => {
  const text = $('#text').value.trim();
  act(text === '' ? { type: 'chat.leaveMessage' } : { type: 'chat.leaveMessage', text });
});
$('#end').addEventListener('click', () => act({ type: 'chat.end' }));
$('#again').addEventListener('click', () => showOnly($('#start'), ...sections));
const showPage = () => { $('#page-title').textContent = location.hash === '' ? 'Welcome' : location.hash.slice(1).replace(/^./, (c) => c.toUpperCase()); };
window.addEventListener('hashchange', () => {
  showPage();
  if (!$('#chat').hidden) act({ type: 'chat.page', pageUrl: location.href });
});
showPage();
