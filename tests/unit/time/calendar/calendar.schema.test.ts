import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssues } from '../../../../src/domain/config/format-issues.js';
import { CalendarConfigSchema, compileCalendar } from '../../../../src/time/calendar/index.js';
import { problemsOf } from './problems-of.js';

const warsaw = (weekly: unknown[], exceptions: unknown[] = []) => ({ timeZone: 'Europe/Warsaw', weekly, exceptions });
const monday = { day: 'mon', open: '08:00', close: '16:00' } as const;

describe('calendar configuration', () => {
  it('accepts the documented example with a span past midnight and both kinds of exception', () => {
    const config = warsaw(
      [monday, { day: 'fri', open: '22:00', close: '02:00' }],
      [{ date: '2026-12-25', closed: true }, { date: '2026-12-24', intervals: [{ open: '08:00', close: '12:00' }] }],
    );
    expect(problemsOf(config)).toEqual([]);
  });

  it('accepts an always-open calendar with or without a time zone', () => {
    expect(problemsOf({ alwaysOpen: true })).toEqual([]);
    expect(problemsOf({ timeZone: 'UTC', alwaysOpen: true })).toEqual([]);
  });

  it('prefixes every message with the path the caller embeds the calendar at', () => {
    const Schema = z.strictObject({ queues: z.array(z.strictObject({ calendar: CalendarConfigSchema })) });
    const calendar = warsaw([monday, { day: 'tue', open: '08:00', close: '25:00' }]);
    const input = { queues: [{ calendar: { alwaysOpen: true } }, { calendar: { alwaysOpen: true } }, { calendar }] };
    const parsed = Schema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(formatIssues(parsed.error?.issues ?? [], input).map((p) => p.message)).toEqual([
      'queues[2].calendar.weekly[1].close must be HH:mm (got "25:00")',
    ]);
  });

  it('names the scope and counts the problems in the thrown error', () => {
    expect(() => compileCalendar({ timeZone: 'Mars/Base', weekly: [monday] })).toThrow(
      'switchboard/calendar: 1 problem:\n  - timeZone is not a known IANA time zone (got "Mars/Base")',
    );
  });

  it('rejects an unknown time zone and a time zone that is not a string', () => {
    expect(problemsOf({ timeZone: 'Europe/Warsw', weekly: [monday] })).toEqual([
      'timeZone is not a known IANA time zone (got "Europe/Warsw")',
    ]);
    expect(problemsOf({ timeZone: 1, weekly: [monday] })).toEqual(['timeZone must be an IANA time zone name (got 1)']);
  });

  it('rejects times that are not HH:mm, including 24:00 as an opening time', () => {
    const weekly = [
      { day: 'mon', open: '8:00', close: '16:00' },
      { day: 'tue', open: '08:00', close: '25:00' },
      { day: 'wed', open: '24:00', close: '23:00' },
      { day: 'thu', open: 8, close: '16:60' },
    ];
    expect(problemsOf(warsaw(weekly))).toEqual([
      'weekly[0].open must be HH:mm (got "8:00")',
      'weekly[1].close must be HH:mm (got "25:00")',
      'weekly[2].open must be HH:mm (got "24:00")',
      'weekly[3].open must be HH:mm (got 8)',
      'weekly[3].close must be HH:mm (got "16:60")',
    ]);
  });

  it('accepts 24:00 as a closing time and intervals that merely touch', () => {
    const weekly = [
      { day: 'wed', open: '08:00', close: '12:00' },
      { day: 'wed', open: '12:00', close: '24:00' },
      { day: 'thu', open: '00:00', close: '06:00' },
    ];
    expect(problemsOf(warsaw(weekly))).toEqual([]);
  });

  it('rejects an unknown weekday', () => {
    expect(problemsOf(warsaw([{ day: 'monday', open: '08:00', close: '16:00' }]))).toEqual([
      'weekly[0].day must be one of mon, tue, wed, thu, fri, sat, sun (got "monday")',
    ]);
  });

  it('rejects a weekly interval whose close equals its open', () => {
    expect(problemsOf(warsaw([{ day: 'mon', open: '08:00', close: '08:00' }]))).toEqual([
      'weekly[0].close must differ from open (got "08:00")',
    ]);
  });

  it('rejects weekly intervals that overlap on the same day', () => {
    expect(problemsOf(warsaw([monday, { day: 'mon', open: '15:59', close: '18:00' }]))).toEqual([
      'weekly[1] overlaps weekly[0] (got {"day":"mon","open":"15:59","close":"18:00"})',
    ]);
  });

  it('rejects a span past midnight that overlaps the next day', () => {
    const weekly = [{ day: 'fri', open: '22:00', close: '02:00' }, { day: 'sat', open: '01:00', close: '05:00' }];
    expect(problemsOf(warsaw(weekly))).toEqual([
      'weekly[1] overlaps weekly[0] (got {"day":"sat","open":"01:00","close":"05:00"})',
    ]);
  });

  it('rejects a Sunday span that overlaps Monday across the end of the week', () => {
    const weekly = [{ day: 'mon', open: '00:30', close: '06:00' }, { day: 'sun', open: '23:00', close: '01:00' }];
    expect(problemsOf(warsaw(weekly))).toEqual([
      'weekly[1] overlaps weekly[0] (got {"day":"sun","open":"23:00","close":"01:00"})',
    ]);
  });

  it('rejects hours on an always-open calendar, and hours without a time zone', () => {
    expect(problemsOf({ alwaysOpen: true, weekly: [monday] })).toEqual([
      'weekly must be empty when alwaysOpen is true (got [{"day":"mon","open":"08:00","close":"16:00"}])',
    ]);
    expect(problemsOf({ weekly: [monday] })).toEqual(['timeZone is required unless alwaysOpen is true (got nothing)']);
  });

  it('rejects an empty calendar instead of silently closing for good', () => {
    expect(problemsOf({ timeZone: 'UTC' })).toEqual([
      'weekly must list at least one interval unless alwaysOpen is true (got nothing)',
    ]);
  });

  it('rejects unknown fields and a calendar that is not an object', () => {
    expect(problemsOf({ alwaysOpen: true, holidays: [] })).toEqual(['holidays is not a known field (got [])']);
    expect(problemsOf(null)).toEqual(['(root) must be an object (got null)']);
  });

  it('reports every problem at once, including overlaps next to invalid entries', () => {
    const weekly = [
      { day: 'mon', open: 8, close: '16:00' },
      { day: 'tue', open: '08:00', close: '12:00' },
      { day: 'tue', open: '11:00', close: '13:00' },
    ];
    const exceptions = [{ date: '2026-02-30', closed: true }, { date: '2026-02-30', closed: true }];
    expect(problemsOf({ timeZone: 'Nowhere/Atlantis', weekly, exceptions })).toEqual([
      'timeZone is not a known IANA time zone (got "Nowhere/Atlantis")',
      'weekly[0].open must be HH:mm (got 8)',
      'weekly[2] overlaps weekly[1] (got {"day":"tue","open":"11:00","close":"13:00"})',
      'exceptions[0].date is not a real date (got "2026-02-30")',
      'exceptions[1].date is not a real date (got "2026-02-30")',
      'exceptions[1].date repeats exceptions[0].date (got "2026-02-30")',
    ]);
  });
});
