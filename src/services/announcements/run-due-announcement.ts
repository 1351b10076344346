import { advanceAnnouncement, announcementById, insertRun } from '../../store/repos/announcements';
import { nextCronRun } from '../../jobs/cron';
import { officeMissedReport } from '../../templates/announcements';
import type { AnnouncementDeps } from './deps';
import { fanOutRun } from './fan-out';
import { notifyOffice } from './notify-office';
import { creatorRefusal } from './scope';
import { stopOutOfScope } from './stop-out-of-scope';

export interface RunOutcome {
  /** Slots fanned out (0 or 1). */
  sent: number;
  /** Slots recorded as missed (down for longer than the grace). */
  missed: number;
  /** 1 when the run was not sent because its grid-leader creator no longer covers the targets (the notice is stopped). */
  stopped: number;
  nextRunAt: Date | null;
}

/** Safety cap on catch-up after a long downtime (hourly for 40+ days). */
const MAX_CATCH_UP = 1000;

/**
 * Runs an announcement whose next run is due, in one transaction: the fan-out
 * (or the missed record and the office report), and the move to the next slot
 * — conditional on the slot, so a second caller finds nothing to do.
 *
 * After downtime a recurring notice may have several slots in the past: only
 * the latest is a candidate to send (the earlier ones are recorded as missed),
 * and it is sent only when less than `graceMs` late.
 *
 * A grid leader's notice is first checked against the grids its creator
 * covers now; outside them, nothing is sent and the notice is stopped
 * (stop-out-of-scope.ts) — also after downtime: no slot of it is sent.
 */
export async function runDueAnnouncement(deps: AnnouncementDeps, id: number, graceMs: number): Promise<RunOutcome> {
  const { db } = deps.store;
  return deps.store.transaction(async () => {
    const now = deps.now();
    const a = await announcementById(db, id);
    const none: RunOutcome = { sent: 0, missed: 0, stopped: 0, nextRunAt: a?.nextRunAt ?? null };
    if (!a || a.status !== 'scheduled' || !a.nextRunAt || a.nextRunAt > now) return none;

    const refusal = await creatorRefusal(db, a);
    if (refusal) {
      await stopOutOfScope(deps, a, refusal);
      return { sent: 0, missed: 0, stopped: 1, nextRunAt: null };
    }

    const limitReached = (count: number) => a.maxRuns != null && count >= a.maxRuns;
    const pastUntil = (at: Date) => a.until != null && at > a.until;

    // Slots in the past, oldest first, within the announcement's limits.
    const slots: Date[] = [a.nextRunAt];
    if (a.cron) {
      for (let i = 0; i < MAX_CATCH_UP; i++) {
        const n = nextCronRun(a.cron, slots[slots.length - 1]!);
        if (!n || n > now || pastUntil(n) || limitReached(a.runCount + slots.length)) break;
        slots.push(n);
      }
    }
    const latest = slots[slots.length - 1]!;
    const sendLatest = now.getTime() - latest.getTime() <= graceMs;
    const missedSlots = sendLatest ? slots.slice(0, -1) : slots;

    for (const at of missedSlots) {
      const late = Math.round((now.getTime() - at.getTime()) / 60_000);
      await insertRun(db, { announcementId: a.id, scheduledFor: at, status: 'missed', note: `late-${late}min`, createdAt: now });
    }
    if (missedSlots.length > 0) {
      await notifyOffice(
        deps,
        a.communityId,
        officeMissedReport({ id: a.id, text: a.renderedText, slots: missedSlots, now, graceMs, willSendLatest: sendLatest }),
        `announcement:${a.id}:missed`,
      );
    }
    const sent = sendLatest && (await fanOutRun(deps, a, latest)) ? 1 : 0;

    const runCount = a.runCount + slots.length;
    let next = a.cron ? nextCronRun(a.cron, latest) : null;
    if (next && (pastUntil(next) || limitReached(runCount))) next = null;
    const status = next ? 'scheduled' : !a.cron && !sendLatest ? 'missed' : 'done';
    await advanceAnnouncement(db, a.id, a.nextRunAt, { status, nextRunAt: next, runCount, updatedAt: now });
    return { sent, missed: missedSlots.length, stopped: 0, nextRunAt: next };
  });
}
