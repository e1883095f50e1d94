/**
 * Cross-reference checks of a scenario that zod cannot express: duplicate ids, skills that are not
 * declared, queues and calendars that do not exist, a stream's channel its queue does not take, and
 * overflow links (reusing the engine's checks). They read the raw input defensively, so they run even
 * when the schema found other problems, and every problem is reported at once.
 */
import { checkQueueLinks } from '../domain/config/check-queue-links.js';
import { at, checkMemberships, checkSkillMap, collectIds, fieldAt, listAt } from '../domain/config/check-references.js';
import { isId } from '../domain/config/primitives.schema.js';
import type { ConfigProblem } from '../domain/errors.js';

/** Every broken reference and duplicate id of a scenario. */
export function checkScenarioReferences(input: unknown): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const skills = collectIds(listAt(input, 'skills'), 'skills', 'skill', problems, (item) => item);
  const calendarsValue = fieldAt(input, 'calendars');
  const calendars = new Set(isObject(calendarsValue) ? Object.keys(calendarsValue) : []);
  const queueList = listAt(input, 'queues');
  const queues = collectIds(queueList, 'queues', 'queue', problems, (item) => fieldAt(item, 'id'), '.id');
  queueList.forEach((queue, i) => {
    checkSkillMap(fieldAt(queue, 'skills'), skills, `queues[${i}].skills`, problems);
    const calendar = fieldAt(queue, 'calendar');
    // A name that is not an id is reported by the schema already.
    if (isId(calendar) && !calendars.has(calendar)) {
      problems.push(at(`queues[${i}].calendar`, 'is not one of the scenario calendars', calendar));
    }
  });
  problems.push(...checkQueueLinks(queueList, skills));
  const groups = listAt(input, 'agentGroups');
  collectIds(groups, 'agentGroups', 'agent group', problems, (item) => fieldAt(item, 'id'), '.id');
  groups.forEach((group, i) => {
    checkAgentIds(group, i, problems);
    checkSkillMap(fieldAt(group, 'skills'), skills, `agentGroups[${i}].skills`, problems);
    checkMemberships(listAt(group, 'memberships'), queues, `agentGroups[${i}].memberships`, problems);
  });
  checkArrivals(listAt(input, 'arrivals'), queueList, skills, problems);
  return problems;
}

/** The group's agents are `<id>-1` ... `<id>-<count>`: the longest must still be an id (128 characters). */
function checkAgentIds(group: unknown, i: number, problems: ConfigProblem[]): void {
  const id = fieldAt(group, 'id');
  const count = fieldAt(group, 'count');
  if (typeof id !== 'string' || typeof count !== 'number' || !Number.isInteger(count) || count < 1) return;
  if (id.length + 1 + String(count).length > 128) {
    problems.push(at(`agentGroups[${i}].id`, `is too long for its agent ids (${id.slice(0, 8)}...-${count} must be at most 128 characters)`, id));
  }
}

function checkArrivals(streams: readonly unknown[], queueList: readonly unknown[], skills: ReadonlySet<string>, problems: ConfigProblem[]): void {
  const ids = new Set<string>();
  streams.forEach((stream, i) => {
    const queueId = fieldAt(stream, 'queueId');
    const queue = queueList.find((q) => fieldAt(q, 'id') === queueId);
    if (typeof queueId === 'string' && queue === undefined) problems.push(at(`arrivals[${i}].queueId`, 'is not a configured queue', queueId));
    const channel = fieldAt(stream, 'channel');
    const channels = fieldAt(queue, 'channels');
    if (typeof channel === 'string' && Array.isArray(channels) && !channels.includes(channel)) {
      problems.push(at(`arrivals[${i}].channel`, `is not a channel of queue "${String(queueId)}"`, channel));
    }
    const id = fieldAt(stream, 'id') ?? (typeof queueId === 'string' && typeof channel === 'string' ? `${queueId}.${channel}` : undefined);
    if (typeof id === 'string') {
      if (ids.has(id)) problems.push(at(`arrivals[${i}]`, 'is a duplicate stream id (set id to tell streams apart)', id));
      ids.add(id);
    }
    const names = new Set<unknown>();
    listAt(stream, 'classes').forEach((cls, j) => {
      checkSkillMap(fieldAt(cls, 'skills'), skills, `arrivals[${i}].classes[${j}].skills`, problems);
      const name = fieldAt(cls, 'name');
      if (typeof name === 'string' && names.has(name)) problems.push(at(`arrivals[${i}].classes[${j}].name`, 'is a duplicate class name', name));
      names.add(name);
    });
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
