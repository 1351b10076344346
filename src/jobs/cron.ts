import { parse as parseCron, validateDetailed } from 'node-cron';
import { cronFieldCount, cronFieldInvalid } from '../templates/cron';

/**
 * Next run of a cron expression in Asia/Shanghai, from any given instant.
 *
 * node-cron v4 validates and parses expressions (used here), but its
 * `getNextRuns()` always counts from the wall clock (`new Date()`) and its
 * matcher class is not exported, so it cannot answer "the next run after
 * time T" for an injected clock or a restart catch-up. This small walker does,
 * on the fields node-cron parsed, with node-cron's semantics (day-of-month AND
 * day-of-week must both match; L, nW, L-n, nL and n#k are understood).
 *
 * China has kept UTC+8 all year since 1991 (no daylight saving), so local
 * wall-clock time is a fixed offset and no time-zone database is needed.
 */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const MAX_DAYS = 366 * 8;

export interface CronCheck {
  ok: boolean;
  reason?: string;
}

/** Five fields only (minute precision): a seconds field would let a typo post every second. */
export function checkCron(expr: string): CronCheck {
  const fields = expr.trim().split(/\s+/);
  if (fields.length !== 5) return { ok: false, reason: cronFieldCount(fields.length) };
  const v = validateDetailed(expr.trim());
  // node-cron explains in English; say which field and value, in Chinese.
  if (!v.valid) return { ok: false, reason: v.errors.map((e) => cronFieldInvalid(e.field, e.value ?? '')).join('；') };
  return { ok: true };
}

interface Fields {
  minute: number[];
  hour: number[];
  dayOfMonth: (number | string)[];
  month: number[];
  dayOfWeek: (number | string)[];
}

const cache = new Map<string, Fields>();

function fieldsOf(expr: string): Fields {
  let f = cache.get(expr);
  if (!f) {
    const p = parseCron(expr.trim());
    const asc = (xs: number[]) => [...xs].sort((a, b) => a - b);
    f = { minute: asc(p.minute), hour: asc(p.hour), dayOfMonth: p.dayOfMonth, month: p.month, dayOfWeek: p.dayOfWeek };
    cache.set(expr, f);
  }
  return f;
}

/** The first run strictly after `after` (minute precision), or null if none within 8 years. */
export function nextCronRun(expr: string, after: Date): Date | null {
  const f = fieldsOf(expr);
  // Work in "Shanghai wall-clock as if UTC": getUTC* then read local fields.
  const local = new Date(Math.floor((after.getTime() + SHANGHAI_OFFSET_MS) / 60_000) * 60_000);
  const startDay = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  const startMinuteOfDay = local.getUTCHours() * 60 + local.getUTCMinutes();
  for (let i = 0; i < MAX_DAYS; i++) {
    const day = new Date(startDay + i * 86_400_000);
    const y = day.getUTCFullYear();
    const m = day.getUTCMonth() + 1;
    const d = day.getUTCDate();
    if (!f.month.includes(m) || !dayOfMonthMatches(f.dayOfMonth, y, m, d) || !dayOfWeekMatches(f.dayOfWeek, y, m, d)) continue;
    for (const h of f.hour) {
      for (const min of f.minute) {
        if (i === 0 && h * 60 + min <= startMinuteOfDay) continue;
        return new Date(day.getTime() + (h * 60 + min) * 60_000 - SHANGHAI_OFFSET_MS);
      }
    }
  }
  return null;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function dayOfMonthMatches(values: (number | string)[], y: number, m: number, d: number): boolean {
  const last = daysInMonth(y, m);
  return values.some((v) => {
    if (typeof v === 'number') return v === d;
    if (v === 'L') return d === last;
    const offset = /^L-(\d{1,2})$/.exec(v);
    if (offset) return d === last - Number(offset[1]);
    const weekday = /^(\d{1,2}|L)W$/.exec(v);
    if (weekday) return nearestWorkday(y, m, weekday[1] === 'L' ? last : Number(weekday[1])) === d;
    return false;
  });
}

/** The weekday closest to `target` within the same month (Quartz "W"). */
function nearestWorkday(y: number, m: number, target: number): number {
  const last = daysInMonth(y, m);
  if (target < 1 || target > last) return -1;
  const wd = weekdayOf(y, m, target);
  if (wd === 6) return target === 1 ? 3 : target - 1;
  if (wd === 0) return target === last ? target - 2 : target + 1;
  return target;
}

function dayOfWeekMatches(values: (number | string)[], y: number, m: number, d: number): boolean {
  const wd = weekdayOf(y, m, d);
  return values.some((v) => {
    if (typeof v === 'number') return v % 7 === wd;
    const nth = /^([0-7])#([1-5])$/.exec(v);
    if (nth) return Number(nth[1]) % 7 === wd && Math.floor((d - 1) / 7) + 1 === Number(nth[2]);
    const lastOf = /^([0-7])L$/i.exec(v);
    if (lastOf) return Number(lastOf[1]) % 7 === wd && d + 7 > daysInMonth(y, m);
    return false;
  });
}

/** Shanghai wall-clock parts of an instant, e.g. for "2026-12-01 09:00" in texts. */
export function shanghaiParts(at: Date): { y: number; mo: number; d: number; h: number; mi: number; wd: number } {
  const l = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  return { y: l.getUTCFullYear(), mo: l.getUTCMonth() + 1, d: l.getUTCDate(), h: l.getUTCHours(), mi: l.getUTCMinutes(), wd: l.getUTCDay() };
}

/** The instant of a Shanghai wall-clock time. */
export function fromShanghai(y: number, mo: number, d: number, h = 0, mi = 0): Date {
  return new Date(Date.UTC(y, mo - 1, d, h, mi) - SHANGHAI_OFFSET_MS);
}
