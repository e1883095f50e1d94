/**
 * The HTML report's tables beyond the queue summary: agent groups (from the report's agents through
 * `agentGroupOf`) and customer classes (from the queueing metrics).
 */
import type { SimulationResult } from '../simulation/simulation-result.js';
import { formatPercent, formatSeconds } from './format.js';
import { occupancyOf } from './report-data.js';
import type { Table } from './text-table.js';

const HOUR_MS = 3_600_000;

/**
 * One row per agent group: agents, contacts answered, staffed and busy hours, occupancy, AHT.
 * @example renderHtmlTable(agentGroupTable(result), 'Agent groups');
 */
export function agentGroupTable(result: SimulationResult): Table {
  const rows = result.scenario.agentGroups.map((group) => {
    const agents = result.report.agents.filter((agent) => result.agentGroupOf[agent.agentId] === group.id);
    const handled = agents.reduce((sum, agent) => sum + agent.handled, 0);
    const handleMs = agents.reduce((sum, agent) => sum + (agent.handleMsMean ?? 0) * agent.handled, 0);
    return [
      group.id,
      String(group.count),
      String(agents.reduce((sum, agent) => sum + agent.answered, 0)),
      (agents.reduce((sum, agent) => sum + agent.staffedMs, 0) / HOUR_MS).toFixed(1),
      (agents.reduce((sum, agent) => sum + agent.busyMs, 0) / HOUR_MS).toFixed(1),
      formatPercent(occupancyOf(agents)),
      formatSeconds(handled > 0 ? handleMs / handled : null),
    ];
  });
  return { headers: ['agent group', 'agents', 'answered', 'staffed h', 'busy h', 'occupancy', 'AHT'], rows };
}

/**
 * One row per customer class (queueing metrics over the measurement window): arrivals and outcomes,
 * service level over arrivals, abandonment and ASA of answered contacts.
 * @example renderHtmlTable(classTable(result), 'Customer classes');
 */
export function classTable(result: SimulationResult): Table {
  const rows = Object.entries(result.queueing.byClass).map(([name, m]) => [
    name,
    String(m.arrivals),
    String(m.answered),
    String(m.abandoned),
    String(m.ticketed),
    String(m.blocked),
    formatPercent(m.sl_answered_within_t),
    formatPercent(m.p_abandon),
    formatSeconds(m.mean_wait_served),
  ]);
  return { headers: ['class', 'arrivals', 'answered', 'abandoned', 'ticketed', 'blocked', 'SL of arrivals', 'abandon rate', 'ASA'], rows };
}
