import { announcementById, markAnnouncementCancelled, pendingOutboxIdsOf } from '../../store/repos/announcements';
import { cancelOutbound } from '../../store/repos/outbox';
import { AnnouncementError } from './errors';
import { actorRef, mayPost, type Actor, type AnnouncementDeps } from './deps';
import { announcementsChanged } from './changes';
import { assertWithinGrids, ownGrids } from './scope';

export interface CancelOutcome {
  id: number;
  status: 'cancelled';
  /** Queued group messages that will now not be sent. */
  cancelledDeliveries: number;
  /** True when future (scheduled or recurring) runs were stopped. */
  stoppedFutureRuns: boolean;
}

/**
 * Cancels what has not gone out: pending outbox rows of the announcement and
 * its future runs. Rows already being sent are left alone (pending → cancelled
 * is conditional, as is the sender's pending → sending), so nothing is both
 * cancelled and sent. A grid leader may cancel only notices whose targets lie
 * within their grids (scope.ts); the office may cancel any. Who cancelled
 * (ref and name, as for the creator) is kept with the time, for the office.
 */
export async function cancelAnnouncement(deps: AnnouncementDeps, actor: Actor, id: number): Promise<CancelOutcome> {
  if (!mayPost(actor)) throw new AnnouncementError('not_allowed', { role: actor.role });
  const { db } = deps.store;
  const own = await ownGrids(db, actor);
  const out = await deps.store.transaction(async () => {
    const a = await announcementById(db, id);
    if (!a) throw new AnnouncementError('not_found', { id });
    // Judged on the stored targets, as they will be resolved at the next run.
    await assertWithinGrids(db, own, a.communityId ?? 0, a.targets, 'cancel', id);
    const cancelledDeliveries = await cancelOutbound(db, await pendingOutboxIdsOf(db, id));
    const stoppedFutureRuns = a.status === 'scheduled';
    if (cancelledDeliveries === 0 && !stoppedFutureRuns) throw new AnnouncementError('nothing_to_cancel', { id, status: a.status });
    await markAnnouncementCancelled(db, id, deps.now(), { ref: actorRef(actor), name: actor.name });
    return { id, status: 'cancelled' as const, cancelledDeliveries, stoppedFutureRuns };
  });
  announcementsChanged(deps.store);
  return out;
}
