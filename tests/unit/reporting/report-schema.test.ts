import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createReport } from '../../../src/reporting/create-report.js';
import { ReportSchema } from '../../../src/reporting/report.schema.js';
import { logC } from './log-c.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../../docs/report.schema.json', import.meta.url));

/** The published JSON Schema text: what `docs/report.schema.json` must contain. */
function publishedSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(ReportSchema), null, 2)}\n`;
}

describe('the report schema', () => {
  it('accepts a report, and its JSON round trip', () => {
    const report = createReport(logC().events, { toMs: 180_000, intervalMs: 60_000 });
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(ReportSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
  });

  it('names the unit of every time field and keeps ratios as fractions', () => {
    const keys = Object.keys(ReportSchema.shape.overall.shape);
    expect(keys).toContain('answeredWaitMsP90');
    expect(keys).toContain('talkMsMean');
    // Every statistic but the rating and concurrency ones (not times) carries "Ms" before it.
    const statistics = keys.filter((k) => /(Mean|P\d\d|Max)$/.test(k) && !/Ms(Mean|P\d\d|Max)$/.test(k));
    expect(statistics).toEqual(['ratingMean', 'concurrencyMean', 'concurrencyMax']);
    expect(() => ReportSchema.shape.overall.shape.occupancyRate.parse(1.5)).toThrow();
  });

  // Rewrite the file with SWITCHBOARD_WRITE_SCHEMA=1 npx vitest run tests/unit/reporting/report-schema.test.ts
  it('is published, up to date, in docs/report.schema.json', () => {
    if (process.env.SWITCHBOARD_WRITE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, publishedSchema());
    expect(readFileSync(SCHEMA_FILE, 'utf8'), 'docs/report.schema.json is out of date: rerun with SWITCHBOARD_WRITE_SCHEMA=1').toBe(publishedSchema());
  });
});
