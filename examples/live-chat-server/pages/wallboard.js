/**
 * The supervisor wallboard: one frame per second of live statistics (the package's `createLiveStats`),
 * shown as a tile per queue and a row per agent. Read-only.
 */
import { $, el, formatWait, openChannel } from './common.js';

const percent = (fraction) => (fraction === null ? '-' : `${Math.round(fraction * 100)} %`);
const rating = (mean) => (mean === null ? '-' : mean.toFixed(1));

const channel = openChannel(null, (frame) => {
  if (frame.type === 'hello') channel.send({ type: 'wallboard.watch' }).catch(() => {});
  if (frame.type === 'wallboard') show(frame);
});

function figure(label, value) {
  return el('div', { class: 'figure' }, el('span', { class: 'value' }, String(value)), el('span', { class: 'label' }, label));
}

function show(board) {
  $('#updated').textContent = `updated ${new Date(board.atMs).toLocaleTimeString()}`;
  $('#queues').replaceChildren(...board.queues.map((q) =>
    el('article', { class: `tile${q.open ? '' : ' closed'}`, 'data-queue': q.id },
      el('h2', {}, q.name, el('span', { class: 'pill' }, q.open ? 'open' : 'closed')),
      figure('waiting', q.waiting),
      figure('longest wait', q.oldestWaitMs === null ? '-' : formatWait(q.oldestWaitMs)),
      figure('agents free', q.agentsFree),
      figure('offered', q.offered),
      figure('answered', q.answered),
      figure('abandoned', q.abandoned),
      figure('tickets', q.ticketed),
      figure('service level (30 s)', percent(q.serviceLevel)),
      figure('rating', rating(q.ratingMean)))));
  $('#agents tbody').replaceChildren(...board.agents.map((a) =>
    el('tr', { 'data-agent': a.id },
      el('td', {}, a.name), el('td', { class: `presence-${a.presence}` }, a.presence.replace('_', ' ')), el('td', {}, a.phoneBusy ? 'on a call' : ''),
      el('td', {}, String(a.chats)), el('td', {}, String(a.answered)), el('td', {}, percent(a.occupancyRate)), el('td', {}, rating(a.ratingMean)))));
}
