/**
 * Shared by the three pages: a WebSocket to the server that answers each sent frame with a promise
 * (resolved by `ack`, rejected by `error`), reconnects and resumes with the token the server issued,
 * and small DOM helpers that only ever set text (chat text is untrusted: never innerHTML).
 */

/** Opens the page's channel. `tokenKey` names the sessionStorage entry of the resume token. */
export function openChannel(tokenKey, onFrame) {
  const pending = new Map();
  let socket;
  let nextRef = 0;
  const connect = () => {
    socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
    socket.addEventListener('open', () => {
      const token = tokenKey && sessionStorage.getItem(tokenKey);
      if (token) send({ type: 'resume', token }).catch(() => sessionStorage.removeItem(tokenKey));
    });
    socket.addEventListener('message', (message) => {
      const frame = JSON.parse(message.data);
      const waiting = frame.ref === undefined ? undefined : pending.get(frame.ref);
      if (waiting !== undefined) {
        pending.delete(frame.ref);
        if (frame.type === 'error') waiting.reject(new Error(`${frame.code}: ${frame.message}`));
        else waiting.resolve(frame);
      }
      onFrame(frame);
    });
    socket.addEventListener('close', () => setTimeout(connect, 1000));
  };
  /** Sends a frame; the promise settles with the server's answer. */
  const send = (frame) =>
    new Promise((resolve, reject) => {
      const ref = ++nextRef;
      pending.set(ref, { resolve, reject });
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ ...frame, ref }));
      else reject(new Error('not connected'));
    });
  connect();
  return { send, remember: (token) => tokenKey && sessionStorage.setItem(tokenKey, token), forget: () => tokenKey && sessionStorage.removeItem(tokenKey) };
}

/** Creates an element with attributes and children (strings become text nodes). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

/** `$('#id')` */
export const $ = (selector) => document.querySelector(selector);

/** Shows one of several sections, hiding the others. */
export function showOnly(shown, ...all) {
  for (const section of all) section.hidden = section !== shown;
}

/** 95_000 -> "2 min", 20_000 -> "20 s" */
export function formatWait(ms) {
  if (ms === null || ms === undefined) return 'unknown';
  return ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.max(1, Math.round(ms / 1000))} s`;
}

/** A chat line: who, when, text, and a link for pushed URLs (http/https only, checked by the engine). */
export function messageLine(body, perspective) {
  const who = body.from === 'system' ? '' : body.from === 'customer' ? (perspective === 'customer' ? 'You' : 'Customer') : body.name;
  const time = new Date(body.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const link = body.url === null ? null : el('a', { href: body.url, target: '_blank', rel: 'noopener noreferrer' }, body.text);
  return el('li', { class: `msg from-${body.from} kind-${body.kind}`, 'data-id': body.messageId },
    el('span', { class: 'who' }, who), el('span', { class: 'time' }, time), el('span', { class: 'text' }, link ?? body.text));
}
