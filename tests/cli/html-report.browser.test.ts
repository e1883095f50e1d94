/**
 * The HTML report in a real browser (headless Chromium through playwright-core): the page of a full
 * default-scenario day draws its four charts from the inlined data, with no console error and no
 * request beyond the file itself. Saves a screenshot (see tests/support/screenshots.ts). Skipped, saying
 * why, when /usr/bin/chromium is missing.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from '../support/screenshots.js';
import { runCli } from './run-cli.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`tests/cli/html-report.browser.test.ts: skipped, ${CHROMIUM} is missing (apt-get install chromium)`);

const dir = mkdtempSync(join(tmpdir(), 'switchboard-cli-html-'));
let browser: Browser | undefined;

beforeAll(async () => {
  if (!hasChromium) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The little of the page's DOM the checks use (the test is compiled without the DOM library). */
interface PageCanvas {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { readonly data: ArrayLike<number> } };
}
interface PageGlobals {
  readonly document: { readonly body: { readonly dataset: Record<string, string | undefined> }; querySelectorAll(selector: string): Iterable<PageCanvas> };
  readonly Chart: { getChart(canvas: PageCanvas): unknown };
}

/** For each canvas: its id, whether chart.js owns it, its size and how many pixels are painted. */
interface CanvasCheck {
  readonly id: string;
  readonly charted: boolean;
  readonly width: number;
  readonly height: number;
  readonly paintedPixels: number;
}

describe.skipIf(!hasChromium)('the HTML report in Chromium (default scenario, seed 1)', () => {
  it('draws four charts offline, without console errors, and is saved as simulation-report.png', async () => {
    const file = join(dir, 'report.html');
    const run = runCli(['simulate', '--html', file]);
    expect(run.code, run.stderr).toBe(0);
    const url = pathToFileURL(file).href;

    const context = await (browser as Browser).newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    await page.goto(url);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.body.dataset.chartsDrawn === '4', undefined, { timeout: 10_000 });

    const canvases = await page.evaluate((): CanvasCheck[] => {
      const { document, Chart } = globalThis as unknown as PageGlobals;
      return [...document.querySelectorAll('canvas')].map((canvas) => {
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let paintedPixels = 0;
        for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] as number) > 0) paintedPixels++;
        return { id: canvas.id, charted: Chart.getChart(canvas) !== undefined, width: canvas.width, height: canvas.height, paintedPixels };
      });
    });
    expect(canvases.map((c) => c.id)).toEqual(['chart-waiting', 'chart-service-level', 'chart-occupancy', 'chart-waits']);
    for (const canvas of canvases) {
      expect(canvas.charted, canvas.id).toBe(true);
      expect(canvas.width * canvas.height, canvas.id).toBeGreaterThan(100_000);
      // Axes, labels and data: well beyond a blank or axes-only canvas.
      expect(canvas.paintedPixels, canvas.id).toBeGreaterThan(5_000);
    }
    expect(await page.locator('table.summary tbody tr').count()).toBe(4);
    expect(await page.locator('dl.facts').textContent()).toContain('Seed1');
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);

    await page.screenshot({ path: screenshotPath('simulation-report.png'), fullPage: true });
    await context.close();
  });
});
