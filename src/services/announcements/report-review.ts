import { markReviewReported, unreportedReviewDeliveries } from '../../store/repos/announcements';
import { officeReviewReport } from '../../templates/announcements';
import type { AnnouncementDeps } from './deps';
import { notifyOffice } from './notify-office';

/**
 * Group messages of announcements that were being sent at a crash (or timed
 * out) are parked 'review' by the outbox sender: they may or may not have
 * arrived. Tell the office once per delivery, so a person checks the group
 * instead of the bot re-posting blindly. Returns how many were reported.
 */
export async function reportReviewDeliveries(deps: AnnouncementDeps): Promise<number> {
  // A cheap read first: this runs at every scheduler wake, and almost always finds nothing.
  if ((await unreportedReviewDeliveries(deps.store.db)).length === 0) return 0;
  return deps.store.transaction(async () => {
    const rows = await unreportedReviewDeliveries(deps.store.db);
    if (rows.length === 0) return 0;
    const byCommunity = new Map<number | null, typeof rows>();
    for (const r of rows) byCommunity.set(r.communityId, [...(byCommunity.get(r.communityId) ?? []), r]);
    for (const [communityId, items] of byCommunity) {
      await notifyOffice(deps, communityId, officeReviewReport(items), 'announcement:review');
    }
    await markReviewReported(
      deps.store.db,
      rows.map((r) => r.deliveryId),
      deps.now(),
    );
    return rows.length;
  });
}
