/**
 * Handlers for canned answers and pushed URLs: content from the queue's catalogue, or a free URL.
 */
import { isPlainObject } from '../../domain/attributes.js';
import type { CommandError } from '../../domain/command-error.js';
import { describeValue } from '../../domain/errors.js';
import type { EngineState } from '../engine-state.js';
import { addMessage } from '../messages.js';
import type { SessionRecord } from '../records.js';
import { fillPlaceholders, missingPlaceholders } from '../placeholders.js';
import { placeholderValues } from '../sessions.js';
import { checkId, checkKnownFields, fail, fieldsOf } from './checks.js';
import type { CommandHandler } from './handler.js';
import { isFailure, openSessionOf } from './session-lookups.js';

const FIELDS_SESSIONID_AGENTID_CANNEDID_VALUES = fieldsOf('sessionId', 'agentId', 'cannedId', 'values');
const FIELDS_SESSIONID_AGENTID_URLID_URL = fieldsOf('sessionId', 'agentId', 'urlId', 'url');

const URL_LENGTH_MAX = 2048;

/** Whether text is an absolute http or https URL. */
export function isWebUrl(text: unknown): text is string {
  if (typeof text !== 'string' || text.length > URL_LENGTH_MAX) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function cannedText(state: EngineState, session: SessionRecord, c: Record<string, unknown>): { text: string } | CommandError {
  const canned = session.contact.queue.config.cannedAnswers.find((a) => a.id === c.cannedId);
  if (canned === undefined) return fail('session.sendCanned', 'unknown_canned_answer', `cannedId "${c.cannedId}" is not in queue "${session.contact.queue.id}"`);
  const agent = state.agents.get(c.agentId as string)!;
  const values = { ...placeholderValues(state, session.contact, agent), ...(c.values as Record<string, string> | undefined) };
  const missing = missingPlaceholders(canned.text, values);
  if (missing.length > 0) {
    return fail('session.sendCanned', 'missing_placeholder', `canned answer "${canned.id}" needs values for ${missing.join(', ')}`);
  }
  return { text: fillPlaceholders(canned.text, values) };
}

/** `session.sendCanned`: a canned answer, placeholders filled and checked. */
export const sessionSendCanned: CommandHandler = {
  validate(state, c) {
    const error = checkKnownFields(c, FIELDS_SESSIONID_AGENTID_CANNEDID_VALUES) ?? checkId(c, 'cannedId', c.cannedId);
    if (error !== null) return error;
    if (c.values !== undefined && (!isPlainObject(c.values) || Object.values(c.values).some((v) => typeof v !== 'string' || v.length > 1000))) {
      return fail('session.sendCanned', 'invalid_command', `values must map names to texts of at most 1000 characters (got ${describeValue(c.values)})`);
    }
    const session = openSessionOf(state, c);
    if (isFailure(session)) return session;
    const text = cannedText(state, session, c);
    return 'code' in text ? text : null;
  },
  apply(state, c) {
    const session = state.sessions.get(c.sessionId as string)!;
    const { text } = cannedText(state, session, c) as { text: string };
    const messageId = addMessage(state, session.contact, session.id, { from: 'agent', agentId: c.agentId as string, kind: 'canned', text, url: null, internal: false });
    return { ok: true, sessionId: session.id, messageId };
  },
};

function urlOf(session: SessionRecord, c: Record<string, unknown>): { url: string; title: string } | CommandError {
  if ((c.urlId === undefined) === (c.url === undefined)) return fail('session.pushUrl', 'invalid_command', 'give exactly one of urlId and url');
  if (c.url !== undefined) {
    return isWebUrl(c.url) ? { url: c.url, title: c.url } : fail('session.pushUrl', 'invalid_command', `url must be an http or https URL (got ${describeValue(c.url)})`);
  }
  const entry = session.contact.queue.config.urls.find((u) => u.id === c.urlId);
  if (entry === undefined) return fail('session.pushUrl', 'unknown_url', `urlId ${describeValue(c.urlId)} is not in queue "${session.contact.queue.id}"`);
  return { url: entry.url, title: entry.title ?? entry.url };
}

/** `session.pushUrl`: shows the customer a page: one of the queue's URLs or a free http/https URL. */
export const sessionPushUrl: CommandHandler = {
  validate(state, c) {
    const error = checkKnownFields(c, FIELDS_SESSIONID_AGENTID_URLID_URL);
    if (error !== null) return error;
    const session = openSessionOf(state, c);
    if (isFailure(session)) return session;
    const url = urlOf(session, c);
    return 'code' in url ? url : null;
  },
  apply(state, c) {
    const session = state.sessions.get(c.sessionId as string)!;
    const { url, title } = urlOf(session, c) as { url: string; title: string };
    const messageId = addMessage(state, session.contact, session.id, { from: 'agent', agentId: c.agentId as string, kind: 'url', text: title, url, internal: false });
    return { ok: true, sessionId: session.id, messageId };
  },
};
