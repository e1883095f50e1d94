/**
 * Finding the session a command names, with the errors the issue asks for: unknown id, closed session,
 * or an agent who is not in it.
 */
import type { CommandError } from '../../domain/command-error.js';
import type { EngineState } from '../engine-state.js';
import type { SessionRecord } from '../records.js';
import { isParticipant } from '../sessions.js';
import { checkId, fail, type RawCommand } from './checks.js';

/** The session named by `sessionId`, open or closed (not yet ended). */
export function findSession(state: EngineState, c: RawCommand): SessionRecord | CommandError {
  const type = c.type as string;
  const error = checkId(c, 'sessionId', c.sessionId);
  if (error !== null) return error;
  const sessionId = c.sessionId as string;
  const session = state.sessions.get(sessionId);
  if (session !== undefined) return session;
  return state.endedSession(sessionId) !== undefined
    ? fail(type, 'session_closed', `session "${sessionId}" has ended`)
    : fail(type, 'unknown_session', `sessionId "${sessionId}" is not a session`);
}

/** The open session named by `sessionId`, where `agentId` takes part. */
export function openSessionOf(state: EngineState, c: RawCommand): SessionRecord | CommandError {
  const type = c.type as string;
  const session = findSession(state, c);
  if (isFailure(session)) return session;
  if (session.status !== 'open') return fail(type, 'session_closed', `session "${session.id}" is closed`);
  const error = checkId(c, 'agentId', c.agentId);
  if (error !== null) return error;
  if (!state.agents.has(c.agentId as string)) return fail(type, 'unknown_agent', `agentId "${c.agentId}" is not an agent`);
  if (!isParticipant(session, c.agentId as string)) {
    return fail(type, 'not_participant', `agent "${c.agentId}" is not in session "${session.id}"`);
  }
  return session;
}

/** Whether a lookup failed. */
export function isFailure(value: SessionRecord | CommandError): value is CommandError {
  return 'code' in value && !('contact' in value);
}
