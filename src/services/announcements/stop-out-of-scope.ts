import { advanceAnnouncement, insertRun, type AnnouncementRow } from '../../store/repos/announcements';
import { officeStoppedReport } from '../../templates/announcements';
import type { AnnouncementDeps } from './deps';
import type { AnnouncementError } from './errors';
import { notifyOffice } from './notify-office';

/**
 * A due run of a grid leader's notice that is now outside the grids its
 * creator covers (creatorRefusal in scope.ts): records the run as `stopped`
 * instead of sending it, ends the notice so it does not fail again at every
 * slot, and tells the office once — the notice may still be needed, and only
 * a person can decide who should post it now. Call inside the run's
 * transaction, so the record, the stop and the report commit together.
 */
export async function stopOutOfScope(deps: AnnouncementDeps, a: AnnouncementRow, refusal: AnnouncementError): Promise<void> {
  const { db } = deps.store;
  const now = deps.now();
  const slot = a.nextRunAt!;
  const note = refusal.code === 'outside_own_grids' ? 'outside-grids' : `grids-unknown:${refusal.details.reason ?? ''}`;
  await insertRun(db, { announcementId: a.id, scheduledFor: slot, status: 'stopped', note, createdAt: now });
  await notifyOffice(
    deps,
    a.communityId,
    officeStoppedReport({ id: a.id, text: a.renderedText, at: slot, creator: a.createdByName ?? a.createdBy, refusal }),
    `announcement:${a.id}:stopped`,
  );
  await advanceAnnouncement(db, a.id, slot, { status: 'stopped', nextRunAt: null, runCount: a.runCount + 1, updatedAt: now });
}
