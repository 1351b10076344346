import chineseDays from 'chinese-days';
import { durationMs, type Duration } from './duration';

/**
 * Working time. China's official holidays and 调休 make-up workdays come from
 * the `chinese-days` data (pure data, no I/O); the SLA file's override table
 * decides days the package does not know yet (or corrects it). All dates are
 * Asia/Shanghai calendar days (UTC+8 all year, no daylight saving).
 *
 * The working clock runs all day on a working day and stops on other days: a
 * `2h` working duration started on Friday 23:00 ends Monday 01:00; `Nd`
 * ends at 24:00 of the Nth working day counted from the day after the start.
 */
export interface WorkCalendar {
  /** 'always': natural time everywhere, no holidays. */
  mode: 'workdays' | 'always';
  isWorkday(day: string): boolean;
  /** The same, by Shanghai day number (days since 1970-01-01 in UTC+8): the hot path. */
  isWorkdayIndex(index: number): boolean;
}

const OFFSET = 8 * 3_600_000;
const DAY = 86_400_000;

/** "2026-10-10" for the Shanghai day an instant falls in. */
export function shanghaiDay(at: Date | number): string {
  return new Date((typeof at === 'number' ? at : at.getTime()) + OFFSET).toISOString().slice(0, 10);
}

/** The instant a Shanghai day starts. */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - OFFSET;
}

const dayIndexOf = (t: number) => Math.floor((t + OFFSET) / DAY);
const indexStart = (i: number) => i * DAY - OFFSET;
const indexName = (i: number) => new Date(i * DAY).toISOString().slice(0, 10);

export type DayOverride = 'work' | 'off';

export function createCalendar(mode: 'workdays' | 'always', overrides: Record<string, DayOverride> = {}): WorkCalendar {
  const cache = new Map<number, boolean>();
  const byIndex = (i: number): boolean => {
    if (mode === 'always') return true;
    let v = cache.get(i);
    if (v === undefined) {
      const day = indexName(i);
      const o = overrides[day];
      v = o ? o === 'work' : chineseDays.isWorkday(day);
      cache.set(i, v);
    }
    return v;
  };
  return {
    mode,
    isWorkdayIndex: byIndex,
    isWorkday: (day) => byIndex(Math.round((dayStart(day) + OFFSET) / DAY)),
  };
}

/** Whether the package has official data for this year (its New Year's Day is listed as a holiday). */
export function calendarCoversYear(year: number): boolean {
  return chineseDays.isHoliday(`${year}-01-01`);
}

/** Where a deadline falls: `dur` after `start`, on working time or natural time. */
export function addDuration(start: Date, dur: Duration, cal: WorkCalendar, natural: boolean): Date {
  if (natural || cal.mode === 'always') return new Date(start.getTime() + durationMs(dur));
  if (dur.unit === 'd' && Number.isInteger(dur.amount)) {
    // 24:00 of the Nth working day after the start day; 0d is the end of the start day.
    // A start at exactly 24:00 belongs to the day that just ended.
    let day = dayIndexOf(start.getTime() - 1);
    let left = dur.amount;
    for (let guard = 0; guard < 3660 && left > 0; guard++) {
      day++;
      if (cal.isWorkdayIndex(day)) left--;
    }
    return new Date(indexStart(day + 1));
  }
  return addWorkingMs(start, durationMs(dur), cal);
}

/** `ms` of working time after `start` (the clock stands still on days off). */
export function addWorkingMs(start: Date, ms: number, cal: WorkCalendar): Date {
  if (cal.mode === 'always') return new Date(start.getTime() + ms);
  let t = start.getTime();
  let left = ms;
  for (let guard = 0; guard < 3660; guard++) {
    const day = dayIndexOf(t);
    const end = indexStart(day + 1);
    if (cal.isWorkdayIndex(day)) {
      if (t + left <= end) return new Date(t + left);
      left -= end - t;
    }
    t = end;
  }
  return new Date(t + left);
}

/** Working milliseconds between two instants (0 when b <= a). */
export function workingMsBetween(a: Date, b: Date, cal: WorkCalendar): number {
  if (b <= a) return 0;
  if (cal.mode === 'always') return b.getTime() - a.getTime();
  let t = a.getTime();
  const stop = b.getTime();
  let total = 0;
  for (let guard = 0; guard < 36600 && t < stop; guard++) {
    const day = dayIndexOf(t);
    const end = Math.min(indexStart(day + 1), stop);
    if (cal.isWorkdayIndex(day)) total += end - t;
    t = end;
  }
  return total;
}

/** The instant `share` (0..1) of the way from `start` to `due`, measured on the clock in use. */
export function shareOf(start: Date, due: Date, share: number, cal: WorkCalendar, natural: boolean): Date {
  if (natural || cal.mode === 'always') return new Date(start.getTime() + (due.getTime() - start.getTime()) * share);
  return addWorkingMs(start, workingMsBetween(start, due, cal) * share, cal);
}
