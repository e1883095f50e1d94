/**
 * Cross-reference checks zod cannot express: duplicate ids and references to unknown skills or queues.
 * They read the raw input defensively, so they run even when the schema found other problems and the
 * embedder sees every problem at once.
 */
import type { ConfigProblem } from '../errors.js';
import { describeValue } from '../errors.js';
import { checkQueueLinks } from './check-queue-links.js';

/** Lists every duplicate id and every reference to an undeclared skill or queue. */
export function checkReferences(input: unknown): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const skills = collectIds(listAt(input, 'skills'), 'skills', 'skill', problems, (item) => item);
  const queueList = listAt(input, 'queues');
  const queues = collectIds(queueList, 'queues', 'queue', problems, (item) => fieldAt(item, 'id'), '.id');
  queueList.forEach((queue, i) => checkSkillMap(fieldAt(queue, 'skills'), skills, `queues[${i}].skills`, problems));
  problems.push(...checkQueueLinks(queueList, skills));
  const agentList = listAt(input, 'agents');
  collectIds(agentList, 'agents', 'agent', problems, (item) => fieldAt(item, 'id'), '.id');
  agentList.forEach((agent, i) => {
    checkSkillMap(fieldAt(agent, 'skills'), skills, `agents[${i}].skills`, problems);
    checkMemberships(listOf(fieldAt(agent, 'memberships')), queues, `agents[${i}].memberships`, problems);
  });
  return problems;
}

/** Checks that every membership names a configured queue, once. */
export function checkMemberships(
  memberships: readonly unknown[],
  queues: ReadonlySet<string>,
  path: string,
  problems: ConfigProblem[],
): void {
  const seen = new Set<string>();
  memberships.forEach((m, j) => {
    const queueId = fieldAt(m, 'queueId');
    if (typeof queueId !== 'string') return;
    const where = `${path}[${j}].queueId`;
    if (!queues.has(queueId)) problems.push(at(where, 'is not a configured queue', queueId));
    if (seen.has(queueId)) problems.push(at(where, 'is a duplicate membership', queueId));
    seen.add(queueId);
  });
}

/** Checks that every key of a skill map is a declared skill. */
export function checkSkillMap(map: unknown, skills: ReadonlySet<string>, path: string, problems: ConfigProblem[]): void {
  if (map === null || typeof map !== 'object') return;
  for (const skill of Object.keys(map)) {
    if (!skills.has(skill)) problems.push(at(`${path}.${skill}`, 'is not a declared skill (add it to skills)', skill));
  }
}

/** The string ids of a list's items; a repeated id is a problem at its path. */
export function collectIds(
  list: readonly unknown[],
  path: string,
  kind: string,
  problems: ConfigProblem[],
  idOf: (item: unknown) => unknown,
  suffix = '',
): Set<string> {
  const ids = new Set<string>();
  list.forEach((item, i) => {
    const id = idOf(item);
    if (typeof id !== 'string') return;
    if (ids.has(id)) problems.push(at(`${path}[${i}]${suffix}`, `is a duplicate ${kind} id`, id));
    ids.add(id);
  });
  return ids;
}

/** The list under `key` of an object, or an empty list. */
export function listAt(input: unknown, key: string): readonly unknown[] {
  return listOf(fieldAt(input, key));
}

function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** An object's own field, or undefined (never an inherited one such as `__proto__`). */
export function fieldAt(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** A problem at a path: the path, the rule broken and the value found. */
export function at(path: string, rule: string, value: unknown): ConfigProblem {
  return { path, message: `${path} ${rule} (got ${describeValue(value)})` };
}
