/**
 * The catalogue of hostile commands: each row a name, a command built fresh for each run, and what
 * the engine must do with it: reject it with a code and a message naming the field, or accept it.
 *
 * Every command is copied as plain JSON before anything else (`domain/json-command.ts`): values JSON
 * cannot carry faithfully are rejected with the path where they are, and the engine validates, applies
 * and journals that one copy, so recovery from the journal reaches the same state and log.
 */
import type { ErrorCode } from '../../src/index.js';
import { deepArray, deepObject, MEGABYTE, POLLUTERS } from './hostile-values.js';

/** What must happen to a hostile command. */
export type Outcome = { readonly reject: ErrorCode; readonly field: string } | { readonly accept: true };

/** One row of the catalogue. */
export interface DispatchRow {
  readonly name: string;
  readonly command: () => unknown;
  readonly outcome: Outcome;
}

const reject = (code: ErrorCode, field: string): Outcome => ({ reject: code, field });
const ACCEPT: Outcome = { accept: true };
const create = (fields: Record<string, unknown>): Record<string, unknown> => ({ type: 'contact.create', queueId: 'sales', channel: 'chat', ...fields });
/** A `contact.create` from JSON text with one extra field (JSON.parse makes `__proto__` an own key). */
const createWith = (field: string, value: unknown): Record<string, unknown> => ({ ...create({}), ...JSON.parse(`{${JSON.stringify(field)}:${JSON.stringify(value)}}`) });

class ContactCreateCommand {
  readonly type = 'contact.create';
  readonly queueId = 'sales';
  readonly channel = 'chat';
  readonly contactId = 'from-a-class';
}

/** Commands that are not objects, or not plain ones. */
const NOT_OBJECTS: DispatchRow[] = [
  { name: 'null', command: () => null, outcome: reject('invalid_command', 'command') },
  { name: 'undefined', command: () => undefined, outcome: reject('invalid_command', 'command') },
  { name: 'a number', command: () => 42, outcome: reject('invalid_command', 'command') },
  { name: 'NaN', command: () => NaN, outcome: reject('invalid_command', 'command') },
  { name: 'a string', command: () => 'contact.create', outcome: reject('invalid_command', 'command') },
  { name: 'a boolean', command: () => true, outcome: reject('invalid_command', 'command') },
  { name: 'a symbol', command: () => Symbol('contact.create'), outcome: reject('invalid_command', 'command') },
  { name: 'a function', command: () => () => create({}), outcome: reject('invalid_command', 'command') },
  { name: 'a BigInt', command: () => 10n, outcome: reject('invalid_command', 'command') },
  { name: 'an array of a valid command', command: () => [create({})], outcome: reject('invalid_command', 'command') },
  { name: 'a Map of a valid command', command: () => new Map(Object.entries(create({}))), outcome: reject('invalid_command', 'command') },
  { name: 'a Date', command: () => new Date(0), outcome: reject('invalid_command', 'command') },
  { name: 'a valid command inherited through the prototype chain', command: () => Object.create(create({})) as unknown, outcome: reject('invalid_command', 'command') },
  {
    name: 'a class instance holding a valid command',
    command: () => new ContactCreateCommand(),
    outcome: reject('invalid_command', 'command'),
  },
  {
    name: 'a command whose toJSON returns another, valid command',
    command: () => create({ toJSON: () => create({ contactId: 'ghost' }) }),
    outcome: reject('invalid_command', 'toJSON'),
  },
];

/** The `type` and `commandId` fields. */
const ENVELOPE: DispatchRow[] = [
  { name: 'no type', command: () => ({ queueId: 'sales' }), outcome: reject('unknown_command', 'is not a command') },
  { name: 'a numeric type', command: () => ({ type: 5 }), outcome: reject('unknown_command', '5') },
  { name: 'an unknown type', command: () => ({ type: 'contact.explode' }), outcome: reject('unknown_command', 'contact.explode') },
  { name: 'type "__proto__"', command: () => JSON.parse('{"type":"__proto__"}') as unknown, outcome: reject('unknown_command', '__proto__') },
  { name: 'type "constructor"', command: () => ({ type: 'constructor' }), outcome: reject('unknown_command', 'constructor') },
  { name: 'type "toString"', command: () => ({ type: 'toString' }), outcome: reject('unknown_command', 'toString') },
  { name: 'type "hasOwnProperty"', command: () => ({ type: 'hasOwnProperty' }), outcome: reject('unknown_command', 'hasOwnProperty') },
  { name: 'a symbol type', command: () => ({ type: Symbol('contact.create') }), outcome: reject('invalid_command', 'command.type must be JSON') },
  { name: 'a 1 MB type', command: () => ({ type: MEGABYTE }), outcome: reject('unknown_command', 'is not a command') },
  { name: 'a numeric commandId', command: () => create({ commandId: 7 }), outcome: reject('invalid_command', 'commandId') },
  { name: 'an empty commandId', command: () => create({ commandId: '' }), outcome: reject('invalid_command', 'commandId') },
  { name: 'a 1 MB commandId', command: () => create({ commandId: MEGABYTE }), outcome: reject('invalid_command', 'commandId') },
  { name: 'an object commandId', command: () => create({ commandId: { id: 'x' } }), outcome: reject('invalid_command', 'commandId') },
  { name: 'commandId "__proto__"', command: () => create({ commandId: '__proto__' }), outcome: ACCEPT },
  { name: 'an own "__proto__" field', command: () => createWith('__proto__', { polluted: 'yes' }), outcome: reject('invalid_command', '__proto__') },
  { name: 'an own "constructor" field', command: () => createWith('constructor', { prototype: { polluted: 'yes' } }), outcome: reject('invalid_command', 'constructor') },
  { name: 'an unknown field', command: () => create({ queueID: 'sales' }), outcome: reject('invalid_command', 'queueID') },
  { name: 'a symbol-keyed field (invisible to JSON, ignored)', command: () => ({ ...create({}), [Symbol('x')]: 1 }), outcome: ACCEPT },
];

/** Ids and references. */
const IDS: DispatchRow[] = [
  { name: 'a numeric queueId', command: () => create({ queueId: 5 }), outcome: reject('invalid_command', 'queueId') },
  { name: 'a null queueId', command: () => create({ queueId: null }), outcome: reject('invalid_command', 'queueId') },
  { name: 'an array queueId', command: () => create({ queueId: ['sales'] }), outcome: reject('invalid_command', 'queueId') },
  { name: 'an object queueId', command: () => create({ queueId: { id: 'sales' } }), outcome: reject('invalid_command', 'queueId') },
  { name: 'a symbol queueId', command: () => create({ queueId: Symbol('sales') }), outcome: reject('invalid_command', 'queueId') },
  { name: 'a function queueId', command: () => create({ queueId: () => 'sales' }), outcome: reject('invalid_command', 'queueId') },
  { name: 'an unknown queueId', command: () => create({ queueId: 'nowhere' }), outcome: reject('unknown_queue', 'queueId') },
  { name: 'queueId "__proto__"', command: () => create({ queueId: '__proto__' }), outcome: reject('invalid_command', 'queueId') },
  { name: 'queueId "constructor"', command: () => create({ queueId: 'constructor' }), outcome: reject('invalid_command', 'queueId') },
  { name: 'queueId "prototype"', command: () => create({ queueId: 'prototype' }), outcome: reject('unknown_queue', 'queueId') },
  { name: 'a 1 MB queueId', command: () => create({ queueId: MEGABYTE }), outcome: reject('invalid_command', 'queueId') },
  { name: 'an unknown channel', command: () => create({ channel: 'fax' }), outcome: reject('invalid_command', 'channel') },
  { name: 'channel "__proto__"', command: () => create({ channel: '__proto__' }), outcome: reject('invalid_command', 'channel') },
  { name: 'a channel the queue does not serve', command: () => create({ channel: 'email' }), outcome: reject('queue_not_serving_channel', 'email') },
  { name: 'a duplicate contactId', command: () => create({ contactId: 'keeper' }), outcome: reject('duplicate_id', 'contactId') },
  { name: 'contactId "__proto__"', command: () => create({ contactId: '__proto__' }), outcome: reject('invalid_command', 'contactId') },
  { name: 'contactId "constructor"', command: () => create({ contactId: 'constructor' }), outcome: reject('invalid_command', 'contactId') },
  { name: 'a 1 MB contactId', command: () => create({ contactId: MEGABYTE }), outcome: reject('invalid_command', 'contactId') },
  { name: 'an unknown targetAgentId', command: () => create({ targetAgentId: 'nobody' }), outcome: reject('unknown_agent', 'targetAgentId') },
  { name: 'targetAgentId "__proto__"', command: () => create({ targetAgentId: '__proto__' }), outcome: reject('invalid_command', 'targetAgentId') },
  { name: 'an unknown offer', command: () => ({ type: 'offer.accept', offerId: 'o-999' }), outcome: reject('unknown_offer', 'offerId') },
  { name: 'offerId NaN', command: () => ({ type: 'offer.accept', offerId: NaN }), outcome: reject('invalid_command', 'offerId') },
  { name: 'offerId "__proto__"', command: () => ({ type: 'offer.reject', offerId: '__proto__' }), outcome: reject('invalid_command', 'offerId') },
  { name: 'an unknown agent', command: () => ({ type: 'agent.setStatus', agentId: 'nobody', status: 'available' }), outcome: reject('unknown_agent', 'agentId') },
  { name: 'agentId "constructor"', command: () => ({ type: 'agent.setStatus', agentId: 'constructor', status: 'available' }), outcome: reject('invalid_command', 'agentId') },
  { name: 'an unsettable status', command: () => ({ type: 'agent.setStatus', agentId: 'ann', status: 'not_responding' }), outcome: reject('invalid_command', 'status') },
  { name: 'status "__proto__"', command: () => ({ type: 'agent.setStatus', agentId: 'ann', status: '__proto__' }), outcome: reject('invalid_command', 'status') },
  { name: 'a string busy flag', command: () => ({ type: 'agent.setPhoneBusy', agentId: 'ann', busy: 'yes' }), outcome: reject('invalid_command', 'busy') },
  { name: 'an unknown contact to complete', command: () => ({ type: 'contact.complete', contactId: 'c-404' }), outcome: reject('unknown_contact', 'contactId') },
  { name: 'completing a contact nobody holds', command: () => ({ type: 'contact.complete', contactId: 'keeper' }), outcome: reject('contact_not_active', 'keeper') },
  { name: 'an unknown session', command: () => ({ type: 'session.sendMessage', sessionId: 's-404', agentId: 'ann', text: 'hi' }), outcome: reject('unknown_session', 'sessionId') },
  { name: 'removing a queue with a waiting contact', command: () => ({ type: 'queue.remove', queueId: 'sales' }), outcome: reject('queue_has_contacts', 'sales') },
  { name: 'dropping the channel a contact waits on', command: () => ({ type: 'queue.update', queue: { id: 'sales', channels: ['voice'] } }), outcome: reject('queue_has_contacts', 'chat') },
  { name: 'a cold transfer of a contact nobody holds', command: () => ({ type: 'contact.transfer', contactId: 'keeper', agentId: 'ann', toQueueId: 'sales', mode: 'cold' }), outcome: reject('contact_not_active', 'keeper') },
  { name: 'an unknown transfer mode', command: () => ({ type: 'contact.transfer', contactId: 'keeper', agentId: 'ann', mode: 'hot' }), outcome: reject('invalid_command', 'mode') },
];

/** Numbers: NaN, infinities, fractions, out of range, wrong types. */
const NUMBERS: DispatchRow[] = [
  { name: 'priority NaN', command: () => create({ priority: NaN }), outcome: reject('invalid_command', 'priority') },
  { name: 'priority Infinity', command: () => create({ priority: Infinity }), outcome: reject('invalid_command', 'priority') },
  { name: 'priority -Infinity', command: () => create({ priority: -Infinity }), outcome: reject('invalid_command', 'priority') },
  { name: 'priority 1.5', command: () => create({ priority: 1.5 }), outcome: reject('invalid_command', 'priority') },
  { name: 'priority "1"', command: () => create({ priority: '1' }), outcome: reject('invalid_command', 'priority') },
  { name: 'priority 1e300', command: () => create({ priority: 1e300 }), outcome: reject('invalid_command', 'priority') },
  { name: 'priority 2^53 + 2', command: () => create({ priority: 2 ** 53 + 2 }), outcome: reject('invalid_command', 'priority') },
  { name: 'priority as a BigInt', command: () => create({ priority: 10n }), outcome: reject('invalid_command', 'priority') },
  { name: 'priority -0 (accepted as 0)', command: () => create({ priority: -0 }), outcome: ACCEPT },
  { name: 'skill level NaN', command: () => create({ skills: { en: NaN } }), outcome: reject('invalid_command', 'skills') },
  { name: 'skill level Infinity', command: () => create({ skills: { en: Infinity } }), outcome: reject('invalid_command', 'skills') },
  { name: 'skill level 11', command: () => create({ skills: { en: 11 } }), outcome: reject('invalid_command', 'skills') },
  { name: 'skill level 0', command: () => create({ skills: { en: 0 } }), outcome: reject('invalid_command', 'skills') },
  { name: 'skill level "3"', command: () => create({ skills: { en: '3' } }), outcome: reject('invalid_command', 'skills') },
  { name: 'callback at NaN', command: () => ({ type: 'callback.request', queueId: 'calls', phone: '+441234567', at: NaN }), outcome: reject('invalid_command', 'at') },
  { name: 'callback at Infinity', command: () => ({ type: 'callback.request', queueId: 'calls', phone: '+441234567', at: Infinity }), outcome: reject('invalid_command', 'at') },
  { name: 'callback at a negative time', command: () => ({ type: 'callback.request', queueId: 'calls', phone: '+441234567', at: -5_000 }), outcome: reject('invalid_command', 'at') },
  { name: 'callback at a date string', command: () => ({ type: 'callback.request', queueId: 'calls', phone: '+441234567', at: '2030-01-01' }), outcome: reject('invalid_command', 'at') },
  { name: 'a 1 MB phone number', command: () => ({ type: 'callback.request', queueId: 'calls', phone: MEGABYTE, at: 5_000 }), outcome: reject('invalid_command', 'phone') },
  { name: 'a negative capacity', command: () => ({ type: 'agent.setCapacity', agentId: 'ann', capacity: { chat: -1 } }), outcome: reject('invalid_command', 'capacity.chat') },
  { name: 'capacity NaN', command: () => ({ type: 'agent.setCapacity', agentId: 'ann', capacity: { chat: NaN } }), outcome: reject('invalid_command', 'capacity.chat') },
  { name: 'capacity Infinity', command: () => ({ type: 'agent.setCapacity', agentId: 'ann', capacity: { chat: Infinity } }), outcome: reject('invalid_command', 'capacity.chat') },
  { name: 'capacityTotalMax -1', command: () => ({ type: 'agent.setCapacity', agentId: 'ann', capacity: {}, capacityTotalMax: -1 }), outcome: reject('invalid_command', 'capacityTotalMax') },
  { name: 'capacity as an array', command: () => ({ type: 'agent.setCapacity', agentId: 'ann', capacity: [1, 2] }), outcome: reject('invalid_command', 'capacity') },
  { name: 'rating NaN', command: () => ({ type: 'session.rate', sessionId: 's-1', score: NaN }), outcome: reject('invalid_command', 'score') },
  { name: 'rating 6', command: () => ({ type: 'session.rate', sessionId: 's-1', score: 6 }), outcome: reject('invalid_command', 'score') },
];

/** Durations in run-time configuration. */
const DURATIONS: DispatchRow[] = [
  { name: 'a negative offer timeout', command: () => ({ type: 'queue.add', queue: { id: 'q2', channels: ['chat'], offerTimeoutMs: -5 } }), outcome: reject('invalid_command', 'queue.offerTimeoutMs') },
  { name: 'a zero offer timeout', command: () => ({ type: 'queue.add', queue: { id: 'q2', channels: ['chat'], offerTimeoutMs: 0 } }), outcome: reject('invalid_command', 'queue.offerTimeoutMs') },
  { name: 'an offer timeout of NaN', command: () => ({ type: 'queue.add', queue: { id: 'q2', channels: ['chat'], offerTimeoutMs: NaN } }), outcome: reject('invalid_command', 'queue.offerTimeoutMs') },
  { name: 'an infinite wrap-up', command: () => ({ type: 'queue.add', queue: { id: 'q2', channels: ['chat'], wrapUpMs: Infinity } }), outcome: reject('invalid_command', 'queue.wrapUpMs') },
  { name: 'a negative wrap-up', command: () => ({ type: 'queue.add', queue: { id: 'q2', channels: ['chat'], wrapUpMs: -1 } }), outcome: reject('invalid_command', 'queue.wrapUpMs') },
  { name: 'a negative waitMsMax', command: () => ({ type: 'queue.add', queue: { id: 'q2', channels: ['chat'], waitMsMax: -1 } }), outcome: reject('invalid_command', 'queue.waitMsMax') },
  { name: 'a negative rating window', command: () => ({ type: 'queue.add', queue: { id: 'q2', channels: ['chat'], ratingWindowMs: -1 } }), outcome: reject('invalid_command', 'queue.ratingWindowMs') },
  { name: 'a negative membership wrap-up', command: () => ({ type: 'agent.setMemberships', agentId: 'ann', memberships: [{ queueId: 'sales', wrapUpMs: -1 }] }), outcome: reject('invalid_command', 'wrapUpMs') },
  { name: 'a relaxation step at -1 ms', command: () => ({ type: 'queue.add', queue: { id: 'q2', channels: ['chat'], relaxation: [{ afterMs: -1, skills: {} }] } }), outcome: reject('invalid_command', 'afterMs') },
];

/** Prototype-polluting keys in every free-form or keyed field. */
const POLLUTION: DispatchRow[] = [
  ...Object.entries(POLLUTERS).map(([key, value]) => ({ name: `attributes with ${key}`, command: () => create({ attributes: value() }), outcome: reject('invalid_command', 'attributes') })),
  { name: 'skills with __proto__', command: () => create({ skills: JSON.parse('{"__proto__":3}') }), outcome: reject('invalid_command', 'skills') },
  { name: 'skills with constructor', command: () => create({ skills: JSON.parse('{"constructor":3}') }), outcome: reject('invalid_command', 'skills') },
  { name: 'skills with prototype (not a declared skill)', command: () => create({ skills: JSON.parse('{"prototype":3}') }), outcome: reject('unknown_skill', 'prototype') },
  { name: 'skills with a polluting object value', command: () => create({ skills: POLLUTERS.__proto__() }), outcome: reject('invalid_command', 'skills') },
  { name: 'customer with __proto__', command: () => create({ customer: POLLUTERS.__proto__() }), outcome: reject('invalid_command', 'customer.__proto__') },
  { name: 'customer with constructor', command: () => create({ customer: POLLUTERS.constructor() }), outcome: reject('invalid_command', 'customer.constructor') },
  { name: 'customer with prototype', command: () => create({ customer: POLLUTERS.prototype() }), outcome: reject('invalid_command', 'customer.prototype') },
  { name: 'customer id "__proto__"', command: () => create({ customer: { id: '__proto__' } }), outcome: reject('invalid_command', 'customer.id') },
  { name: 'context cart with __proto__', command: () => ({ type: 'customer.setContext', contactId: 'keeper', cart: POLLUTERS.__proto__() }), outcome: reject('invalid_command', 'cart') },
  { name: 'context profile with constructor', command: () => ({ type: 'customer.setContext', contactId: 'keeper', profile: POLLUTERS.constructor() }), outcome: reject('invalid_command', 'profile') },
  { name: 'context profile with prototype', command: () => ({ type: 'customer.setContext', contactId: 'keeper', profile: POLLUTERS.prototype() }), outcome: reject('invalid_command', 'profile') },
  { name: 'context cart with a nested __proto__', command: () => ({ type: 'customer.setContext', contactId: 'keeper', cart: POLLUTERS.nested() }), outcome: reject('invalid_command', 'cart') },
  { name: 'canned values with __proto__', command: () => ({ type: 'session.sendCanned', sessionId: 's-1', agentId: 'ann', cannedId: 'hi', values: JSON.parse('{"__proto__":"x"}') }), outcome: reject('unknown_session', 'sessionId') },
  { name: 'capacity with __proto__', command: () => ({ type: 'agent.setCapacity', agentId: 'ann', capacity: JSON.parse('{"__proto__":{"chat":5}}') }), outcome: reject('invalid_command', '__proto__') },
  { name: 'a membership with __proto__', command: () => ({ type: 'agent.setMemberships', agentId: 'ann', memberships: [JSON.parse('{"queueId":"sales","__proto__":{"polluted":"yes"}}')] }), outcome: reject('invalid_command', '__proto__') },
  // Handled, not rejected: the schema drops the __proto__ key (createEngine's reference check rejects the same input).
  { name: 'an added agent with polluting skills', command: () => ({ type: 'agent.add', agent: { id: 'zed', skills: POLLUTERS.__proto__() } }), outcome: reject('unknown_skill', '__proto__') },
  { name: 'an added agent id "__proto__"', command: () => ({ type: 'agent.add', agent: { id: '__proto__' } }), outcome: reject('invalid_command', 'agent.id') },
  { name: 'an added queue id "constructor"', command: () => ({ type: 'queue.add', queue: { id: 'constructor', channels: ['chat'] } }), outcome: reject('invalid_command', 'queue.id') },
  { name: 'an added queue with an own __proto__ key', command: () => ({ type: 'queue.add', queue: JSON.parse('{"id":"q2","channels":["chat"],"__proto__":{"polluted":"yes"}}') }), outcome: reject('invalid_command', 'queue.__proto__') },
  { name: 'an added queue id "prototype" (a legal id)', command: () => ({ type: 'queue.add', queue: { id: 'prototype', channels: ['chat'] } }), outcome: ACCEPT },
];

/** Shapes: wrong containers, huge and deep values, symbols and functions inside values. */
const SHAPES: DispatchRow[] = [
  { name: 'attributes as an array', command: () => create({ attributes: [1, 2] }), outcome: reject('invalid_command', 'attributes') },
  { name: 'attributes as a string', command: () => create({ attributes: 'plan=gold' }), outcome: reject('invalid_command', 'attributes') },
  { name: 'attributes nested 10,000 deep', command: () => create({ attributes: deepObject() }), outcome: reject('invalid_command', 'attributes') },
  { name: 'attributes holding arrays nested 10,000 deep', command: () => create({ attributes: { list: deepArray() } }), outcome: reject('invalid_command', 'attributes.list') },
  { name: 'attributes with a 1 MB string', command: () => create({ attributes: { note: MEGABYTE } }), outcome: reject('invalid_command', 'attributes.note') },
  { name: 'attributes with 5,000 keys', command: () => create({ attributes: Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, i])) }), outcome: reject('invalid_command', 'attributes') },
  { name: 'attributes with a 1 MB key', command: () => create({ attributes: { [MEGABYTE]: 1 } }), outcome: reject('invalid_command', 'attributes') },
  { name: 'attributes with NaN', command: () => create({ attributes: { score: NaN } }), outcome: reject('invalid_command', 'attributes.score') },
  { name: 'attributes with Infinity', command: () => create({ attributes: { score: Infinity } }), outcome: reject('invalid_command', 'attributes.score') },
  { name: 'attributes with undefined (dropped, as JSON does)', command: () => create({ attributes: { score: undefined } }), outcome: ACCEPT },
  { name: 'attributes with a function', command: () => create({ attributes: { score: () => 1 } }), outcome: reject('invalid_command', 'attributes.score') },
  { name: 'attributes with a symbol', command: () => create({ attributes: { score: Symbol('s') } }), outcome: reject('invalid_command', 'attributes.score') },
  { name: 'attributes with a Date', command: () => create({ attributes: { since: new Date(0) } }), outcome: reject('invalid_command', 'attributes.since') },
  { name: 'attributes with a BigInt', command: () => create({ attributes: { big: 10n } }), outcome: reject('invalid_command', 'attributes.big') },
  { name: 'attributes with a cycle', command: () => { const a: Record<string, unknown> = {}; a.self = a; return create({ attributes: a }); }, outcome: reject('invalid_command', 'attributes') },
  { name: 'attributes as an object with a null prototype', command: () => create({ attributes: Object.assign(Object.create(null) as object, { plan: 'gold' }) }), outcome: ACCEPT },
  { name: 'a 1 MB first message', command: () => create({ message: MEGABYTE }), outcome: reject('invalid_command', 'message') },
  { name: 'an empty first message', command: () => create({ message: '' }), outcome: reject('invalid_command', 'message') },
  { name: 'a first message as an object', command: () => create({ message: { text: 'hi' } }), outcome: reject('invalid_command', 'message') },
  { name: 'a customer as a string', command: () => create({ customer: 'bob@example.com' }), outcome: reject('invalid_command', 'customer') },
  { name: 'a customer as an array', command: () => create({ customer: [{ email: 'bob@example.com' }] }), outcome: reject('invalid_command', 'customer') },
  { name: 'a customer e-mail that is not one', command: () => create({ customer: { email: 'bob' } }), outcome: reject('invalid_command', 'customer.email') },
  { name: 'a 1 MB customer e-mail', command: () => create({ customer: { email: `${MEGABYTE}@example.com` } }), outcome: reject('invalid_command', 'customer.email') },
  { name: 'a 1 MB customer name', command: () => create({ customer: { name: MEGABYTE } }), outcome: reject('invalid_command', 'customer.name') },
  { name: 'skills as an array', command: () => create({ skills: ['en'] }), outcome: reject('invalid_command', 'skills') },
  { name: 'skills as a number', command: () => create({ skills: 3 }), outcome: reject('invalid_command', 'skills') },
  { name: 'a 1 MB customer message', command: () => ({ type: 'customer.sendMessage', contactId: 'keeper', text: MEGABYTE }), outcome: reject('invalid_command', 'text') },
  { name: 'a 1 MB typing preview', command: () => ({ type: 'customer.typing', contactId: 'keeper', text: MEGABYTE }), outcome: reject('invalid_command', 'text') },
  { name: 'a context cart nested 10,000 deep', command: () => ({ type: 'customer.setContext', contactId: 'keeper', cart: deepObject() }), outcome: reject('invalid_command', 'cart') },
  { name: 'a context profile with NaN', command: () => ({ type: 'customer.setContext', contactId: 'keeper', profile: { age: NaN } }), outcome: reject('invalid_command', 'profile.age') },
  { name: 'a context page that is not a web URL', command: () => ({ type: 'customer.setContext', contactId: 'keeper', pageUrl: 'javascript:alert(1)' }), outcome: reject('invalid_command', 'pageUrl') },
  { name: 'a 1 MB context page', command: () => ({ type: 'customer.setContext', contactId: 'keeper', pageUrl: `https://example.com/${MEGABYTE}` }), outcome: reject('invalid_command', 'pageUrl') },
  { name: 'memberships as a string', command: () => ({ type: 'agent.setMemberships', agentId: 'ann', memberships: 'sales' }), outcome: reject('invalid_command', 'memberships') },
  { name: 'memberships holding null', command: () => ({ type: 'agent.setMemberships', agentId: 'ann', memberships: [null] }), outcome: reject('invalid_command', 'memberships') },
  { name: 'an added agent nested 10,000 deep', command: () => ({ type: 'agent.add', agent: deepObject() }), outcome: reject('invalid_command', 'agent') },
  { name: 'an added agent as an array', command: () => ({ type: 'agent.add', agent: [{ id: 'zed' }] }), outcome: reject('invalid_command', 'agent') },
  { name: 'an added queue with a 1 MB name', command: () => ({ type: 'queue.add', queue: { id: 'q2', channels: ['chat'], name: MEGABYTE } }), outcome: reject('invalid_command', 'queue.name') },
  { name: 'an added queue with a calendar nested 10,000 deep', command: () => ({ type: 'queue.add', queue: { id: 'q2', channels: ['chat'], calendar: deepObject() } }), outcome: reject('invalid_command', 'queue.calendar') },
  { name: 'an added queue with a function strategy', command: () => ({ type: 'queue.add', queue: { id: 'q2', channels: ['chat'], strategy: () => 'random' } }), outcome: reject('invalid_command', 'queue.strategy') },
  { name: 'an added queue with a symbol channel', command: () => ({ type: 'queue.add', queue: { id: 'q2', channels: [Symbol('chat')] } }), outcome: reject('invalid_command', 'queue.channels') },
  { name: 'session close by "admin"', command: () => ({ type: 'session.close', sessionId: 's-1', by: 'admin' }), outcome: reject('invalid_command', 'by') },
];

/** Every row, grouped. */
export const DISPATCH_ROWS: readonly (readonly [string, readonly DispatchRow[]])[] = [
  ['commands that are not plain objects', NOT_OBJECTS],
  ['type, commandId and unknown fields', ENVELOPE],
  ['ids and references', IDS],
  ['numbers', NUMBERS],
  ['durations', DURATIONS],
  ['prototype-polluting keys', POLLUTION],
  ['shapes, sizes and depth', SHAPES],
];
