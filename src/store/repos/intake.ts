/** Triage items, clarification windows and workers' labels (issue 12). Small synchronous queries. */
import { and, asc, eq, gt, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { prepared } from '../prepared';
import { intakeClarifications, intakeLabels, intakeTriage, type TriageStatus } from '../schema';

export type TriageRow = typeof intakeTriage.$inferSelect;
export type NewTriage = Omit<typeof intakeTriage.$inferInsert, 'id'>;
export type ClarificationRow = typeof intakeClarifications.$inferSelect;
export type LabelRow = typeof intakeLabels.$inferSelect;
export type NewLabel = Omit<typeof intakeLabels.$inferInsert, 'id'>;

export function insertTriage(db: Db, values: NewTriage): TriageRow {
  return db.insert(intakeTriage).values(values).returning().get();
}

export function triageById(db: Db, id: number): TriageRow | undefined {
  return db.select().from(intakeTriage).where(eq(intakeTriage.id, id)).get();
}

/** Conditional: only a still-pending item changes (two workers deciding at once: one wins). */
export function decideTriageIf(
  db: Db,
  id: number,
  set: { status: Exclude<TriageStatus, 'pending'>; decidedBy: number | null; decidedAt: Date; ticketId?: number | null },
): boolean {
  return db.update(intakeTriage).set(set).where(and(eq(intakeTriage.id, id), eq(intakeTriage.status, 'pending'))).run().changes > 0;
}

/** Pending items in the given grids or assigned to `assigneeId` (gridIds null: everywhere), oldest first. */
export function pendingTriage(db: Db, gridIds: number[] | null, assigneeId: number, limit = 50): TriageRow[] {
  const pending = eq(intakeTriage.status, 'pending');
  const where =
    gridIds === null
      ? pending
      : and(pending, or(inArray(intakeTriage.gridId, gridIds.length ? gridIds : [-1]), eq(intakeTriage.assigneeId, assigneeId)));
  return db.select().from(intakeTriage).where(where).orderBy(asc(intakeTriage.id)).limit(limit).all();
}

/** Pending items not yet listed in any digest, oldest first. */
export function undigestedTriage(db: Db): TriageRow[] {
  return db
    .select()
    .from(intakeTriage)
    .where(and(eq(intakeTriage.status, 'pending'), isNull(intakeTriage.digestedAt)))
    .orderBy(asc(intakeTriage.id))
    .all();
}

/** When this person was last sent a digest (the newest digestedAt of the items sent to them). */
export function lastDigestAt(db: Db, assigneeId: number): Date | null {
  const row = db
    .select({ at: sql<number | null>`max(${intakeTriage.digestedAt})` })
    .from(intakeTriage)
    .where(eq(intakeTriage.assigneeId, assigneeId))
    .get();
  return row?.at == null ? null : new Date(row.at);
}

export function markDigested(db: Db, ids: number[], at: Date): void {
  if (ids.length) db.update(intakeTriage).set({ digestedAt: at }).where(and(inArray(intakeTriage.id, ids), isNull(intakeTriage.digestedAt))).run();
}

/** Marks pending items whose time ran out as expired; returns how many. */
export function expireTriage(db: Db, now: Date): number {
  return db
    .update(intakeTriage)
    .set({ status: 'expired', decidedAt: now })
    .where(and(eq(intakeTriage.status, 'pending'), lte(intakeTriage.expiresAt, now)))
    .run().changes;
}

/** The earliest expiry still ahead, for the scheduler's next wake. */
export function nextTriageExpiry(db: Db): Date | null {
  const row = db
    .select({ at: sql<number | null>`min(${intakeTriage.expiresAt})` })
    .from(intakeTriage)
    .where(eq(intakeTriage.status, 'pending'))
    .get();
  return row?.at == null ? null : new Date(row.at);
}

/** Items by status, created in [since, until) (all time when omitted), of one grid when given. */
export function triageCounts(db: Db, since?: Date, until?: Date, gridId?: number): Record<TriageStatus, number> {
  const conds = [
    ...(gridId !== undefined ? [eq(intakeTriage.gridId, gridId)] : []),
    ...(since ? [gte(intakeTriage.createdAt, since)] : []),
    ...(until ? [sql`${intakeTriage.createdAt} < ${until.getTime()}`] : []),
  ];
  const rows = db
    .select({ status: intakeTriage.status, n: sql<number>`count(*)` })
    .from(intakeTriage)
    .where(conds.length ? and(...conds) : undefined)
    .groupBy(intakeTriage.status)
    .all();
  const out: Record<TriageStatus, number> = { pending: 0, ticketed: 0, ignored: 0, expired: 0 };
  for (const r of rows) out[r.status] = r.n;
  return out;
}

// ── clarification windows ────────────────────────────────────────────────

export function insertClarification(db: Db, values: Omit<typeof intakeClarifications.$inferInsert, 'id'>): ClarificationRow {
  return db.insert(intakeClarifications).values(values).returning().get();
}

/** This person's question still open in this chat at `now` (the newest, if several). */
export function openClarification(db: Db, personId: number, chatKey: string, now: Date): ClarificationRow | undefined {
  // Runs on every resident message (before intake), hence prepared.
  const q = prepared(db, 'intake.openClarification', () =>
    db
      .select()
      .from(intakeClarifications)
      .where(
        and(
          eq(intakeClarifications.personId, sql.placeholder('personId')),
          eq(intakeClarifications.chatKey, sql.placeholder('chatKey')),
          eq(intakeClarifications.status, 'open'),
          gt(intakeClarifications.expiresAt, sql.placeholder('now')),
        ),
      )
      .orderBy(sql`${intakeClarifications.id} DESC`)
      .prepare(),
  );
  // Placeholders in WHERE skip column encoders: compare in the stored form (epoch ms).
  return q.get({ personId, chatKey, now: now.getTime() });
}

/** Conditional close: false when it was already answered. */
export function answerClarificationIf(db: Db, id: number, at: Date): boolean {
  return (
    db
      .update(intakeClarifications)
      .set({ status: 'answered', answeredAt: at })
      .where(and(eq(intakeClarifications.id, id), eq(intakeClarifications.status, 'open')))
      .run().changes > 0
  );
}

// ── labels ───────────────────────────────────────────────────────────────

export function insertLabel(db: Db, values: NewLabel): LabelRow {
  return db.insert(intakeLabels).values(values).returning().get();
}

export function labelsSince(db: Db, since: Date | null): LabelRow[] {
  return db
    .select()
    .from(intakeLabels)
    .where(since ? gte(intakeLabels.createdAt, since) : undefined)
    .orderBy(asc(intakeLabels.id))
    .all();
}
