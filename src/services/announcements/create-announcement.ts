import { announcementById, insertAnnouncement, advanceAnnouncement, type AnnouncementRow } from '../../store/repos/announcements';
import { AnnouncementError } from './errors';
import { actorRef, mayPost, type Actor, type AnnouncementDeps } from './deps';
import { prepareAnnouncement, type PreparedAnnouncement } from './prepare';
import { fanOutRun } from './fan-out';
import { announcementsChanged } from './changes';

/**
 * Creates an announcement. One due now is fanned out in the same transaction
 * (so "send now" cannot be half-recorded); a later or recurring one is left
 * for the scheduler, which is told to look again.
 */
export async function createAnnouncement(deps: AnnouncementDeps, actor: Actor, raw: unknown): Promise<AnnouncementRow> {
  return (await createAnnouncementReport(deps, actor, raw)).row;
}

/** createAnnouncement, also saying which targeted buildings no group will receive it in. */
export async function createAnnouncementReport(
  deps: AnnouncementDeps,
  actor: Actor,
  raw: unknown,
): Promise<{ row: AnnouncementRow; unreachable: string[] }> {
  if (!mayPost(actor)) throw new AnnouncementError('not_allowed', { role: actor.role });
  const prepared = await prepareAnnouncement(deps, actor, raw);
  const row = await deps.store.transaction(() => storePrepared(deps, actor, prepared));
  announcementsChanged(deps.store);
  return { row, unreachable: prepared.unreachable };
}

/** The write half of a create, for callers that already hold a transaction (chat 确认). */
export async function storePrepared(deps: AnnouncementDeps, actor: Actor, p: PreparedAnnouncement): Promise<AnnouncementRow> {
  const { db } = deps.store;
  const now = deps.now();
  const row = await insertAnnouncement(db, {
    communityId: p.communityId,
    // As written (numbers and all, for the office); groups get renderedText, masked.
    text: p.input.template ? null : (p.input.text ?? p.renderedText),
    template: p.input.template ?? null,
    vars: p.input.template ? (p.input.vars ?? {}) : null,
    renderedText: p.renderedText,
    targets: p.targets,
    sendAt: p.sendAt,
    cron: p.cron,
    until: p.until,
    maxRuns: p.maxRuns,
    status: 'scheduled',
    nextRunAt: p.firstRunAt,
    createdBy: actorRef(actor),
    createdByName: actor.name,
    createdByRole: actor.role,
    createdAt: now,
    updatedAt: now,
  });
  if (!p.cron && p.firstRunAt.getTime() <= now.getTime()) {
    await fanOutRun(deps, row, p.firstRunAt);
    await advanceAnnouncement(db, row.id, p.firstRunAt, { status: 'done', nextRunAt: null, runCount: 1, updatedAt: now });
  }
  return (await announcementById(db, row.id))!;
}
