/**
 * `switchboard simulate` in a child process: the summary, the reproduction line, determinism and the
 * `--json` / `--html` files. Small horizons (2 h of the default scenario) keep it quick.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../src/simulation/simulation-result.js';
import { describeRun, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'switchboard-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('switchboard simulate (default scenario, seed 42, 2 h)', () => {
  const args = ['simulate', '--seed', '42', '--horizon', '2h'];

  it('exits 0 and prints the summary with the seed, the span and the reproduction line', () => {
    const run = runCli(args);
    expect(run.code, `${describeRun(args)}\n${run.stderr}`).toBe(0);
    expect(run.stderr).toBe(''); // stderr is not a TTY: no progress bar
    expect(run.stdout).toContain('Scenario:  Small contact centre: chat and voice, one Monday');
    expect(run.stdout).toMatch(/^Seed: +42$/m);
    expect(run.stdout).toMatch(/^Span: +2026-03-02 08:00:00 \+01:00 to .*measured window 2 h\)$/m);
    expect(run.stdout).toMatch(/^queue +offered +answered +abandoned +ticketed +SL 30 s +ASA +p90 wait +AHT +occupancy$/m);
    for (const row of ['chat-billing', 'chat-technical', 'voice', 'overall']) {
      expect(run.stdout).toMatch(new RegExp(`^${row} +\\d+ +\\d+ +\\d+ +\\d+ +[\\d.]+ % +[\\d.]+ s +[\\d.]+ s +[\\d.]+ s +[\\d.]+ %$`, 'm'));
    }
    expect(run.stdout).toContain('Reproduce: switchboard simulate --seed 42 --horizon 2h');
  });

  it('prints the same summary for the same seed', () => {
    const first = runCli(args);
    const second = runCli(args);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });
});

describe('switchboard simulate --json --html (default scenario, seed 3, 2 h)', () => {
  const json = join(dir, 'out/run.json');
  const html = join(dir, 'out/run.html');
  const args = ['simulate', '--seed', '3', '--horizon', '2h', '--json', json, '--html', html];
  const run = runCli(args);

  it('writes both files and says so', () => {
    expect(run.code, `${describeRun(args)}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain(`JSON result: ${json}`);
    expect(run.stdout).toContain(`HTML report: ${html}`);
  });

  it('writes the result as JSON: report, queueing metrics and timeline, without the events', () => {
    const result = JSON.parse(readFileSync(json, 'utf8')) as SimulationResult;
    expect(result.seed).toBe(3);
    expect(result.report.schemaVersion).toBe(1);
    expect(result.report.queues.map((q) => q.queueId).sort()).toEqual(['chat-billing', 'chat-technical', 'voice']);
    expect(result.queueing.overall.arrivals).toBeGreaterThan(0);
    expect(result.timeline.samples.length).toBeGreaterThan(100);
    expect(result.events).toBeNull();
  });

  it('writes one self-contained HTML page: chart.js inlined, four canvases, the data, nothing fetched', () => {
    const page = readFileSync(html, 'utf8');
    const result = JSON.parse(readFileSync(json, 'utf8')) as SimulationResult;
    expect(page).toContain('Chart.js v4');
    expect(page.match(/<canvas /g)).toHaveLength(4);
    expect(page).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
    expect(page).toContain('http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;');
    const data = JSON.parse(/<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(page)?.[1] ?? 'null');
    expect(data.waiting.series[0].values).toEqual(result.timeline.samples.map((s) => s.waitingContacts));
    expect(data.serviceLevel.labels).toHaveLength(result.report.intervals.length);
    expect(data.occupancy.groups).toEqual(['chat-early', 'chat-late', 'tech', 'phone', 'blended']);
    // The histogram counts each answered contact once, as the report does.
    expect(data.waits.counts.reduce((a: number, b: number) => a + b, 0)).toBe(result.report.overall.answered);
    expect(page).toContain('Seed</dt><dd>3</dd>');
  });

  it('includes the event log in the JSON with --events', () => {
    const withEvents = join(dir, 'events.json');
    const eventsRun = runCli(['simulate', '--seed', '3', '--horizon', '30m', '--json', withEvents, '--events']);
    expect(eventsRun.code, eventsRun.stderr).toBe(0);
    const result = JSON.parse(readFileSync(withEvents, 'utf8')) as SimulationResult;
    expect(result.events?.[0]?.type).toBeTypeOf('string');
    expect(result.events?.some((e) => e.type === 'contact.assigned')).toBe(true);
  });
});
