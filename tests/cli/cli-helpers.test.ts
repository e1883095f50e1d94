/**
 * The CLI's pure helpers, in process: unit parsing, escaping for the HTML report and the wait
 * histogram's buckets.
 */
import { describe, expect, it } from 'vitest';
import { escapeHtml, inlineScript, jsonForScript } from '../../src/cli/html-escape.js';
import { parseDurationMs, parseInteger, parseRatePerSec, parseTarget } from '../../src/cli/parse-units.js';
import { waitHistogram } from '../../src/cli/wait-histogram.js';

describe('parseDurationMs', () => {
  it.each([
    ['8h', 28_800_000],
    ['90m', 5_400_000],
    ['30s', 30_000],
    ['500ms', 500],
    ['1h30m', 5_400_000],
    ['1.5h', 5_400_000],
    ['2d', 172_800_000],
  ])('reads %s as %i ms', (text, ms) => expect(parseDurationMs(text, '--horizon')).toBe(ms));

  it.each(['8', 'h', '8 h', '8x', '-1h', ''])('refuses %j, naming the flag and the text', (text) => {
    expect(() => parseDurationMs(text, '--horizon')).toThrow(`--horizon must be a duration such as 8h, 90m, 30s, 500ms or 1h30m (got ${JSON.stringify(text)})`);
  });
});

describe('parseRatePerSec and parseTarget', () => {
  it('reads rates per unit and per duration', () => {
    expect(parseRatePerSec('200/h', '--arrivals')).toBeCloseTo(200 / 3_600, 12);
    expect(parseRatePerSec('100/30m', '--arrivals')).toBeCloseTo(100 / 1_800, 12);
    expect(parseRatePerSec('3/s', '--arrivals')).toBe(3);
    expect(() => parseRatePerSec('200', '--arrivals')).toThrow('--arrivals must be a rate such as 200/h or 100/30m (got "200")');
    expect(() => parseRatePerSec('200/0s', '--arrivals')).toThrow('--arrivals must be a rate');
  });

  it('reads a target as a percentage within a threshold', () => {
    expect(parseTarget('80/20s', '--target')).toEqual({ serviceLevelMin: 0.8, thresholdMs: 20_000 });
    expect(parseTarget('90%/1m', '--target')).toEqual({ serviceLevelMin: 0.9, thresholdMs: 60_000 });
    expect(() => parseTarget('80', '--target')).toThrow('--target must be a target such as 80/20s');
  });

  it('reads integers with a lower bound', () => {
    expect(parseInteger('-7', '--seed')).toBe(-7);
    expect(() => parseInteger('0', '--customers', 1)).toThrow('--customers must be an integer >= 1 (got "0")');
    expect(() => parseInteger('1e3', '--customers', 1)).toThrow('--customers must be an integer >= 1 (got "1e3")');
  });
});

describe('escaping for the HTML report', () => {
  it('escapes text, data and inlined scripts so nothing can close their element', () => {
    expect(escapeHtml(`<img src=x onerror="a('&')">`)).toBe('&lt;img src=x onerror=&quot;a(&#39;&amp;&#39;)&quot;&gt;');
    const json = jsonForScript({ name: '</script><!-- \u2028' });
    expect(json).not.toMatch(/[<>\u2028]/);
    expect(JSON.parse(json)).toEqual({ name: '</script><!-- \u2028' });
    expect(inlineScript('const a = "</script>"; // <!--')).toBe('const a = "<\\/script>"; // <\\!--');
  });
});

describe('waitHistogram', () => {
  it('picks a round width covering the 99th percentile and puts the rest in an open last bucket', () => {
    const waits = [...Array.from({ length: 99 }, (_, i) => i * 300), 600_000];
    const histogram = waitHistogram(waits);
    expect(histogram.bucketMs).toBe(2_000);
    expect(histogram.labels[0]).toBe('0-2 s');
    expect(histogram.labels.at(-1)).toBe('>= 30 s');
    expect(histogram.counts.reduce((a, b) => a + b, 0)).toBe(100);
    expect(histogram.counts.at(-1)).toBe(1);
  });

  it('labels minute buckets in minutes, and handles no waits', () => {
    expect(waitHistogram([0, 400_000, 900_000]).labels[0]).toBe('0-1 min');
    expect(waitHistogram([])).toEqual({ bucketMs: 1_000, labels: ['0-1 s'], counts: [0], total: 0 });
  });
});
