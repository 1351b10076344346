/** Triage items, clarification windows and workers' labels (issue 12). Small synchronous queries. */
import { and, asc, eq, gt, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { first, affected, only } from '../port';
import { prepared } from '../prepared';
import { intakeClarifications, intakeLabels, intakeTriage, type TriageStatus } from '../schema';

export type TriageRow = typeof intakeTriage.$inferSelect;
export type NewTriage = Omit<typeof intakeTriage.$inferInsert, 'id'>;
export type ClarificationRow = typeof intakeClarifications.$inferSelect;
export type LabelRow = typeof intakeLabels.$inferSelect;
export type NewLabel = Omit<typeof intakeLabels.$inferInsert, 'id'>;

export async function insertTriage(db: Db, values: NewTriage): Promise<TriageRow> {
  return db.insert(intakeTriage).values(values).returning().then(only);
}

export async function triageById(db: Db, id: number): Promise<TriageRow | undefined> {
  return db.select().from(intakeTriage).where(eq(intakeTriage.id, id)).then(first);
}

/** Conditional: only a still-pending item changes (two workers deciding at once: one wins). */
export async function decideTriageIf(
  db: Db,
  id: number,
  set: { status: Exclude<TriageStatus, 'pending'>; decidedBy: number | null; decidedAt: Date; ticketId?: number | null },
): Promise<boolean> {
  return db.update(intakeTriage).set(set).where(and(eq(intakeTriage.id, id), eq(intakeTriage.status, 'pending'))).then((r) => affected(r) > 0);
}

/** Pending items in the given grids or assigned to `assigneeId` (gridIds null: everywhere), oldest first. */
export async function pendingTriage(db: Db, gridIds: number[] | null, assigneeId: number, limit = 50): Promise<TriageRow[]> {
  const pending = eq(intakeTriage.status, 'pending');
  const where =
    gridIds === null
      ? pending
      : and(pending, or(inArray(intakeTriage.gridId, gridIds.length ? gridIds : [-1]), eq(intakeTriage.assigneeId, assigneeId)));
  return db.select().from(intakeTriage).where(where).orderBy(asc(intakeTriage.id)).limit(limit);
}

/** Pending items not yet listed in any digest, oldest first. */
export async function undigestedTriage(db: Db): Promise<TriageRow[]> {
  return db
    .select()
    .from(intakeTriage)
    .where(and(eq(intakeTriage.status, 'pending'), isNull(intakeTriage.digestedAt)))
    .orderBy(asc(intakeTriage.id))
    ;
}

/** When this person was last sent a digest (the newest digestedAt of the items sent to them). */
export async function lastDigestAt(db: Db, assigneeId: number): Promise<Date | null> {
  const row = await db
    .select({ at: sql<number | null>`max(${intakeTriage.digestedAt})` })
    .from(intakeTriage)
    .where(eq(intakeTriage.assigneeId, assigneeId))
    .then(first);
  return row?.at == null ? null : new Date(row.at);
}

export async function markDigested(db: Db, ids: number[], at: Date): Promise<void> {
  if (ids.length) await db.update(intakeTriage).set({ digestedAt: at }).where(and(inArray(intakeTriage.id, ids), isNull(intakeTriage.digestedAt)));
}

/** Marks pending items whose time ran out as expired; returns how many. */
export async function expireTriage(db: Db, now: Date): Promise<number> {
  return db
    .update(intakeTriage)
    .set({ status: 'expired', decidedAt: now })
    .where(and(eq(intakeTriage.status, 'pending'), lte(intakeTriage.expiresAt, now)))
    .then(affected);
}

/** The earliest expiry still ahead, for the scheduler's next wake. */
export async function nextTriageExpiry(db: Db): Promise<Date | null> {
  const row = await db
    .select({ at: sql<number | null>`min(${intakeTriage.expiresAt})` })
    .from(intakeTriage)
    .where(eq(intakeTriage.status, 'pending'))
    .then(first);
  return row?.at == null ? null : new Date(row.at);
}

/** Items by status, created in [since, until) (all time when omitted), of one grid when given. */
export async function triageCounts(db: Db, since?: Date, until?: Date, gridId?: number): Promise<Record<TriageStatus, number>> {
  const conds = [
    ...(gridId !== undefined ? [eq(intakeTriage.gridId, gridId)] : []),
    ...(since ? [gte(intakeTriage.createdAt, since)] : []),
    ...(until ? [sql`${intakeTriage.createdAt} < ${until.getTime()}`] : []),
  ];
  const rows = await db
    .select({ status: intakeTriage.status, n: sql<number>`count(*)` })
    .from(intakeTriage)
    .where(conds.length ? and(...conds) : undefined)
    .groupBy(intakeTriage.status)
    ;
  const out: Record<TriageStatus, number> = { pending: 0, ticketed: 0, ignored: 0, expired: 0 };
  for (const r of rows) out[r.status] = r.n;
  return out;
}

// ── clarification windows ────────────────────────────────────────────────

export async function insertClarification(db: Db, values: Omit<typeof intakeClarifications.$inferInsert, 'id'>): Promise<ClarificationRow> {
  return db.insert(intakeClarifications).values(values).returning().then(only);
}

/** This person's question still open in this chat at `now` (the newest, if several). */
export async function openClarification(db: Db, personId: number, chatKey: string, now: Date): Promise<ClarificationRow | undefined> {
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
  return q.execute({ personId, chatKey, now: now.getTime() }).then(first);
}

/** Conditional close: false when it was already answered. */
export async function answerClarificationIf(db: Db, id: number, at: Date): Promise<boolean> {
  return (
    db
      .update(intakeClarifications)
      .set({ status: 'answered', answeredAt: at })
      .where(and(eq(intakeClarifications.id, id), eq(intakeClarifications.status, 'open')))
      .then((r) => affected(r) > 0)
  );
}

// ── labels ───────────────────────────────────────────────────────────────

export async function insertLabel(db: Db, values: NewLabel): Promise<LabelRow> {
  return db.insert(intakeLabels).values(values).returning().then(only);
}

export async function labelsSince(db: Db, since: Date | null): Promise<LabelRow[]> {
  return db
    .select()
    .from(intakeLabels)
    .where(since ? gte(intakeLabels.createdAt, since) : undefined)
    .orderBy(asc(intakeLabels.id))
    ;
}
