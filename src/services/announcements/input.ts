import { z } from 'zod';
import { fromShanghai } from '../../jobs/cron';
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

/** Any number of fraction digits (Python's isoformat() writes six); milliseconds are kept. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Parses an ISO-8601 time; a time without an offset is Asia/Shanghai. Null when malformed. */
export function parseTime(s: string): Date | null {
  const m = ISO.exec(s.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  const ms = frac ? Number(frac.slice(1, 4).padEnd(3, '0')) : 0;
  const [Y, MO, D, H, MI, S] = [y, mo, d, h, mi, sec ?? '0'].map(Number) as [number, number, number, number, number, number];
  if (MO < 1 || MO > 12 || D < 1 || D > 31 || H > 23 || MI > 59 || S > 59) return null;
  const at = zone
    ? new Date(`${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}.${String(ms).padStart(3, '0')}${zone}`)
    : new Date(fromShanghai(Y, MO, D, H, MI).getTime() + S * 1000 + ms);
  if (Number.isNaN(at.getTime())) return null;
  // Reject 2026-02-30 and the like instead of rolling over to March.
  const check = zone ? null : fromShanghai(Y, MO, D, H, MI);
  if (check && new Date(check.getTime() + 8 * 3600_000).getUTCDate() !== D) return null;
  return at;
}
