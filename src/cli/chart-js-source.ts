/**
 * The source of chart.js's UMD bundle, inlined into the HTML report so the file needs no network.
 * chart.js's `exports` map does not list `dist/chart.umd.js`, so the path is found next to the
 * package's resolved CommonJS entry (`dist/chart.cjs`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Reads `chart.js/dist/chart.umd.js` from the installed package.
 * @example const chartJs = chartJsSource(); // the Chart.js v4 bundle, global `Chart`
 */
export function chartJsSource(): string {
  const entry = createRequire(import.meta.url).resolve('chart.js');
  return readFileSync(join(dirname(entry), 'chart.umd.js'), 'utf8');
}
