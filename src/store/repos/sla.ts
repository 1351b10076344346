import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, min, sql } from 'drizzle-orm';
import { prepared } from '../prepared';
import type { Db } from '../db';
import { first, affected, only } from '../port';
import { slaExtensions, slaReports, tickets } from '../schema';
import type { TicketState } from '../../core/ticket-machine';

const ACTIVE: TicketState[] = ['open', 'claimed', 'escalated', 'reopened'];

export type ExtensionRow = typeof slaExtensions.$inferSelect;

/** Active tickets whose next ladder step is due (oldest first). */
export async function dueSlaTicketIds(db: Db, now: Date, limit = 500): Promise<number[]> {
  return db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(isNotNull(tickets.slaNextAt), lte(tickets.slaNextAt, now), inArray(tickets.status, ACTIVE)))
    .orderBy(asc(tickets.slaNextAt))
    .limit(limit)
    .then((rows) => rows.map((r) => r.id));
}

export async function nextSlaAt(db: Db): Promise<Date | null> {
  const r = await db
    .select({ at: min(tickets.slaNextAt) })
    .from(tickets)
    .where(and(isNotNull(tickets.slaNextAt), inArray(tickets.status, ACTIVE)))
    .then(first);
  return r?.at != null ? new Date(r.at as unknown as number) : null;
}

/** Moves the ladder one step, only if nobody else did (the exactly-once guard). */
export async function advanceStage(db: Db, id: number, fromStage: number, set: { slaStage: number; slaNextAt: Date | null; supervision?: number }): Promise<boolean> {
  return (
    db
      .update(tickets)
      .set(set)
      .where(and(eq(tickets.id, id), eq(tickets.slaStage, fromStage), inArray(tickets.status, ACTIVE)))
      .then((r) => affected(r) > 0)
  );
}

export async function holdStage(db: Db, id: number, stage: number, until: Date): Promise<boolean> {
  return db.update(tickets).set({ slaNextAt: until }).where(and(eq(tickets.id, id), eq(tickets.slaStage, stage))).then((r) => affected(r) > 0);
}

export async function markSignedIfNot(db: Db, id: number, at: Date): Promise<boolean> {
  return db.update(tickets).set({ signedAt: at }).where(and(eq(tickets.id, id), isNull(tickets.signedAt))).then((r) => affected(r) > 0);
}

/**
 * A fresh plan (at open, transfer, escalation, reopen): every ticket a
 * resident opens writes it, hence prepared. Same columns as setPlan with all
 * of them given.
 */
export async function setFreshPlan(
  db: Db,
  id: number,
  set: { slaPlannedAt: Date; signDueAt: Date; resolveDueAt: Date; slaNextAt: Date | null },
): Promise<void> {
  const q = prepared(db, 'sla.setFreshPlan', () =>
    db
      .update(tickets)
      .set({
        slaPlannedAt: sql`${sql.placeholder('slaPlannedAt')}`,
        signDueAt: sql`${sql.placeholder('signDueAt')}`,
        resolveDueAt: sql`${sql.placeholder('resolveDueAt')}`,
        signedAt: null,
        slaStage: 0,
        slaNextAt: sql`${sql.placeholder('slaNextAt')}`,
        supervision: 0,
      })
      .where(eq(tickets.id, sql.placeholder('id')))
      .prepare(),
  );
  // Placeholders skip column encoders: bind the stored form (epoch ms).
  await q.execute({
    id,
    slaPlannedAt: set.slaPlannedAt.getTime(),
    signDueAt: set.signDueAt.getTime(),
    resolveDueAt: set.resolveDueAt.getTime(),
    slaNextAt: set.slaNextAt?.getTime() ?? null,
  });
}

export async function setPlan(
  db: Db,
  id: number,
  set: { slaPlannedAt?: Date; signDueAt?: Date; resolveDueAt: Date; signedAt?: Date | null; slaStage: number; slaNextAt: Date | null; supervision?: number },
): Promise<void> {
  await db.update(tickets).set(set).where(eq(tickets.id, id));
}

export async function extensionsOf(db: Db, ticketId: number): Promise<ExtensionRow[]> {
  return db.select().from(slaExtensions).where(eq(slaExtensions.ticketId, ticketId)).orderBy(asc(slaExtensions.id));
}

export async function insertExtension(db: Db, e: Omit<typeof slaExtensions.$inferInsert, 'id'>): Promise<ExtensionRow> {
  return db.insert(slaExtensions).values(e).returning().then(only);
}

/** Decides a pending request; false when it was decided already (two leaders at once). */
export async function decideExtension(db: Db, id: number, status: 'approved' | 'refused', by: number, at: Date): Promise<boolean> {
  return (
    db
      .update(slaExtensions)
      .set({ status, decidedBy: by, decidedAt: at })
      .where(and(eq(slaExtensions.id, id), eq(slaExtensions.status, 'pending')))
      .then((r) => affected(r) > 0)
  );
}

/** Extension state of many tickets at once (for 我的 / 待办 lists). */
export async function extensionSummary(db: Db, ticketIds: number[]): Promise<Map<number, { approved: number | null; pending: number | null }>> {
  const out = new Map<number, { approved: number | null; pending: number | null }>();
  if (!ticketIds.length) return out;
  const rows = await db.select().from(slaExtensions).where(inArray(slaExtensions.ticketId, ticketIds));
  for (const r of rows) {
    const s = out.get(r.ticketId) ?? { approved: null, pending: null };
    if (r.status === 'approved') s.approved = r.days;
    if (r.status === 'pending') s.pending = r.days;
    out.set(r.ticketId, s);
  }
  return out;
}

/** Records a report run; false when this kind and period ran already. */
export async function insertReportRun(db: Db, kind: 'weekly' | 'monthly' | 'quarterly', period: string, body: string, at: Date): Promise<boolean> {
  return db.insert(slaReports).values({ kind, period, body, createdAt: at }).onConflictDoNothing().then((r) => affected(r) > 0);
}

export async function reportRun(db: Db, kind: string, period: string) {
  return db
    .select()
    .from(slaReports)
    .where(and(eq(slaReports.kind, kind as 'weekly'), eq(slaReports.period, period)))
    .orderBy(desc(slaReports.id))
    .then(first);
}


/** Active tickets with a deadline (unsigned: sign-for, else resolve) before `before`, in the given grids (null: all). */
export async function dueSoonTickets(db: Db, before: Date, gridIds: number[] | null) {
  const rows = await db
    .select()
    .from(tickets)
    .where(and(inArray(tickets.status, ACTIVE), isNotNull(tickets.resolveDueAt)))
    .orderBy(asc(tickets.id))
    ;
  return rows.filter((t) => {
    if (gridIds !== null && (t.gridId === null || !gridIds.includes(t.gridId))) return false;
    const due = t.signedAt ? t.resolveDueAt : (t.signDueAt ?? t.resolveDueAt);
    return due !== null && due < before;
  });
}

/** Active tickets that have no deadlines yet (opened before the time limits existed). */
export async function unplannedActiveTickets(db: Db) {
  return db
    .select()
    .from(tickets)
    .where(and(inArray(tickets.status, ACTIVE), isNull(tickets.slaPlannedAt)))
    .orderBy(asc(tickets.id))
    ;
}

/** Tickets whose department step (催办 or 超期) is due. */
export async function dueDeptTicketIds(db: Db, now: Date, limit = 500): Promise<number[]> {
  return db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(isNotNull(tickets.deptNextAt), lte(tickets.deptNextAt, now), inArray(tickets.status, ACTIVE)))
    .orderBy(asc(tickets.deptNextAt))
    .limit(limit)
    .then((rows) => rows.map((r) => r.id));
}

export async function nextDeptAt(db: Db): Promise<Date | null> {
  const r = await db
    .select({ at: min(tickets.deptNextAt) })
    .from(tickets)
    .where(and(isNotNull(tickets.deptNextAt), inArray(tickets.status, ACTIVE)))
    .then(first);
  return r?.at != null ? new Date(r.at as unknown as number) : null;
}

/** Moves the department ladder one step, only if nobody else did. */
export async function advanceDeptStage(db: Db, id: number, fromStage: number, set: { deptStage: number; deptNextAt: Date | null }): Promise<boolean> {
  return (
    db
      .update(tickets)
      .set(set)
      .where(and(eq(tickets.id, id), eq(tickets.deptStage, fromStage), isNull(tickets.deptAnsweredAt), inArray(tickets.status, ACTIVE)))
      .then((r) => affected(r) > 0)
  );
}

export async function holdDeptStage(db: Db, id: number, stage: number, until: Date): Promise<boolean> {
  return db.update(tickets).set({ deptNextAt: until }).where(and(eq(tickets.id, id), eq(tickets.deptStage, stage))).then((r) => affected(r) > 0);
}
