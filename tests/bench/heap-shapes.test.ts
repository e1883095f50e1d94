/**
 * bench/heap-shapes at tiny size against src/: the snapshot is taken at the last arrival and its
 * objects are grouped so that each engine record type is one row.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type HeapSnapshot, shapesOf, snapshotAtLastArrival } from '../../bench/heap-shapes.js';
import type { Lib } from '../../bench/lib.js';

const lib: Lib = await import('../../src/index.js');
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(join(tmpdir(), 'heap-shapes-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bench/heap-shapes at tiny size against src/', () => {
  it('finds one contact record per chat held, a session per accepted chat, and no details object for plain chats', () => {
    const { file, contacts } = snapshotAtLastArrival(lib, 40, dir);
    expect(contacts).toBe(432);
    const shapes = shapesOf(JSON.parse(readFileSync(file, 'utf8')) as HeapSnapshot);
    const count = (prefix: string): number => shapes.filter((s) => s.shape.startsWith(prefix)).reduce((n, s) => n + s.count, 0);
    // Every chat is still held at the last arrival: in flight, or closed and in its 600 s rating window.
    const records = count('{id, requirement, bucket, details, queue, status, offer}');
    expect(records).toBeGreaterThan(contacts * 0.9);
    // 18 fields of 8 bytes and a 24-byte header (Node 20 has no pointer compression).
    const recordRow = shapes.find((s) => s.shape === '{id, requirement, bucket, details, queue, status, offer}');
    expect(recordRow && recordRow.bytes / recordRow.count).toBe(168);
    // A shape of few properties lists those only (no internal edges): every chat's contact.queued.
    expect(count('{type, contactId, queueId, cause, __proto__}')).toBe(count('{type, contactId, queueId, cause, __proto__'));
    expect(count('{type, contactId, queueId, cause, __proto__}')).toBeGreaterThan(contacts * 0.9);
    // V8 keeps one more object of a literal's shape: the boilerplate it copies.
    expect(records).toBeLessThanOrEqual(contacts + 1);
    expect(count('{id, contact, status, invited, lastOwnerId')).toBeGreaterThan(contacts * 0.9);
    // Plain chats carry no side object (D-023, revised 7 December 2026): at most the shared empty
    // details (`readDetails`) and the literal's boilerplate have that shape.
    expect(count('{targetAgentId, declined, skills')).toBeLessThanOrEqual(2);
    const sorted = shapes.map((s) => s.bytes);
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
  });

  it('on a clock that reads epoch milliseconds, holds the same records and a boxed time for each contact at least', () => {
    // Each run in a process of its own: once V8 has stored a double in a field of some shape, it
    // boxes that field in every later object of the shape, whatever the clock, so an earlier epoch-clock
    // run in the same process would box the zero clock's times too.
    const run = (...flags: string[]) => {
      const cli = spawnSync(process.execPath, ['--import', 'tsx', 'bench/heap-shapes.ts', '40', '--lib', 'src/index.ts', '--top', '1000', ...flags], { cwd: root, encoding: 'utf8' });
      expect(cli.status, cli.stderr).toBe(0);
      const count = (shape: string) => Number(cli.stdout.split('\n').find((line) => line.endsWith(`  ${shape}`))?.trim().split(/\s+/)[1]?.replace(/,/g, '') ?? 0);
      return { out: cli.stdout.split('\n')[0], records: count('{id, requirement, bucket, details, queue, status, offer}'), boxed: count('(number)') };
    };
    const zero = run();
    const epoch = run('--epoch-clock');
    for (const run of [zero, epoch]) expect(run.out).toMatch(/^heap at the last of 432 arrivals, 40 agents: /);
    expect(epoch.records).toBe(zero.records);
    expect(zero.records).toBeGreaterThan(400);
    // Past the small-integer range a time is a 16-byte heap number: every contact's enqueuedAt, and
    // (measured: about 15 per chat) the time of each of its events.
    expect(epoch.boxed - zero.boxed).toBeGreaterThan(432 * 10);
  });
});
