import { z } from 'zod';
import { fieldRequired, fieldTooLong } from '../../templates/common';
import { targetsMissing, targetsNotObject } from '../../templates/announcements';

const targetItem = z.union([z.string().trim().min(1), z.number().int().nonnegative()]);

export const targetsSchema = z
  .object(
    {
      all: z.boolean().optional(),
      grids: z.array(targetItem).max(100).optional(),
      buildings: z.array(targetItem).max(500).optional(),
      includeWorkers: z.boolean().optional(),
    },
    { error: (iss) => (iss.input === undefined ? targetsMissing() : targetsNotObject()) },
  )
  .strict();

/** The body of POST /api/announcements, and what a chat draft submits on 确认. */
export const createAnnouncementInput = z
  .object({
    text: z.string().trim().min(1, fieldRequired('text')).max(2000, fieldTooLong('text', 2000)).optional(),
    template: z.string().trim().min(1).optional(),
    vars: z.record(z.string(), z.unknown()).optional(),
    targets: targetsSchema,
    /** ISO-8601; without an offset it is read as Asia/Shanghai wall-clock time. */
    sendAt: z.string().trim().min(1).optional(),
    cron: z.string().trim().min(1).optional(),
    until: z.string().trim().min(1).optional(),
    maxRuns: z.number().int().min(1).max(1000).optional(),
    /** Community name or id; needed only when the store holds several. */
    community: z.union([z.string().trim().min(1), z.number().int().positive()]).optional(),
  })
  .strict();

export type CreateAnnouncementInput = z.infer<typeof createAnnouncementInput>;

// Any number of fractional-second digits: Python's isoformat() writes six.
const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const SHANGHAI_OFFSET_MIN = 8 * 60;

/**
 * Parses an ISO-8601 time; a time without an offset is Asia/Shanghai. Null when
 * malformed or when the calendar has no such day (2027-02-30, 2027-02-29):
 * the date is checked as written, before any offset is applied, so nothing
 * rolls over into the next month.
 */
export function parseTime(s: string): Date | null {
  const m = ISO.exec(s.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  const [Y, MO, D, H, MI, S] = [y, mo, d, h, mi, sec ?? '0'].map(Number) as [number, number, number, number, number, number];
  if (MO < 1 || MO > 12 || D < 1 || D > daysInMonth(Y, MO) || H > 23 || MI > 59 || S > 59) return null;
  const ms = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  const offsetMin = zone ? offsetMinutes(zone) : SHANGHAI_OFFSET_MIN;
  if (offsetMin === null) return null;
  return new Date(Date.UTC(Y, MO - 1, D, H, MI, S, ms) - offsetMin * 60_000);
}

function daysInMonth(y: number, mo: number): number {
  return new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** "Z" → 0, "+08:00" / "+0800" → 480; null for an offset no place uses (beyond ±14:00). */
function offsetMinutes(zone: string): number | null {
  if (/^z$/i.test(zone)) return 0;
  const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  const min = Number(z[2]) * 60 + Number(z[3]);
  if (Number(z[3]) > 59 || min > 14 * 60) return null;
  return z[1] === '-' ? -min : min;
}
