/**
 * Typing previews ("sneak peek"): what the customer is typing, shown to the session's agents. Off
 * unless the queue enables it, throttled to one per `previewIntervalMs` (the last text held back is
 * sent when the interval ends), passed through an optional redaction hook, and never stored: previews
 * are not events and never reach the log or a transcript.
 */
import type { EngineState } from './engine-state.js';
import type { SessionRecord } from './records.js';
import { ownerOf } from './sessions.js';

/** A preview handed to the session's agents on `engine.previews$`. */
export interface TypingPreview {
  readonly at: number;
  readonly sessionId: string;
  readonly contactId: string;
  readonly agentIds: readonly string[];
  readonly text: string;
}

/** Rewrites (or drops, with null) preview text before any agent sees it, e.g. to mask card numbers. */
export type RedactPreview = (text: string, context: { readonly contactId: string; readonly queueId: string }) => string | null;

/** Offers a typing preview; returns whether it was sent now (false when disabled, throttled or dropped). */
export function previewTyping(state: EngineState, session: SessionRecord, text: string): boolean {
  const contact = session.contact;
  const settings = contact.queue.config.typingPreview;
  if (!settings.enabled || ownerOf(contact) === null) return false;
  const redacted = redact(state, text, contact.id, contact.queue.id);
  if (redacted === null) return false;
  const nextAtMs = session.previewAtMs === null ? -Infinity : session.previewAtMs + settings.previewIntervalMs;
  if (state.nowMs < nextAtMs) {
    if (session.previewPending === null) state.deadlines.add(nextAtMs, 'preview.flush', session, 0);
    session.previewPending = redacted;
    return false;
  }
  send(state, session, redacted);
  return true;
}

/** The throttle interval ended: sends the text held back, if any. */
export function flushPreview(state: EngineState, session: SessionRecord): void {
  const pending = session.previewPending;
  session.previewPending = null;
  if (pending !== null && session.status === 'open' && ownerOf(session.contact) !== null) send(state, session, pending);
}

/** Runs the embedder's hook; a hook that throws drops the preview (nothing unredacted leaks). */
function redact(state: EngineState, text: string, contactId: string, queueId: string): string | null {
  if (state.redactPreview === null) return text;
  try {
    const result = state.redactPreview(text, { contactId, queueId });
    return typeof result === 'string' ? result : null;
  } catch {
    return null;
  }
}

function send(state: EngineState, session: SessionRecord, text: string): void {
  session.previewAtMs = state.nowMs;
  const contact = session.contact;
  const agentIds = [ownerOf(contact)!.id, ...session.invited.map((a) => a.id)];
  state.previews.push({ at: state.nowMs, sessionId: session.id, contactId: contact.id, agentIds, text });
}
