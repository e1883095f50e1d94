import { describe, expect, it } from 'vitest';
import { problemsOf } from './problems-of.js';

const monday = { day: 'mon', open: '08:00', close: '16:00' } as const;
const warsaw = (weekly: unknown[], exceptions: unknown[] = []) => ({ timeZone: 'Europe/Warsaw', weekly, exceptions });

describe('calendar exception configuration', () => {
  it('rejects exception dates that are not real dates or not YYYY-MM-DD', () => {
    const exceptions = [
      { date: '2026-02-30', closed: true },
      { date: '2026-12-1', closed: true },
      { date: '2026-13-01', closed: true },
      { date: '2028-02-29', closed: true },
    ];
    expect(problemsOf(warsaw([monday], exceptions))).toEqual([
      'exceptions[0].date is not a real date (got "2026-02-30")',
      'exceptions[1].date must be a date YYYY-MM-DD (got "2026-12-1")',
      'exceptions[2].date is not a real date (got "2026-13-01")',
    ]);
  });

  it('rejects exception intervals that are inverted, empty or cross midnight', () => {
    const intervals = [
      { open: '12:00', close: '08:00' },
      { open: '13:00', close: '13:00' },
      { open: '22:00', close: '02:00' },
    ];
    expect(problemsOf(warsaw([monday], [{ date: '2026-12-24', intervals }]))).toEqual([
      'exceptions[0].intervals[0].close must be after open (got "08:00")',
      'exceptions[0].intervals[1].close must be after open (got "13:00")',
      'exceptions[0].intervals[2].close must be after open (got "02:00")',
    ]);
  });

  it('rejects overlapping intervals within one exception day', () => {
    const intervals = [{ open: '08:00', close: '12:00' }, { open: '11:00', close: '24:00' }];
    expect(problemsOf(warsaw([monday], [{ date: '2026-12-24', intervals }]))).toEqual([
      'exceptions[0].intervals[1] overlaps intervals[0] (got {"open":"11:00","close":"24:00"})',
    ]);
  });

  it('rejects a duplicate exception date', () => {
    const exceptions = [
      { date: '2026-12-25', closed: true },
      { date: '2026-12-24', closed: true },
      { date: '2026-12-25', intervals: [] },
    ];
    expect(problemsOf(warsaw([monday], exceptions))).toEqual([
      'exceptions[2].date repeats exceptions[0].date (got "2026-12-25")',
    ]);
  });

  it('rejects an exception that is neither closed nor lists intervals, or is both', () => {
    const exceptions = [
      { date: '2026-12-24' },
      { date: '2026-12-25', closed: true, intervals: [{ open: '08:00', close: '12:00' }] },
      { date: '2026-12-26', closed: false },
    ];
    expect(problemsOf(warsaw([monday], exceptions))).toEqual([
      'exceptions[0] must set closed: true or list intervals (got {"date":"2026-12-24"})',
      'exceptions[1].intervals must be left out when closed is true (got [{"open":"08:00","close":"12:00"}])',
      'exceptions[2].closed must be true (list intervals for special hours) (got false)',
    ]);
  });
});
