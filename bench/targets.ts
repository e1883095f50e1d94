/**
 * The targets table of a run: every metric with a target, then the scaling targets read off the ends
 * of the curves.
 */
import { type CaseResult, formatValue, table, targetStatus } from './format.js';

/** Every metric with a target, across cases. */
export function targetsTable(cases: readonly CaseResult[]): string {
  const rows: string[][] = [];
  for (const c of cases) {
    for (const [name, m] of Object.entries(c.result?.metrics ?? {})) {
      if (m.target === undefined) continue;
      rows.push([`${c.id} ${name}`, formatValue(m.value, m.unit), `${m.better === 'higher' ? '>=' : '<='} ${formatValue(m.target, m.unit)}`, targetStatus(m)]);
    }
  }
  rows.push(...scalingRows(cases));
  return `Targets (issue 8)\n${table(['case metric', 'value', 'target', ''], rows)}`;
}

/**
 * The scaling targets, from the curves' ends: throughput from the fewest to the most agents falls by at
 * most 2x (with and without the driver's own time; the plain loop's drop is printed beside them, with
 * no target), and a decision at the most waiting contacts costs at most log(most) / log(fewest) times
 * one at the fewest (logarithmic growth).
 */
export function scalingRows(cases: readonly CaseResult[]): string[][] {
  const rows: string[][] = [];
  const ends = (group: string): [CaseResult, CaseResult] | null => {
    const curve = cases.filter((c) => c.group === group && c.result !== undefined && c.x !== undefined).sort((a, b) => (a.x as number) - (b.x as number));
    return curve.length < 2 ? null : [curve[0] as CaseResult, curve[curve.length - 1] as CaseResult];
  };
  const value = (c: CaseResult, metric: string): number => c.result?.metrics[metric]?.value ?? NaN;
  const row = (label: string, ratio: number, target: number): string[] => [label, `${ratio.toFixed(2)}x`, `<= ${target.toFixed(2)}x`, Number.isFinite(ratio) ? (ratio <= target ? 'met' : 'MISSED') : ''];
  const agents = ends('agents');
  if (agents !== null) {
    const [few, many] = agents;
    const span = `agents ${(few.x as number).toLocaleString('en-US')} -> ${(many.x as number).toLocaleString('en-US')}`;
    rows.push(row(`${span} contactsPerCpuSec drop`, value(few, 'contactsPerCpuSec') / value(many, 'contactsPerCpuSec'), 2));
    if (many.result?.metrics.engineOnlyPerCpuSec !== undefined) {
      rows.push(row(`${span} engineOnlyPerCpuSec drop`, value(few, 'engineOnlyPerCpuSec') / value(many, 'engineOnlyPerCpuSec'), 2));
    }
    // The plain loop's own drop has no target: it shows what the machine's memory costs any router.
    if (many.result?.metrics.plainLoopPerCpuSec !== undefined) {
      rows.push([`${span} plainLoopPerCpuSec drop`, `${(value(few, 'plainLoopPerCpuSec') / value(many, 'plainLoopPerCpuSec')).toFixed(2)}x`, '(yardstick)', '']);
    }
  }
  const waiting = ends('waiting');
  if (waiting !== null) {
    const [few, many] = waiting;
    const span = `waiting ${(few.x as number).toLocaleString('en-US')} -> ${(many.x as number).toLocaleString('en-US')}`;
    const logRatio = Math.log(many.x as number) / Math.log(few.x as number);
    rows.push(row(`${span} agentDecisionP50Us growth`, value(many, 'agentDecisionP50Us') / value(few, 'agentDecisionP50Us'), logRatio));
  }
  return rows;
}
