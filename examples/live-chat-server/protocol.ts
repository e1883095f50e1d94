/**
 * The wire protocol: JSON frames over one WebSocket per page. Client frames are validated here, before
 * any handler sees them; server frames are typed so each handler builds them the same way.
 *
 * Rules: a frame is one JSON object of at most `FRAME_BYTES_MAX` bytes with a known `type` and only
 * that type's fields. Frames never name their sender: `agentId` (except in `agent.login`),
 * `contactId` and `customerId` are bound to the connection by the server, and customer frames never
 * name a `sessionId`. A frame that breaks a rule gets an error frame and reaches no handler.
 */
import { z } from 'zod';

/** Largest frame the protocol accepts (bytes); larger ones get a `too_large` error. */
export const FRAME_BYTES_MAX = 16 * 1024;
/** Largest chat text a page may send (characters). */
export const TEXT_LENGTH_MAX = 2000;

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:@-]{0,63}$/, { error: 'must be an id' });
const text = z.string().min(1, { error: 'must not be empty' }).max(TEXT_LENGTH_MAX, { error: `must be at most ${TEXT_LENGTH_MAX} characters` });
const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).max(2048);
const ref = z.number().int().min(0).max(2 ** 31).optional();

/** A client frame schema: its `type`, an optional `ref` echoed in the reply, and its own fields only. */
const frame = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.strictObject({ type: z.literal(type), ref, ...shape });

/** Frames any connection may send. */
const commonFrames = [frame('resume', { token: z.string().max(100) }), frame('wallboard.watch', {})] as const;

/** Frames of the customer's chat widget. */
const customerFrames = [
  frame('chat.start', {
    queueId: id,
    email: z.string().max(254),
    name: z.string().max(100).optional(),
    text: text.optional(),
    pageUrl: webUrl.optional(),
  }),
  frame('chat.send', { text }),
  frame('chat.typing', { text: z.string().max(TEXT_LENGTH_MAX, { error: `must be at most ${TEXT_LENGTH_MAX} characters` }) }),
  frame('chat.page', { pageUrl: webUrl }),
  frame('chat.leaveMessage', { text: text.optional() }),
  frame('chat.end', {}),
  frame('chat.rate', { score: z.number().int().min(1).max(5) }),
] as const;

/** Frames of the agent console. */
const agentFrames = [
  frame('agent.login', { agentId: id, passcode: z.string().max(200) }),
  frame('agent.logout', {}),
  frame('agent.presence', { presence: z.enum(['available', 'break', 'offline']) }),
  frame('agent.phone', { busy: z.boolean() }),
  frame('offer.accept', { offerId: id }),
  frame('offer.reject', { offerId: id }),
  frame('session.send', { sessionId: id, text }),
  frame('session.canned', { sessionId: id, cannedId: id }),
  frame('session.pushUrl', { sessionId: id, urlId: id.optional(), url: webUrl.optional() }),
  frame('session.consult', { sessionId: id, toAgentId: id, text }),
  frame('session.transfer', { sessionId: id, toAgentId: id.optional(), toQueueId: id.optional(), mode: z.enum(['warm', 'cold']) }),
  frame('session.invite', { sessionId: id, inviteeId: id }),
  frame('session.leave', { sessionId: id }),
  frame('session.close', { sessionId: id }),
] as const;

const ClientFrameSchema = z.discriminatedUnion('type', [...commonFrames, ...customerFrames, ...agentFrames]);
const FRAME_TYPES: ReadonlySet<unknown> = new Set(ClientFrameSchema.options.map((option) => option.shape.type.value));

/** Every frame a page may send. */
export type ClientFrame = z.output<typeof ClientFrameSchema>;
/** The frames of the customer widget. */
export type CustomerFrame = Extract<ClientFrame, { type: `chat.${string}` }>;
/** The frames of the agent console. */
export type AgentFrame = Exclude<ClientFrame, CustomerFrame | { type: 'resume' | 'wallboard.watch' }>;

/** Whether a frame belongs to the customer widget. */
export const isCustomerFrame = (f: ClientFrame): f is CustomerFrame => f.type.startsWith('chat.');

/** Why a frame was refused, in the error frame's `code`. */
export type ProtocolErrorCode = 'bad_json' | 'bad_frame' | 'too_large' | 'forbidden';

/** The outcome of reading one WebSocket message. */
export type ParsedFrame =
  | { readonly ok: true; readonly frame: ClientFrame }
  | { readonly ok: false; readonly ref: number | undefined; readonly code: ProtocolErrorCode; readonly message: string };

/**
 * Reads and validates one WebSocket message.
 * @example parseClientFrame('{"type":"chat.send","text":"hi"}'); // { ok: true, frame: { type: 'chat.send', text: 'hi' } }
 */
export function parseClientFrame(data: Buffer | string, isBinary = false): ParsedFrame {
  const refused = (code: ProtocolErrorCode, message: string, ref?: number): ParsedFrame => ({ ok: false, ref, code, message });
  if (isBinary) return refused('bad_frame', 'frames are JSON text, not binary');
  if (Buffer.byteLength(data) > FRAME_BYTES_MAX) return refused('too_large', `a frame is at most ${FRAME_BYTES_MAX} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(data.toString());
  } catch {
    return refused('bad_json', 'a frame must be one JSON object');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return refused('bad_json', 'a frame must be one JSON object');
  const raw = value as Record<string, unknown>;
  const rawRef = typeof raw.ref === 'number' && Number.isInteger(raw.ref) ? raw.ref : undefined;
  if (!FRAME_TYPES.has(raw.type)) return refused('bad_frame', `unknown frame type ${JSON.stringify(raw.type) ?? 'undefined'}`, rawRef);
  const forged = boundField(raw);
  if (forged !== null) return refused('forbidden', `${forged} is bound to your connection; frames never name it`, rawRef);
  const parsed = ClientFrameSchema.safeParse(raw);
  if (parsed.success) return { ok: true, frame: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length > 0 ? `${issue.path.join('.')} ` : '';
  const code = issue.code === 'too_big' && issue.origin === 'string' ? 'too_large' : 'bad_frame';
  return refused(code, `${raw.type as string}: ${where}${issue.message}`, rawRef);
}

/** The sender-identity field a frame must not carry, if it carries one. */
function boundField(raw: Record<string, unknown>): string | null {
  if ('contactId' in raw) return 'contactId';
  if ('customerId' in raw) return 'customerId';
  if ('agentId' in raw && raw.type !== 'agent.login') return 'agentId';
  if ('sessionId' in raw && (raw.type as string).startsWith('chat.')) return 'sessionId';
  return null;
}

/** A message as a page shows it. */
export interface MessageFrameBody {
  readonly messageId: string;
  readonly at: number;
  readonly from: 'customer' | 'agent' | 'system';
  /** The agent's display name for agent messages, else null. */
  readonly name: string | null;
  readonly kind: string;
  readonly text: string;
  readonly url: string | null;
}

/** The fields of a logged message (a `session.message` event or a transcript entry) a page shows. */
export interface LoggedMessage {
  readonly messageId: string;
  readonly at: number;
  readonly from: 'customer' | 'agent' | 'system';
  readonly agentId: string | null;
  readonly kind: string;
  readonly text: string;
  readonly url: string | null;
}

/** A logged message as a page shows it, with the agent's display name instead of an id. */
export function messageBody(m: LoggedMessage, nameOf: (agentId: string) => string): MessageFrameBody {
  const name = m.agentId === null ? null : nameOf(m.agentId);
  return { messageId: m.messageId, at: m.at, from: m.from, name, kind: m.kind, text: m.text, url: m.url };
}

/** Every frame the server sends. `ref` echoes the client frame answered. */
export type ServerFrame =
  | { type: 'hello'; queues: { id: string; name: string; open: boolean; closedMessage: string }[]; ratings: unknown }
  | { type: 'ack'; ref?: number }
  | { type: 'error'; ref?: number; code: string; message: string }
  // Customer widget
  | { type: 'chat.started'; token: string; queueId: string }
  | { type: 'chat.waiting'; position: number; estimatedWaitMs: number | null }
  | { type: 'chat.agent'; name: string; change: 'joined' | 'left' }
  | ({ type: 'chat.message' } & MessageFrameBody)
  | { type: 'chat.closed'; by: string; rateable: boolean }
  | { type: 'chat.rated'; score: number }
  | { type: 'chat.ticket'; reason: string }
  | { type: 'chat.rejected'; message: string }
  | { type: 'chat.resumed'; status: string; rateable: boolean; messages: MessageFrameBody[] }
  // Agent console
  | { type: 'agent.ready'; token: string; agent: { id: string; name: string }; queues: unknown[] }
  | { type: 'agent.state'; presence: string; phoneBusy: boolean }
  | { type: 'agent.colleagues'; agents: { id: string; name: string; presence: string }[] }
  | { type: 'offer'; offerId: string; sessionId: string | null; queueId: string; transfer: boolean; expiresInMs: number; customer: unknown }
  | { type: 'offer.ended'; offerId: string; outcome: string }
  | { type: 'session.open'; sessionId: string; contactId: string; queueId: string; role: string; customer: unknown; context: unknown; previousContacts: number; messages: unknown[] }
  | { type: 'session.message'; sessionId: string; agentId: string | null; toAgentId: string | null; internal: boolean; body: MessageFrameBody }
  | { type: 'session.typing'; sessionId: string; text: string }
  | { type: 'session.context'; sessionId: string; pageUrl: string | null }
  | { type: 'session.members'; sessionId: string; agentIds: string[] }
  | { type: 'session.closed'; sessionId: string; by: string }
  | { type: 'session.gone'; sessionId: string }
  // Supervisor wallboard
  | { type: 'wallboard'; atMs: number; queues: unknown[]; agents: unknown[] };
