/**
 * Customers: a directory interface (in-memory by default) and the matching rule. A contact with an
 * e-mail is linked to the customer who owns that address (trimmed, case-insensitive); an unknown
 * address creates a customer. A given customer id that is not the e-mail's owner is reported as
 * `customer.mismatch` and never resolved by overwriting either record.
 */
import type { CustomerInput } from '../domain/commands/contact.commands.js';
import type { EngineState } from './engine-state.js';

export type { CustomerInput };

/** A known customer. */
export interface CustomerRecord {
  readonly id: string;
  /** Normalised e-mail, or null. */
  readonly email: string | null;
  readonly name: string | null;
}

/** Where customers are looked up and their history kept. Calls are synchronous (single writer). */
export interface CustomerDirectory {
  get(customerId: string): CustomerRecord | undefined;
  /** The customer owning a normalised e-mail address. */
  findByEmail(email: string): CustomerRecord | undefined;
  add(customer: CustomerRecord): void;
  /** Records a contact in the customer's history. */
  addContact(customerId: string, contactId: string): void;
  /** The customer's contacts, oldest first. */
  history(customerId: string): readonly string[];
}

/** Trims and lower-cases an e-mail address. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Whether text looks like an e-mail address (one `@`, a dot in the domain, no spaces, at most 254). */
export function isEmail(text: string): boolean {
  const email = text.trim();
  return email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
}

/** The default directory: in memory, each history bounded to `historyMax` contacts. */
export class InMemoryCustomerDirectory implements CustomerDirectory {
  private readonly byId = new Map<string, CustomerRecord>();
  private readonly byEmail = new Map<string, CustomerRecord>();
  private readonly histories = new Map<string, string[]>();

  constructor(private readonly historyMax = 1000) {}

  get(customerId: string): CustomerRecord | undefined {
    return this.byId.get(customerId);
  }

  findByEmail(email: string): CustomerRecord | undefined {
    return this.byEmail.get(email);
  }

  add(customer: CustomerRecord): void {
    this.byId.set(customer.id, customer);
    if (customer.email !== null && !this.byEmail.has(customer.email)) this.byEmail.set(customer.email, customer);
  }

  addContact(customerId: string, contactId: string): void {
    const history = this.histories.get(customerId) ?? [];
    if (history.length >= this.historyMax) history.shift();
    history.push(contactId);
    this.histories.set(customerId, history);
  }

  history(customerId: string): readonly string[] {
    return this.histories.get(customerId) ?? [];
  }

  /** Everything the directory holds, for a snapshot. */
  save(): { records: CustomerRecord[]; histories: [string, string[]][] } {
    return { records: [...this.byId.values()], histories: [...this.histories.entries()].map(([id, h]) => [id, [...h]]) };
  }

  /** Replaces the contents with saved ones. */
  load(saved: { readonly records: readonly CustomerRecord[]; readonly histories: readonly (readonly [string, readonly string[]])[] }): void {
    this.byId.clear();
    this.byEmail.clear();
    this.histories.clear();
    for (const record of saved.records) this.add({ ...record });
    for (const [id, history] of saved.histories) this.histories.set(id, [...history]);
  }
}

/** How a contact will be linked: decided before the contact is created, applied right after. */
export interface CustomerPlan {
  readonly customerId: string;
  /** A customer record to create first, or null when the customer is known. */
  readonly create: CustomerRecord | null;
  /** The e-mail's owner when it differs from the given id (reported, never merged). */
  readonly mismatch: { readonly ownerId: string; readonly email: string } | null;
  /** The id counter after a generated id, or null when no id was generated. */
  readonly counter: number | null;
}

/** Decides which customer a contact belongs to; null for an anonymous contact. Changes nothing. */
export function planCustomer(state: EngineState, input: CustomerInput | undefined): CustomerPlan | null {
  if (input === undefined || (input.id === undefined && input.email === undefined)) return null;
  const email = input.email === undefined ? null : normalizeEmail(input.email);
  const owner = email === null ? undefined : state.customers.findByEmail(email);
  const name = input.name ?? null;
  if (input.id === undefined) {
    if (owner !== undefined) return { customerId: owner.id, create: null, mismatch: null, counter: null };
    const counter = freshCustomerNumber(state);
    const id = `cu-${counter}`;
    return { customerId: id, create: { id, email, name }, mismatch: null, counter };
  }
  const known = state.customers.get(input.id) !== undefined;
  const mismatch = owner !== undefined && owner.id !== input.id && email !== null ? { ownerId: owner.id, email } : null;
  // A given id never takes over an address another customer owns.
  const create = known ? null : { id: input.id, email: owner === undefined ? email : null, name };
  return { customerId: input.id, create, mismatch, counter: null };
}

/** Applies a plan once the contact exists: creates the customer, reports a mismatch, links the contact. */
export function commitCustomer(state: EngineState, contactId: string, plan: CustomerPlan): void {
  const at = state.nowMs;
  if (plan.counter !== null) state.customerCounter = plan.counter;
  if (plan.create !== null) {
    state.customers.add(plan.create);
    const { id, email, name } = plan.create;
    state.emit({ type: 'customer.created', seq: 0, at, customerId: id, email, name });
  }
  if (plan.mismatch !== null) {
    const { ownerId, email } = plan.mismatch;
    state.emit({ type: 'customer.mismatch', seq: 0, at, contactId, givenCustomerId: plan.customerId, emailCustomerId: ownerId, email });
  }
  state.customers.addContact(plan.customerId, contactId);
  state.emit({ type: 'customer.linked', seq: 0, at, customerId: plan.customerId, contactId });
}

/** The next unused number for a generated `cu-N` id (skipping ids the embedder chose). */
function freshCustomerNumber(state: EngineState): number {
  let n = state.customerCounter + 1;
  while (state.customers.get(`cu-${n}`) !== undefined) n++;
  return n;
}
