import { describe, expect, it } from 'vitest';
import {
  clockMinutes,
  dayNumberOfDate,
  isCloseTime,
  isOpenTime,
  weekdayOfDay,
} from '../../../../src/domain/calendar/wall-clock.js';

describe('wall-clock arithmetic', () => {
  it('reads HH:mm as minutes after midnight, with 24:00 as the end of the day', () => {
    expect(clockMinutes('00:00')).toBe(0);
    expect(clockMinutes('08:30')).toBe(510);
    expect(clockMinutes('23:59')).toBe(1439);
    expect(clockMinutes('24:00')).toBe(1440);
    expect(clockMinutes('24:01')).toBeNaN();
  });

  it('allows 24:00 as a closing time but not as an opening time', () => {
    expect([isOpenTime('24:00'), isCloseTime('24:00')]).toEqual([false, true]);
    expect([isOpenTime('7:00'), isOpenTime('07:60'), isOpenTime('07:00 '), isOpenTime(700)]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('numbers days from 1970-01-01, matching Date.UTC', () => {
    expect(dayNumberOfDate('1970-01-01')).toBe(0);
    expect(dayNumberOfDate('2026-03-29')).toBe(Date.UTC(2026, 2, 29) / 86_400_000);
    expect(dayNumberOfDate('2028-02-29')).toBe(Date.UTC(2028, 1, 29) / 86_400_000);
    expect(dayNumberOfDate('1969-12-31')).toBe(-1);
  });

  it('refuses dates that do not exist', () => {
    expect(['2026-02-29', '2026-02-30', '2100-02-29', '2026-04-31', '2026-00-10', '2026-12-32'].map(dayNumberOfDate))
      .toEqual([null, null, null, null, null, null]);
    expect(dayNumberOfDate('2000-02-29')).not.toBeNull();
  });

  it('finds the weekday of a day number, Monday first', () => {
    expect(weekdayOfDay(0)).toBe(3); // 1970-01-01 was a Thursday
    expect(weekdayOfDay(Date.UTC(2026, 5, 15) / 86_400_000)).toBe(0); // Monday 15 June 2026
    expect(weekdayOfDay(-1)).toBe(2); // Wednesday 31 December 1969
  });
});
