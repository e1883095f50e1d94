/**
 * Checks on links between queues: overflow targets and escalation queues must exist, overflow chains
 * must not loop, and relaxation steps must start at 0 and grow. Reads raw input defensively, like
 * `check-references.ts`, so the embedder sees every problem at once.
 */
import { type ConfigProblem, describeValue } from '../errors.js';

const OVERFLOW_FIELDS = ['onWaitMsMax', 'onLengthMax', 'onNoAgents'] as const;

/** Lists unknown link targets, overflow cycles and badly ordered relaxation steps. */
export function checkQueueLinks(queues: readonly unknown[], knownSkills?: ReadonlySet<string>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const ids = new Set<string>();
  const channelsOf = new Map<string, readonly unknown[]>();
  for (const queue of queues) {
    const id = field(queue, 'id');
    if (typeof id !== 'string') continue;
    ids.add(id);
    const channels = field(queue, 'channels');
    channelsOf.set(id, Array.isArray(channels) ? channels : []);
  }
  const edges = new Map<string, { to: string; path: string }[]>();
  queues.forEach((queue, i) => {
    const id = field(queue, 'id');
    for (const name of OVERFLOW_FIELDS) {
      const target = field(field(queue, name), 'queueId');
      if (field(field(queue, name), 'action') !== 'queue' || typeof target !== 'string') continue;
      const path = `queues[${i}].${name}.queueId`;
      if (!ids.has(target)) problems.push(at(path, 'is not a configured queue', target));
      else if (typeof id === 'string') {
        edges.set(id, [...(edges.get(id) ?? []), { to: target, path }]);
        const missing = (channelsOf.get(id) ?? []).filter((c) => !(channelsOf.get(target) ?? []).includes(c));
        if (missing.length > 0) problems.push(at(path, `does not serve ${missing.join(', ')}, which this queue serves`, target));
      }
    }
    const escalation = field(queue, 'escalationQueueId');
    if (typeof escalation === 'string' && !ids.has(escalation)) {
      problems.push(at(`queues[${i}].escalationQueueId`, 'is not a configured queue', escalation));
    }
    checkRelaxation(field(queue, 'relaxation'), `queues[${i}].relaxation`, problems, knownSkills);
  });
  problems.push(...findCycles(edges));
  return problems;
}

function checkRelaxation(steps: unknown, path: string, problems: ConfigProblem[], knownSkills?: ReadonlySet<string>): void {
  if (!Array.isArray(steps)) return;
  let previous = -1;
  steps.forEach((step, j) => {
    const afterMs = field(step, 'afterMs');
    if (typeof afterMs === 'number') {
      if (j === 0 && afterMs !== 0) problems.push(at(`${path}[0].afterMs`, 'must be 0 (the first step applies at once)', afterMs));
      if (j > 0 && afterMs <= previous) problems.push(at(`${path}[${j}].afterMs`, `must be greater than the step before (${previous})`, afterMs));
      previous = afterMs;
    }
    const skills = field(step, 'skills');
    if (knownSkills === undefined || skills === null || typeof skills !== 'object') return;
    for (const skill of Object.keys(skills)) {
      if (!knownSkills.has(skill)) problems.push(at(`${path}[${j}].skills.${skill}`, 'is not a declared skill (add it to skills)', skill));
    }
  });
}

/** Reports each overflow cycle once, at the first link that closes it. */
function findCycles(edges: ReadonlyMap<string, { to: string; path: string }[]>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const done = new Set<string>();
  const visit = (id: string, trail: string[]): void => {
    if (done.has(id)) return;
    for (const edge of edges.get(id) ?? []) {
      const loopAt = trail.indexOf(edge.to);
      if (loopAt >= 0) {
        const loop = [...trail.slice(loopAt), edge.to].join(' -> ');
        problems.push({ path: edge.path, message: `${edge.path} makes an overflow cycle (${loop})` });
      } else {
        visit(edge.to, [...trail, edge.to]);
      }
    }
    done.add(id);
  };
  for (const id of edges.keys()) visit(id, [id]);
  return problems;
}

function field(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function at(path: string, rule: string, value: unknown): ConfigProblem {
  return { path, message: `${path} ${rule} (got ${describeValue(value)})` };
}
