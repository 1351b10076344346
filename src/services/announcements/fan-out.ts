import type { AnnouncementRow } from '../../store/repos/announcements';
import { insertDelivery, insertRun, setRunNote } from '../../store/repos/announcements';
import { enqueueOutbound } from '../../store/repos/outbox';
import type { AnnouncementDeps } from './deps';
import { resolveTargets } from './targets';

/**
 * Writes one run of an announcement: the run row, and per target group a
 * delivery row with its outbox row. Must be called inside a transaction: the
 * whole fan-out commits together or not at all, so after a crash either every
 * group is queued exactly once, or none is and the run is still due.
 * Returns null when this slot already ran (the unique slot index says so).
 */
export async function fanOutRun(deps: AnnouncementDeps, a: AnnouncementRow, scheduledFor: Date): Promise<{ runId: number; groups: number } | null> {
  const { db } = deps.store;
  const now = deps.now();
  const runId = await insertRun(db, { announcementId: a.id, scheduledFor, status: 'queued', createdAt: now });
  if (runId === null) return null;
  // Groups are resolved at run time: a group bound since creation gets later runs too.
  const { groups } = await resolveTargets(db, a.communityId ?? 0, a.targets, deps.channels(), false);
  const ref = `announcement:${a.id}:run:${runId}`;
  for (const g of groups) {
    const outboxId = await enqueueOutbound(db, { channel: g.channel, groupExternalId: g.externalId, text: a.renderedText, ref }, now);
    await insertDelivery(db, { runId, announcementId: a.id, groupId: g.id, outboxId });
  }
  if (groups.length === 0) await setRunNote(db, runId, 'no-groups');
  return { runId, groups: groups.length };
}
