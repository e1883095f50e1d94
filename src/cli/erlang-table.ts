/**
 * The metrics of `switchboard erlang` for a few agent counts: Erlang C, or Erlang A when a mean
 * patience is given, as a table (probability of waiting, abandonment, ASA, service level, occupancy).
 */
import { erlangA } from '../simulation/erlang/erlang-a.js';
import { erlangC } from '../simulation/erlang/erlang-c.js';
import { formatPercent, formatSeconds, formatThreshold } from './format.js';
import type { Table } from './text-table.js';

/** A staffing question: the traffic and the service-level threshold (the Erlang calculators' units). */
export interface ErlangQuestion {
  readonly arrivalRatePerSec: number;
  readonly handleTimeMeanSec: number;
  readonly serviceLevelThresholdSec: number;
  /** Mean patience; when given, Erlang A is used. */
  readonly patienceMeanSec?: number;
}

/** The metrics of one agent count, in the CLI's terms. */
export interface ErlangRow {
  readonly agents: number;
  readonly pWait: number;
  /** Null for Erlang C (no abandonment). */
  readonly pAbandon: number | null;
  /** Erlang C: mean wait of all arrivals; Erlang A: of answered contacts. */
  readonly asaSec: number;
  readonly serviceLevel: number;
  readonly occupancy: number;
  /** False for an Erlang C queue with offered load >= agents. */
  readonly stable: boolean;
}

/**
 * The metrics for `agents` agents; the calculator throws a RangeError for bad input.
 * @example erlangRow({ arrivalRatePerSec: 100 / 1800, handleTimeMeanSec: 180, serviceLevelThresholdSec: 20 }, 14).serviceLevel; // ≈ 0.888
 */
export function erlangRow(question: ErlangQuestion, agents: number): ErlangRow {
  const { arrivalRatePerSec, handleTimeMeanSec, serviceLevelThresholdSec, patienceMeanSec } = question;
  const common = { agents, arrivalRatePerSec, handleTimeMeanSec, serviceLevelThresholdSec };
  if (patienceMeanSec === undefined) {
    const c = erlangC(common);
    return { agents, pWait: c.pWait, pAbandon: null, asaSec: c.meanWaitSec, serviceLevel: c.serviceLevel, occupancy: c.occupancy, stable: c.stable };
  }
  const a = erlangA({ ...common, patienceMeanSec });
  return { agents, pWait: a.pWait, pAbandon: a.pAbandon, asaSec: a.meanWaitServedSec, serviceLevel: a.serviceLevel, occupancy: a.occupancy, stable: true };
}

/**
 * Rows for `center - 2` to `center + 2` agents (from 1), the center row marked with `mark`.
 * @example renderTextTable(erlangTable(question, 14, 'needed'));
 */
export function erlangTable(question: ErlangQuestion, center: number, mark: string): Table {
  const withAbandon = question.patienceMeanSec !== undefined;
  const threshold = formatThreshold(question.serviceLevelThresholdSec * 1_000);
  const rows: string[][] = [];
  for (let agents = Math.max(1, center - 2); agents <= center + 2; agents++) {
    const row = erlangRow(question, agents);
    const note = [agents === center ? mark : '', row.stable ? '' : 'unstable: load >= agents'].filter((n) => n !== '').join(', ');
    rows.push([
      String(agents),
      formatPercent(row.pWait),
      ...(withAbandon ? [formatPercent(row.pAbandon)] : []),
      formatSeconds(row.asaSec * 1_000),
      formatPercent(row.serviceLevel),
      formatPercent(row.occupancy),
      note,
    ]);
  }
  const headers = ['agents', 'P(wait)', ...(withAbandon ? ['abandon'] : []), withAbandon ? 'ASA (answered)' : 'ASA', `SL ${threshold}`, 'occupancy', ''];
  return { headers, rows, rightAligned: headers.map((_, col) => col < headers.length - 1) };
}
