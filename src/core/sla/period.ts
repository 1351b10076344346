/**
 * Report periods in Beijing time: weekly "2026-W49" (ISO week, Monday
 * 00:00), monthly "2026-12", quarterly "2026-Q4". Pure.
 */
export type ReportKind = 'weekly' | 'monthly' | 'quarterly';
export const REPORT_KINDS: readonly ReportKind[] = ['weekly', 'monthly', 'quarterly'];

export interface Period {
  kind: ReportKind;
  key: string;
  start: Date;
  end: Date;
}

const SH = 8 * 3_600_000;
const DAY = 86_400_000;
const at = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - SH);

function isoWeekStart(year: number, week: number): Date {
  // ISO week 1 contains 4 January; weeks start on Monday.
  const jan4 = Date.UTC(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7;
  return new Date(jan4 - dow * DAY + (week - 1) * 7 * DAY - SH);
}

function isoWeekOf(instant: Date): { year: number; week: number } {
  const local = new Date(instant.getTime() + SH);
  const day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  const dow = (new Date(day).getUTCDay() + 6) % 7;
  const thursday = new Date(day - dow * DAY + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return { year, week };
}

/** The period a key names, or null when the key does not fit the kind. */
export function parsePeriod(kind: ReportKind, key: string): Period | null {
  const k = key.trim();
  if (kind === 'weekly') {
    const w = /^(\d{4})-?W(\d{1,2})$/i.exec(k);
    if (w) {
      const week = Number(w[2]);
      if (week < 1 || week > 53) return null;
      const start = isoWeekStart(Number(w[1]), week);
      return { kind, key: `${w[1]}-W${String(week).padStart(2, '0')}`, start, end: new Date(start.getTime() + 7 * DAY) };
    }
    const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(k);
    if (d) return periodContaining(kind, at(Number(d[1]), Number(d[2]), Number(d[3])));
    return null;
  }
  if (kind === 'monthly') {
    const m = /^(\d{4})-(\d{1,2})$/.exec(k);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { kind, key: `${y}-${String(mo).padStart(2, '0')}`, start: at(y, mo, 1), end: mo === 12 ? at(y + 1, 1, 1) : at(y, mo + 1, 1) };
  }
  const q = /^(\d{4})-?Q([1-4])$/i.exec(k);
  if (!q) return null;
  const y = Number(q[1]);
  const n = Number(q[2]);
  return { kind, key: `${y}-Q${n}`, start: at(y, (n - 1) * 3 + 1, 1), end: n === 4 ? at(y + 1, 1, 1) : at(y, n * 3 + 1, 1) };
}

export function periodContaining(kind: ReportKind, instant: Date): Period {
  const local = new Date(instant.getTime() + SH);
  const y = local.getUTCFullYear();
  const mo = local.getUTCMonth() + 1;
  if (kind === 'weekly') {
    const { year, week } = isoWeekOf(instant);
    return parsePeriod('weekly', `${year}-W${week}`)!;
  }
  if (kind === 'monthly') return parsePeriod('monthly', `${y}-${mo}`)!;
  return parsePeriod('quarterly', `${y}-Q${Math.floor((mo - 1) / 3) + 1}`)!;
}

/** The period just before the one containing `instant` (what a job at its start reports on). */
export function previousPeriod(kind: ReportKind, instant: Date): Period {
  return periodContaining(kind, new Date(periodContaining(kind, instant).start.getTime() - 1));
}
