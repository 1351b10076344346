import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { first, affected, only } from '../port';
import {
  announcementDeliveries,
  announcementDrafts,
  announcementRuns,
  announcements,
  buildings,
  groups,
  outbox,
  type AnnouncementStatus,
  type RunStatus,
} from '../schema';

export type AnnouncementRow = typeof announcements.$inferSelect;
export type NewAnnouncement = typeof announcements.$inferInsert;
export type RunRow = typeof announcementRuns.$inferSelect;
export type DraftRow = typeof announcementDrafts.$inferSelect;

export async function insertAnnouncement(db: Db, values: NewAnnouncement): Promise<AnnouncementRow> {
  return db.insert(announcements).values(values).returning().then(only);
}

export async function announcementById(db: Db, id: number): Promise<AnnouncementRow | undefined> {
  return db.select().from(announcements).where(eq(announcements.id, id)).then(first);
}

export async function listAnnouncementRows(db: Db, limit = 100, communityId?: number): Promise<AnnouncementRow[]> {
  const q = db.select().from(announcements).$dynamic();
  return (communityId === undefined ? q : q.where(eq(announcements.communityId, communityId))).orderBy(desc(announcements.id)).limit(limit);
}

export async function dueAnnouncementIds(db: Db, now: Date): Promise<number[]> {
  return db
    .select({ id: announcements.id })
    .from(announcements)
    .where(and(eq(announcements.status, 'scheduled'), lte(announcements.nextRunAt, now)))
    .orderBy(asc(announcements.nextRunAt), asc(announcements.id))
    .then((rows) => rows.map((r) => r.id));
}

export async function nextScheduledRunAt(db: Db): Promise<Date | null> {
  const row = await db
    .select({ at: sql<number | null>`min(${announcements.nextRunAt})` })
    .from(announcements)
    .where(eq(announcements.status, 'scheduled'))
    .then(first);
  return row?.at == null ? null : new Date(row.at);
}

/**
 * Moves an announcement on after a run, conditionally on the slot it was due
 * for: two runners (or a replay) cannot both advance the same slot.
 */
export async function advanceAnnouncement(
  db: Db,
  id: number,
  expectedNextRunAt: Date,
  set: { status: AnnouncementStatus; nextRunAt: Date | null; runCount: number; updatedAt: Date },
): Promise<boolean> {
  return (
    db
      .update(announcements)
      .set(set)
      .where(and(eq(announcements.id, id), eq(announcements.status, 'scheduled'), eq(announcements.nextRunAt, expectedNextRunAt)))
      .then((r) => affected(r) > 0)
  );
}

export async function markAnnouncementCancelled(db: Db, id: number, at: Date, by: { ref: string; name: string }): Promise<void> {
  await db.update(announcements)
    .set({ status: 'cancelled', nextRunAt: null, cancelledAt: at, cancelledBy: by.ref, cancelledByName: by.name, updatedAt: at })
    .where(eq(announcements.id, id))
    ;
}

/** Null when the slot already has a run (the unique index is the exactly-once guard). */
export async function insertRun(
  db: Db,
  values: { announcementId: number; scheduledFor: Date; status: RunStatus; note?: string | null; createdAt: Date },
): Promise<number | null> {
  const row = await db.insert(announcementRuns).values(values).onConflictDoNothing().returning({ id: announcementRuns.id }).then(first);
  return row?.id ?? null;
}

export async function setRunNote(db: Db, runId: number, note: string): Promise<void> {
  await db.update(announcementRuns).set({ note }).where(eq(announcementRuns.id, runId));
}

export async function runsOf(db: Db, announcementId: number): Promise<RunRow[]> {
  return db
    .select()
    .from(announcementRuns)
    .where(eq(announcementRuns.announcementId, announcementId))
    .orderBy(asc(announcementRuns.scheduledFor))
    ;
}

export async function insertDelivery(db: Db, values: { runId: number; announcementId: number; groupId: number; outboxId: number }): Promise<void> {
  await db.insert(announcementDeliveries).values(values);
}

export interface DeliveryView {
  deliveryId: number;
  runId: number;
  groupId: number;
  groupName: string;
  groupKind: string;
  building: string | null;
  outboxId: number;
  status: string;
  attempts: number;
  error: string | null;
  queuedAt: Date;
  sentAt: Date | null;
}

/** Every delivery of an announcement with its outbox row: the outbox is the source of truth for status. */
export async function deliveriesOf(db: Db, announcementId: number): Promise<DeliveryView[]> {
  return db
    .select({
      deliveryId: announcementDeliveries.id,
      runId: announcementDeliveries.runId,
      groupId: groups.id,
      groupName: groups.topic,
      groupKind: groups.kind,
      building: buildings.name,
      outboxId: outbox.id,
      status: outbox.status,
      attempts: outbox.attempts,
      error: outbox.lastError,
      queuedAt: outbox.createdAt,
      sentAt: outbox.sentAt,
    })
    .from(announcementDeliveries)
    .innerJoin(groups, eq(announcementDeliveries.groupId, groups.id))
    .innerJoin(outbox, eq(announcementDeliveries.outboxId, outbox.id))
    .leftJoin(buildings, eq(groups.buildingId, buildings.id))
    .where(eq(announcementDeliveries.announcementId, announcementId))
    .orderBy(asc(announcementDeliveries.runId), asc(announcementDeliveries.id))
    ;
}

/** Delivery status counts per announcement, for the list view. */
export async function deliveryCounts(db: Db, announcementIds: number[]): Promise<Map<number, Record<string, number>>> {
  const out = new Map<number, Record<string, number>>();
  if (announcementIds.length === 0) return out;
  const rows = await db
    .select({ id: announcementDeliveries.announcementId, status: outbox.status, n: sql<number>`count(*)` })
    .from(announcementDeliveries)
    .innerJoin(outbox, eq(announcementDeliveries.outboxId, outbox.id))
    .where(inArray(announcementDeliveries.announcementId, announcementIds))
    .groupBy(announcementDeliveries.announcementId, outbox.status)
    ;
  for (const r of rows) {
    const counts = out.get(r.id) ?? {};
    counts[r.status] = r.n;
    out.set(r.id, counts);
  }
  return out;
}

export async function pendingOutboxIdsOf(db: Db, announcementId: number): Promise<number[]> {
  return db
    .select({ id: outbox.id })
    .from(announcementDeliveries)
    .innerJoin(outbox, eq(announcementDeliveries.outboxId, outbox.id))
    .where(and(eq(announcementDeliveries.announcementId, announcementId), eq(outbox.status, 'pending')))
    .then((rows) => rows.map((r) => r.id));
}

/** Deliveries parked for review that the office has not been told about yet. */
export async function unreportedReviewDeliveries(db: Db): Promise<{ deliveryId: number; announcementId: number; groupName: string; communityId: number | null }[]> {
  return db
    .select({
      deliveryId: announcementDeliveries.id,
      announcementId: announcementDeliveries.announcementId,
      groupName: groups.topic,
      communityId: announcements.communityId,
    })
    .from(announcementDeliveries)
    .innerJoin(outbox, eq(announcementDeliveries.outboxId, outbox.id))
    .innerJoin(groups, eq(announcementDeliveries.groupId, groups.id))
    .innerJoin(announcements, eq(announcementDeliveries.announcementId, announcements.id))
    .where(and(eq(outbox.status, 'review'), isNull(announcementDeliveries.reviewReportedAt)))
    .orderBy(asc(announcementDeliveries.id))
    ;
}

export async function markReviewReported(db: Db, deliveryIds: number[], at: Date): Promise<void> {
  if (deliveryIds.length === 0) return;
  await db.update(announcementDeliveries).set({ reviewReportedAt: at }).where(inArray(announcementDeliveries.id, deliveryIds));
}

// ── chat drafts ────────────────────────────────────────────────────────────

export async function insertDraft(
  db: Db,
  values: { personId: number; channel: string; chatKey: string; input: Record<string, unknown>; createdAt: Date; expiresAt: Date },
): Promise<DraftRow> {
  return db.insert(announcementDrafts).values(values).returning().then(only);
}

/** The person's newest pending draft in this chat (expired ones included: the caller tells them apart). */
export async function pendingDraft(db: Db, channel: string, chatKey: string, personId: number): Promise<DraftRow | undefined> {
  return db
    .select()
    .from(announcementDrafts)
    .where(
      and(
        eq(announcementDrafts.channel, channel),
        eq(announcementDrafts.chatKey, chatKey),
        eq(announcementDrafts.personId, personId),
        eq(announcementDrafts.status, 'pending'),
      ),
    )
    .orderBy(desc(announcementDrafts.id))
    .then(first);
}

/** pending → `status`, conditionally, so a draft is confirmed at most once. */
export async function closeDraft(
  db: Db,
  id: number,
  status: 'confirmed' | 'cancelled' | 'superseded' | 'expired',
  announcementId: number | null = null,
): Promise<boolean> {
  return (
    db
      .update(announcementDrafts)
      .set({ status, announcementId })
      .where(and(eq(announcementDrafts.id, id), eq(announcementDrafts.status, 'pending')))
      .then((r) => affected(r) > 0)
  );
}

export async function supersedeDrafts(db: Db, channel: string, chatKey: string, personId: number): Promise<void> {
  await db.update(announcementDrafts)
    .set({ status: 'superseded' })
    .where(
      and(
        eq(announcementDrafts.channel, channel),
        eq(announcementDrafts.chatKey, chatKey),
        eq(announcementDrafts.personId, personId),
        eq(announcementDrafts.status, 'pending'),
      ),
    )
    ;
}
