import type { Store } from '../../store/db';
import { calendarCoversYear, shanghaiDay } from '../../core/sla/calendar';
import { slaOf } from './runtime';
import { calendarOutOfData } from '../../templates/sla';

/**
 * For /healthz: whether the holiday calendar knows today's year. Past the
 * package's data every weekday counts as a working day until the SLA file's
 * `holidays:` table (or a newer package) fills the year in.
 */
export function calendarHealth(store: Store, now: Date): { mode: string; year: number; covered: boolean; warning?: string } {
  const rt = slaOf(store);
  const year = Number(shanghaiDay(now).slice(0, 4));
  if (rt.calendar.mode === 'always') return { mode: 'always', year, covered: true };
  const fromFile = Object.keys(rt.config.holidays).some((d) => d.startsWith(`${year}-`));
  const covered = calendarCoversYear(year) || fromFile;
  return covered ? { mode: 'workdays', year, covered } : { mode: 'workdays', year, covered, warning: calendarOutOfData(year) };
}
