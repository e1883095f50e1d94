/**
 * The scaling curves as a hand-written SVG (no canvas, no dependency): one panel per curve, log-scaled
 * x, linear y from zero, a dashed line for the target where there is one.
 */
import type { CaseResult } from './format.js';

/** One line of a panel. */
export interface Series {
  readonly label: string;
  readonly color: string;
  readonly points: readonly (readonly [number, number])[];
}

/** One chart panel. */
export interface Panel {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly Series[];
  readonly target?: { readonly y: number; readonly label: string };
}

const PANEL_WIDTH = 320;
const PANEL_HEIGHT = 300;
const MARGIN = { left: 62, right: 14, top: 46, bottom: 74 };

/** Escapes text for SVG. */
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A short number: 1k, 100k, 1M, 2.5. */
export function shortNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${Number((value / 1e6).toPrecision(3))}M`;
  if (abs >= 1e3) return `${Number((value / 1e3).toPrecision(3))}k`;
  return `${Number(value.toPrecision(3))}`;
}

/** "Nice" y-axis ticks from 0 to at least `max`. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 0.999; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** Draws one panel at horizontal offset `left`. */
function drawPanel(panel: Panel, left: number): string {
  const w = PANEL_WIDTH - MARGIN.left - MARGIN.right;
  const h = PANEL_HEIGHT - MARGIN.top - MARGIN.bottom;
  const xs = [...new Set(panel.series.flatMap((s) => s.points.map(([x]) => x)))].sort((a, b) => a - b);
  const ys = panel.series.flatMap((s) => s.points.map(([, y]) => y)).filter(Number.isFinite);
  const ticks = niceTicks(Math.max(...ys, panel.target?.y ?? 0) * 1.1);
  const yMax = ticks[ticks.length - 1] as number;
  const [x0, x1] = [Math.log10(xs[0] ?? 1), Math.log10(xs[xs.length - 1] ?? 10)];
  const px = (x: number): number => left + MARGIN.left + (x1 === x0 ? w / 2 : ((Math.log10(x) - x0) / (x1 - x0)) * w);
  const py = (y: number): number => MARGIN.top + h - (y / yMax) * h;
  const out: string[] = [`<text x="${left + PANEL_WIDTH / 2}" y="22" class="title">${esc(panel.title)}</text>`];
  for (const t of ticks) {
    out.push(`<line x1="${left + MARGIN.left}" x2="${left + MARGIN.left + w}" y1="${py(t)}" y2="${py(t)}" class="grid"/>`);
    out.push(`<text x="${left + MARGIN.left - 6}" y="${py(t) + 4}" class="ytick">${shortNumber(t)}</text>`);
  }
  for (const x of xs) out.push(`<text x="${px(x)}" y="${MARGIN.top + h + 16}" class="xtick">${shortNumber(x)}</text>`);
  out.push(`<line x1="${left + MARGIN.left}" x2="${left + MARGIN.left + w}" y1="${MARGIN.top + h}" y2="${MARGIN.top + h}" class="axis"/>`);
  out.push(`<text x="${left + MARGIN.left + w / 2}" y="${MARGIN.top + h + 34}" class="label">${esc(panel.xLabel)}</text>`);
  out.push(`<text transform="translate(${left + 14} ${MARGIN.top + h / 2}) rotate(-90)" class="label">${esc(panel.yLabel)}</text>`);
  if (panel.target !== undefined && panel.target.y <= yMax) {
    const y = py(panel.target.y);
    out.push(`<line x1="${left + MARGIN.left}" x2="${left + MARGIN.left + w}" y1="${y}" y2="${y}" class="target"/>`);
    out.push(`<text x="${left + MARGIN.left + w / 2}" y="${y - 4}" class="targetlabel">${esc(panel.target.label)}</text>`);
  }
  panel.series.forEach((s, i) => {
    const pts = s.points.filter(([, y]) => Number.isFinite(y));
    out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${pts.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ')}"/>`);
    for (const [x, y] of pts) {
      out.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3.5" fill="${s.color}"/>`);
      // First series labelled above its points, the others below (or beside, near the axis), so labels do not collide.
      const below = i > 0 && py(y) + 14 < MARGIN.top + h - 12;
      const [labelX, labelY] = i === 0 || below ? [px(x), below ? py(y) + 14 : py(y) - 7] : [px(x) + 16, py(y) + 4];
      out.push(`<text x="${labelX.toFixed(1)}" y="${labelY.toFixed(1)}" class="value" fill="${s.color}">${shortNumber(y)}</text>`);
    }
    const ly = MARGIN.top + h + 50 + i * 14;
    out.push(`<line x1="${left + MARGIN.left}" x2="${left + MARGIN.left + 18}" y1="${ly - 4}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2"/>`);
    out.push(`<text x="${left + MARGIN.left + 24}" y="${ly}" class="legend">${esc(s.label)}</text>`);
  });
  return out.join('\n');
}

/** The whole chart: panels side by side, with a note (date, machine, provisional) at the bottom. */
export function chartSvg(panels: readonly Panel[], note: string): string {
  const width = PANEL_WIDTH * panels.length;
  const height = PANEL_HEIGHT + 24;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">
<style>
.title{font-size:14px;font-weight:bold;text-anchor:middle}.label{font-size:11px;text-anchor:middle;fill:#333}
.xtick{font-size:10px;text-anchor:middle;fill:#555}.ytick{font-size:10px;text-anchor:end;fill:#555}
.grid{stroke:#e4e4e4}.axis{stroke:#888}.target{stroke:#c0392b;stroke-dasharray:5 4}
.targetlabel{font-size:10px;text-anchor:middle;fill:#c0392b}.value{font-size:9px;text-anchor:middle}
.legend{font-size:10px;fill:#333}.note{font-size:10px;fill:#777}
</style>
<rect width="100%" height="100%" fill="white"/>
${panels.map((p, i) => drawPanel(p, i * PANEL_WIDTH)).join('\n')}
<text x="8" y="${height - 8}" class="note">${esc(note)}</text>
</svg>
`;
}

/** The points (x, metric) of a group's cases. */
function points(cases: readonly CaseResult[], group: string, metric: string): [number, number][] {
  return cases
    .filter((c) => c.group === group && c.x !== undefined && c.result?.metrics[metric] !== undefined)
    .map((c) => [c.x as number, c.result?.metrics[metric]?.value as number]);
}

/** The three scaling panels (agents, waiting contacts, queues per agent) from a run's results. */
export function scalingPanels(cases: readonly CaseResult[]): Panel[] {
  return [
    {
      title: 'Agents (reference load)',
      xLabel: 'agents (log scale)',
      yLabel: 'contacts per second',
      series: [
        { label: 'per CPU-second', color: '#1f77b4', points: points(cases, 'agents', 'contactsPerCpuSec') },
        { label: 'per wall-second', color: '#9ecae1', points: points(cases, 'agents', 'contactsPerSec') },
      ],
      target: { y: 250_000, label: 'target 250k/s' },
    },
    {
      title: 'Waiting contacts',
      xLabel: 'contacts waiting (log scale)',
      yLabel: 'agent-driven decision, µs',
      series: [
        { label: 'p99', color: '#d62728', points: points(cases, 'waiting', 'agentDecisionP99Us') },
        { label: 'p50', color: '#ff9896', points: points(cases, 'waiting', 'agentDecisionP50Us') },
      ],
      target: { y: 10, label: 'target p99 10 µs' },
    },
    {
      title: 'Queues per agent',
      xLabel: 'queues per agent (log scale)',
      yLabel: 'contacts per CPU-second',
      series: [{ label: 'per CPU-second', color: '#2ca02c', points: points(cases, 'queues', 'contactsPerCpuSec') }],
      target: { y: 250_000, label: 'target 250k/s' },
    },
  ];
}
