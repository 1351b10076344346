import { inTransaction } from '../../store/db';
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
export function cancelAnnouncement(deps: AnnouncementDeps, actor: Actor, id: number): CancelOutcome {
  if (!mayPost(actor)) throw new AnnouncementError('not_allowed', { role: actor.role });
  const { db } = deps.store;
  const own = ownGrids(db, actor);
  const out = inTransaction(deps.store, () => {
    const a = announcementById(db, id);
    if (!a) throw new AnnouncementError('not_found', { id });
    // Judged on the stored targets, as they will be resolved at the next run.
    assertWithinGrids(db, own, a.communityId ?? 0, a.targets, 'cancel', id);
    const cancelledDeliveries = cancelOutbound(db, pendingOutboxIdsOf(db, id));
    const stoppedFutureRuns = a.status === 'scheduled';
    if (cancelledDeliveries === 0 && !stoppedFutureRuns) throw new AnnouncementError('nothing_to_cancel', { id, status: a.status });
    markAnnouncementCancelled(db, id, deps.now(), { ref: actorRef(actor), name: actor.name });
    return { id, status: 'cancelled' as const, cancelledDeliveries, stoppedFutureRuns };
  });
  announcementsChanged(deps.store);
  return out;
}
