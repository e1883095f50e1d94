/**
 * Handlers for agent actions in a chat session: text, canned answers, pushed URLs, consult, invite,
 * leave, close; and the customer's rating.
 */
import { describeValue } from '../../domain/errors.js';
import { isRatingScore } from '../../domain/rating.js';
import type { EngineState } from '../engine-state.js';
import { addMessage } from '../messages.js';
import type { SessionRecord } from '../records.js';
import { closeSession, rateSession } from '../session-close.js';
import { inviteAgent, isParticipant, leaveSession, ownerOf } from '../sessions.js';
import { canTake, whyCannotTake } from '../../routing/routed-agent.js';
import { checkDuration, checkId, checkKnownFields, fail, fieldsOf } from './checks.js';
import { checkText } from './contact-input.js';
import type { CommandHandler } from './handler.js';
import { findSession, isFailure, openSessionOf } from './session-lookups.js';

const FIELDS_SESSIONID_AGENTID = fieldsOf('sessionId', 'agentId');
const FIELDS_SESSIONID_AGENTID_INVITEEID = fieldsOf('sessionId', 'agentId', 'inviteeId');
const FIELDS_SESSIONID_AGENTID_TEXT = fieldsOf('sessionId', 'agentId', 'text');
const FIELDS_SESSIONID_AGENTID_TOAGENTID_TEXT = fieldsOf('sessionId', 'agentId', 'toAgentId', 'text');
const FIELDS_SESSIONID_BY_AGENTID_WRAPUPMS = fieldsOf('sessionId', 'by', 'agentId', 'wrapUpMs');
const FIELDS_SESSIONID_SCORE = fieldsOf('sessionId', 'score');

/** A handler whose validation needs the open session with the acting agent, plus more checks. */
function agentAction(fields: ReadonlySet<string>, check: (state: EngineState, session: SessionRecord, c: Record<string, unknown>) => ReturnType<CommandHandler['validate']>, act: (state: EngineState, session: SessionRecord, c: Record<string, unknown>) => ReturnType<CommandHandler['apply']>): CommandHandler {
  return {
    validate(state, c) {
      const error = checkKnownFields(c, fields);
      if (error !== null) return error;
      const session = openSessionOf(state, c);
      return isFailure(session) ? session : check(state, session, c);
    },
    apply: (state, c) => act(state, state.sessions.get(c.sessionId as string)!, c),
  };
}

/** `session.sendMessage`: an agent writes to the customer. */
export const sessionSendMessage = agentAction(
  FIELDS_SESSIONID_AGENTID_TEXT,
  (_state, _session, c) => checkText('session.sendMessage', 'text', c.text),
  (state, session, c) => {
    const text = c.text as string;
    const messageId = addMessage(state, session.contact, session.id, { from: 'agent', agentId: c.agentId as string, kind: 'text', text, url: null, internal: false });
    return { ok: true, sessionId: session.id, messageId };
  },
);

/** `session.consult`: an agent writes privately to another agent (marked internal). */
export const sessionConsult = agentAction(
  FIELDS_SESSIONID_AGENTID_TOAGENTID_TEXT,
  (state, _session, c) => {
    const error = checkId(c, 'toAgentId', c.toAgentId) ?? checkText('session.consult', 'text', c.text);
    if (error !== null) return error;
    if (!state.agents.has(c.toAgentId as string)) return fail('session.consult', 'unknown_agent', `toAgentId "${c.toAgentId}" is not an agent`);
    return c.toAgentId === c.agentId ? fail('session.consult', 'invalid_command', 'toAgentId must be another agent') : null;
  },
  (state, session, c) => {
    const messageId = addMessage(state, session.contact, session.id, {
      from: 'agent',
      agentId: c.agentId as string,
      toAgentId: c.toAgentId as string,
      kind: 'text',
      text: c.text as string,
      url: null,
      internal: true,
    });
    return { ok: true, sessionId: session.id, messageId };
  },
);

/** `session.invite`: a colleague joins at once; capacity is counted for both. */
export const sessionInvite = agentAction(
  FIELDS_SESSIONID_AGENTID_INVITEEID,
  (state, session, c) => {
    const error = checkId(c, 'inviteeId', c.inviteeId);
    if (error !== null) return error;
    const invitee = state.agents.get(c.inviteeId as string);
    if (invitee === undefined) return fail('session.invite', 'unknown_agent', `inviteeId "${c.inviteeId}" is not an agent`);
    if (isParticipant(session, invitee.id)) return fail('session.invite', 'invalid_command', `agent "${invitee.id}" is already in the session`);
    if (!canTake(invitee, session.contact.channelIndex, state.phoneBlocks)) {
      const why = whyCannotTake(invitee, session.contact.channelIndex, state.phoneBlocks);
      return fail('session.invite', 'agent_unavailable', `agent "${invitee.id}" ${why}`);
    }
    return null;
  },
  (state, session, c) => {
    inviteAgent(state, session, state.agents.get(c.inviteeId as string)!);
    return { ok: true, sessionId: session.id };
  },
);

/** `session.leave`: an invited colleague leaves (the owner transfers or closes instead). */
export const sessionLeave = agentAction(
  FIELDS_SESSIONID_AGENTID,
  (_state, session, c) =>
    session.invited.some((a) => a.id === c.agentId)
      ? null
      : fail('session.leave', 'invalid_command', `agent "${c.agentId}" owns session "${session.id}": transfer or close it instead`),
  (state, session, c) => {
    leaveSession(state, session, state.agents.get(c.agentId as string)!);
    return { ok: true, sessionId: session.id };
  },
);

/** `session.close`: the agent or the customer ends the chat. */
export const sessionClose: CommandHandler = {
  validate(state, c) {
    const error = checkKnownFields(c, FIELDS_SESSIONID_BY_AGENTID_WRAPUPMS) ?? checkDuration(c, 'wrapUpMs', c.wrapUpMs, true);
    if (error !== null) return error;
    if (c.by !== 'agent' && c.by !== 'customer') return fail('session.close', 'invalid_command', `by must be "agent" or "customer" (got ${describeValue(c.by)})`);
    if (c.by === 'agent') {
      const session = openSessionOf(state, c);
      if (isFailure(session)) return session;
      return ownerOf(session.contact)?.id === c.agentId
        ? null
        : fail('session.close', 'not_owner', `agent "${c.agentId}" was invited to session "${session.id}"; only its owner closes it`);
    }
    if (c.agentId !== undefined) return fail('session.close', 'invalid_command', 'agentId is only for by: "agent"');
    const session = findSession(state, c);
    if (isFailure(session)) return session;
    return session.status === 'open' ? null : fail('session.close', 'session_closed', `session "${session.id}" is closed`);
  },
  apply(state, c) {
    const session = state.sessions.get(c.sessionId as string)!;
    const wrapUpMs = (c.wrapUpMs as number | undefined) ?? null;
    closeSession(state, session, c.by as 'agent' | 'customer', (c.agentId as string | undefined) ?? null, wrapUpMs);
    return { ok: true, sessionId: session.id, contactId: session.contact.id };
  },
};

/** `session.rate`: the customer rates a closed chat, 1-5, once, within the rating window. */
export const sessionRate: CommandHandler = {
  validate(state, c) {
    const error = checkKnownFields(c, FIELDS_SESSIONID_SCORE);
    if (error !== null) return error;
    if (!isRatingScore(c.score)) {
      return fail('session.rate', 'invalid_command', `score must be an integer from 1 to 5 (got ${describeValue(c.score)})`);
    }
    const sessionId = c.sessionId as string;
    const ended = state.endedSession(sessionId);
    if (ended === 'rated') return fail('session.rate', 'already_rated', `session "${sessionId}" is already rated`);
    if (ended !== undefined) return fail('session.rate', 'rating_window_closed', `the rating window of session "${sessionId}" is over`);
    const session = findSession(state, c);
    if (isFailure(session)) return session;
    return session.status === 'open' ? fail('session.rate', 'invalid_command', `session "${session.id}" is still open`) : null;
  },
  apply(state, c) {
    const session = state.sessions.get(c.sessionId as string)!;
    rateSession(state, session, c.score as 1 | 2 | 3 | 4 | 5);
    return { ok: true, sessionId: session.id };
  },
};
