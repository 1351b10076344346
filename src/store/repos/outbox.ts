import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import type { OutboundCard } from '../../bot/channel';
import { prepared } from '../prepared';
import { outbox } from '../schema';

export type OutboxRow = typeof outbox.$inferSelect;

export interface NewOutbound {
  channel: string;
  groupExternalId?: string | null;
  toExternalId?: string | null;
  text: string;
  mentions?: string[];
  card?: OutboundCard | null;
  priority?: number;
  ref?: string | null;
}

export function enqueueOutbound(db: Db, msg: NewOutbound, now: Date): number {
  const q = prepared(db, 'outbox.enqueue', () =>
    db
      .insert(outbox)
      .values({
        channel: sql.placeholder('channel'),
        groupExternalId: sql.placeholder('groupExternalId'),
        toExternalId: sql.placeholder('toExternalId'),
        text: sql.placeholder('text'),
        mentions: sql.placeholder('mentions'),
        card: sql.placeholder('card'),
        priority: sql.placeholder('priority'),
        ref: sql.placeholder('ref'),
        nextAttemptAt: sql.placeholder('now'),
        createdAt: sql.placeholder('now'),
      })
      .prepare(),
  );
  // run() + lastInsertRowid: RETURNING costs more and this runs several times per message.
  return Number(q.run({
    channel: msg.channel,
    groupExternalId: msg.groupExternalId ?? null,
    toExternalId: msg.toExternalId ?? null,
    text: msg.text,
    mentions: msg.mentions ?? [],
    card: msg.card ?? null,
    priority: msg.priority ?? 0,
    ref: msg.ref ?? null,
    now,
  }).lastInsertRowid);
}

export function nextDueAt(db: Db): Date | null {
  const row = db
    .select({ at: sql<number | null>`min(${outbox.nextAttemptAt})` })
    .from(outbox)
    .where(eq(outbox.status, 'pending'))
    .get();
  return row?.at == null ? null : new Date(row.at);
}

/** pending → sending, conditionally: only one sender can take a row. */
export function takeForSending(db: Db, id: number): boolean {
  return db
    .update(outbox)
    .set({ status: 'sending', attempts: sql`${outbox.attempts} + 1` })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'pending')))
    .run().changes > 0;
}

export function markSent(db: Db, id: number, at: Date): void {
  db.update(outbox).set({ status: 'sent', sentAt: at, lastError: null }).where(eq(outbox.id, id)).run();
}

export function markRetry(db: Db, id: number, error: string, nextAttemptAt: Date): void {
  db.update(outbox).set({ status: 'pending', lastError: error, nextAttemptAt }).where(eq(outbox.id, id)).run();
}

export function markFailed(db: Db, id: number, error: string): void {
  db.update(outbox).set({ status: 'failed', lastError: error }).where(eq(outbox.id, id)).run();
}

export function markReview(db: Db, id: number, reason: string): void {
  db.update(outbox).set({ status: 'review', lastError: reason }).where(eq(outbox.id, id)).run();
}

/**
 * Rows left `sending` by a crash may or may not have gone out: park them for a
 * person to review rather than risk a double post.
 */
export function parkInFlight(db: Db): OutboxRow[] {
  return db
    .update(outbox)
    .set({ status: 'review', lastError: '发送中断（进程重启），需人工确认是否已送达' })
    .where(eq(outbox.status, 'sending'))
    .returning()
    .all();
}

export function cancelOutbound(db: Db, ids: number[]): number {
  if (ids.length === 0) return 0;
  return db
    .update(outbox)
    .set({ status: 'cancelled' })
    .where(and(inArray(outbox.id, ids), eq(outbox.status, 'pending')))
    .run().changes;
}

export function outboundById(db: Db, id: number): OutboxRow | undefined {
  return db.select().from(outbox).where(eq(outbox.id, id)).get();
}

export function countByStatus(db: Db): Record<string, number> {
  const rows = db.select({ status: outbox.status, n: sql<number>`count(*)` }).from(outbox).groupBy(outbox.status).all();
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
