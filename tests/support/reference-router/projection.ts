/**
 * What the model and the engine are compared on: every routing event, without `seq`, without session
 * and customer events (out of the model's scope), without the full configuration of `agent.updated`
 * and the wording of `command.rejected`.
 */
import type { SwitchboardEvent } from '../../../src/domain/events/event.js';
import type { ModelEvent } from './model-types.js';

/** The engine's events as the reference router predicts them. */
export function project(events: readonly SwitchboardEvent[]): ModelEvent[] {
  return events
    .filter((e) => !e.type.startsWith('session.') && !e.type.startsWith('customer.'))
    .map((e) => {
      const { seq: _seq, ...rest } = e as SwitchboardEvent & Record<string, unknown>;
      if (e.type === 'agent.updated') delete rest.agent;
      if (e.type === 'command.rejected') delete rest.message;
      return rest as ModelEvent;
    });
}

/** JSON with sorted keys, so two events compare by content. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A readable account of where two event lists part, or null when they agree. */
export function eventsMismatch(predicted: readonly ModelEvent[], actual: readonly ModelEvent[]): string | null {
  const p = predicted.map(canonical);
  const a = actual.map(canonical);
  if (p.length === a.length && p.every((line, i) => line === a[i])) return null;
  const at = p.findIndex((line, i) => line !== a[i]);
  const from = at < 0 ? Math.min(p.length, a.length) : at;
  return [
    `the engine and the reference router disagree from event ${from} of this input:`,
    '  predicted:',
    ...p.map((line, i) => `  ${i === from ? '>' : ' '} ${line}`),
    '  engine:',
    ...a.map((line, i) => `  ${i === from ? '>' : ' '} ${line}`),
  ].join('\n');
}
