import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../db';
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

export function insertAnnouncement(db: Db, values: NewAnnouncement): AnnouncementRow {
  return db.insert(announcements).values(values).returning().get();
}

export function announcementById(db: Db, id: number): AnnouncementRow | undefined {
  return db.select().from(announcements).where(eq(announcements.id, id)).get();
}

export function listAnnouncementRows(db: Db, limit = 100, communityId?: number): AnnouncementRow[] {
  const q = db.select().from(announcements);
  return (communityId === undefined ? q : q.where(eq(announcements.communityId, communityId))).orderBy(desc(announcements.id)).limit(limit).all();
}

export function dueAnnouncementIds(db: Db, now: Date): number[] {
  return db
    .select({ id: announcements.id })
    .from(announcements)
    .where(and(eq(announcements.status, 'scheduled'), lte(announcements.nextRunAt, now)))
    .orderBy(asc(announcements.nextRunAt), asc(announcements.id))
    .all()
    .map((r) => r.id);
}

export function nextScheduledRunAt(db: Db): Date | null {
  const row = db
    .select({ at: sql<number | null>`min(${announcements.nextRunAt})` })
    .from(announcements)
    .where(eq(announcements.status, 'scheduled'))
    .get();
  return row?.at == null ? null : new Date(row.at);
}

/**
 * Moves an announcement on after a run, conditionally on the slot it was due
 * for: two runners (or a replay) cannot both advance the same slot.
 */
export function advanceAnnouncement(
  db: Db,
  id: number,
  expectedNextRunAt: Date,
  set: { status: AnnouncementStatus; nextRunAt: Date | null; runCount: number; updatedAt: Date },
): boolean {
  return (
    db
      .update(announcements)
      .set(set)
      .where(and(eq(announcements.id, id), eq(announcements.status, 'scheduled'), eq(announcements.nextRunAt, expectedNextRunAt)))
      .run().changes > 0
  );
}

export function markAnnouncementCancelled(db: Db, id: number, at: Date, by: { ref: string; name: string }): void {
  db.update(announcements)
    .set({ status: 'cancelled', nextRunAt: null, cancelledAt: at, cancelledBy: by.ref, cancelledByName: by.name, updatedAt: at })
    .where(eq(announcements.id, id))
    .run();
}

/** Null when the slot already has a run (the unique index is the exactly-once guard). */
export function insertRun(
  db: Db,
  values: { announcementId: number; scheduledFor: Date; status: RunStatus; note?: string | null; createdAt: Date },
): number | null {
  const row = db.insert(announcementRuns).values(values).onConflictDoNothing().returning({ id: announcementRuns.id }).get();
  return row?.id ?? null;
}

export function setRunNote(db: Db, runId: number, note: string): void {
  db.update(announcementRuns).set({ note }).where(eq(announcementRuns.id, runId)).run();
}

export function runsOf(db: Db, announcementId: number): RunRow[] {
  return db
    .select()
    .from(announcementRuns)
    .where(eq(announcementRuns.announcementId, announcementId))
    .orderBy(asc(announcementRuns.scheduledFor))
    .all();
}

export function insertDelivery(db: Db, values: { runId: number; announcementId: number; groupId: number; outboxId: number }): void {
  db.insert(announcementDeliveries).values(values).run();
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
export function deliveriesOf(db: Db, announcementId: number): DeliveryView[] {
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
    .all();
}

/** Delivery status counts per announcement, for the list view. */
export function deliveryCounts(db: Db, announcementIds: number[]): Map<number, Record<string, number>> {
  const out = new Map<number, Record<string, number>>();
  if (announcementIds.length === 0) return out;
  const rows = db
    .select({ id: announcementDeliveries.announcementId, status: outbox.status, n: sql<number>`count(*)` })
    .from(announcementDeliveries)
    .innerJoin(outbox, eq(announcementDeliveries.outboxId, outbox.id))
    .where(inArray(announcementDeliveries.announcementId, announcementIds))
    .groupBy(announcementDeliveries.announcementId, outbox.status)
    .all();
  for (const r of rows) {
    const counts = out.get(r.id) ?? {};
    counts[r.status] = r.n;
    out.set(r.id, counts);
  }
  return out;
}

export function pendingOutboxIdsOf(db: Db, announcementId: number): number[] {
  return db
    .select({ id: outbox.id })
    .from(announcementDeliveries)
    .innerJoin(outbox, eq(announcementDeliveries.outboxId, outbox.id))
    .where(and(eq(announcementDeliveries.announcementId, announcementId), eq(outbox.status, 'pending')))
    .all()
    .map((r) => r.id);
}

/** Deliveries parked for review that the office has not been told about yet. */
export function unreportedReviewDeliveries(db: Db): { deliveryId: number; announcementId: number; groupName: string; communityId: number | null }[] {
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
    .all();
}

export function markReviewReported(db: Db, deliveryIds: number[], at: Date): void {
  if (deliveryIds.length === 0) return;
  db.update(announcementDeliveries).set({ reviewReportedAt: at }).where(inArray(announcementDeliveries.id, deliveryIds)).run();
}

// ── chat drafts ────────────────────────────────────────────────────────────

export function insertDraft(
  db: Db,
  values: { personId: number; channel: string; chatKey: string; input: Record<string, unknown>; createdAt: Date; expiresAt: Date },
): DraftRow {
  return db.insert(announcementDrafts).values(values).returning().get();
}

/** The person's newest pending draft in this chat (expired ones included: the caller tells them apart). */
export function pendingDraft(db: Db, channel: string, chatKey: string, personId: number): DraftRow | undefined {
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
    .get();
}

/** pending → `status`, conditionally, so a draft is confirmed at most once. */
export function closeDraft(
  db: Db,
  id: number,
  status: 'confirmed' | 'cancelled' | 'superseded' | 'expired',
  announcementId: number | null = null,
): boolean {
  return (
    db
      .update(announcementDrafts)
      .set({ status, announcementId })
      .where(and(eq(announcementDrafts.id, id), eq(announcementDrafts.status, 'pending')))
      .run().changes > 0
  );
}

export function supersedeDrafts(db: Db, channel: string, chatKey: string, personId: number): void {
  db.update(announcementDrafts)
    .set({ status: 'superseded' })
    .where(
      and(
        eq(announcementDrafts.channel, channel),
        eq(announcementDrafts.chatKey, chatKey),
        eq(announcementDrafts.personId, personId),
        eq(announcementDrafts.status, 'pending'),
      ),
    )
    .run();
}
