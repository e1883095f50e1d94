/**
 * Validation of agent and queue configurations sent at run time: the same schema and reference rules
 * as `createEngine`, with messages prefixed by the command and field.
 */
import type { CommandError } from '../../domain/command-error.js';
import { type AgentConfig, AgentConfigSchema } from '../../domain/config/agent.config.js';
import { checkMemberships, checkSkillMap } from '../../domain/config/check-references.js';
import { checkQueueLinks } from '../../domain/config/check-queue-links.js';
import { formatIssues } from '../../domain/config/format-issues.js';
import { type QueueConfig, QueueConfigSchema } from '../../domain/config/queue.config.js';
import type { ConfigProblem } from '../../domain/errors.js';
import type { EngineState } from '../engine-state.js';
import { fail } from './checks.js';

/** Parses an agent configuration against the engine's skills and queues. */
export function parseAgent(state: EngineState, type: string, input: unknown): AgentConfig | CommandError {
  const parsed = AgentConfigSchema.safeParse(input);
  const problems = parsed.success ? [] : formatIssues(parsed.error.issues, input).map((p) => prefix(p, 'agent'));
  if (parsed.success) {
    // The raw skills: zod drops a `__proto__` key that must be reported, as createEngine does.
    const rawSkills = input !== null && typeof input === 'object' ? (input as { skills?: unknown }).skills : undefined;
    checkSkillMap(rawSkills ?? parsed.data.skills, state.declaredSkills, 'agent.skills', problems);
    checkMemberships(parsed.data.memberships, new Set(state.queues.keys()), 'agent.memberships', problems);
  }
  return parsed.success && problems.length === 0 ? parsed.data : toError(type, problems);
}

/** Parses a queue configuration against the engine's skills. */
export function parseQueue(state: EngineState, type: string, input: unknown): QueueConfig | CommandError {
  const parsed = QueueConfigSchema.safeParse(input);
  const problems = parsed.success ? [] : formatIssues(parsed.error.issues, input).map((p) => prefix(p, 'queue'));
  if (parsed.success) {
    checkSkillMap(parsed.data.skills, state.declaredSkills, 'queue.skills', problems);
    problems.push(...linkProblems(state, parsed.data));
  }
  return parsed.success && problems.length === 0 ? parsed.data : toError(type, problems);
}

/** Link problems of a queue among the current ones: unknown targets, cycles, relaxation order. */
function linkProblems(state: EngineState, config: QueueConfig): ConfigProblem[] {
  const others = [...state.queues.values()].map((q) => q.config).filter((q) => q.id !== config.id);
  const all = [...others, config];
  const index = all.length - 1;
  return checkQueueLinks(all, state.declaredSkills)
    .filter((p) => p.path.startsWith(`queues[${index}]`) || p.message.includes('overflow cycle'))
    .map((p) => {
      const path = p.path.replace(`queues[${index}]`, 'queue');
      return { path, message: p.message.replace(p.path, path) };
    });
}

/** Whether a parse result is an error. */
export function isCommandError(value: object): value is CommandError {
  return 'code' in value && 'message' in value && Object.keys(value).length === 2;
}

function prefix(problem: ConfigProblem, root: string): ConfigProblem {
  const path = problem.path === '(root)' ? root : `${root}${problem.path.startsWith('[') ? '' : '.'}${problem.path}`;
  const rest = problem.message.slice(problem.path.length);
  return { path, message: `${path}${rest}` };
}

function toError(type: string, problems: readonly ConfigProblem[]): CommandError {
  const unknownSkill = problems.some((p) => p.message.includes('is not a declared skill'));
  const unknownQueue = problems.some((p) => p.message.includes('is not a configured queue'));
  const code = unknownSkill ? 'unknown_skill' : unknownQueue ? 'unknown_queue' : 'invalid_command';
  return fail(type, code, problems.map((p) => p.message).join('; '));
}
