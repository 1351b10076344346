import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { first, affected, only, rawSql } from '../port';
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

export async function enqueueOutbound(db: Db, msg: NewOutbound, now: Date): Promise<number> {
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
        // A group's rows are sent by the account that sits in it (groups.account); null for direct messages.
        account: sql`(SELECT g.account FROM groups g WHERE g.channel = ${sql.placeholder('channel')} AND g.external_id = ${sql.placeholder('groupExternalId')})`,
      })
      .returning({ id: outbox.id })
      .prepare(),
  );
  const rows = await q.execute({
    channel: msg.channel,
    groupExternalId: msg.groupExternalId ?? null,
    toExternalId: msg.toExternalId ?? null,
    text: msg.text,
    mentions: msg.mentions ?? [],
    card: msg.card ?? null,
    priority: msg.priority ?? 0,
    ref: msg.ref ?? null,
    now,
  });
  return only(rows).id;
}

export async function nextDueAt(db: Db): Promise<Date | null> {
  const row = await db
    .select({ at: sql<number | null>`min(${outbox.nextAttemptAt})` })
    .from(outbox)
    .where(eq(outbox.status, 'pending'))
    .then(first);
  return row?.at == null ? null : new Date(row.at);
}

/**
 * pending → claimed by `instance`, for the rows of `ids` no other process has
 * claimed. PostgreSQL: `FOR UPDATE SKIP LOCKED`, so processes claiming at the
 * same moment split the rows between them instead of queueing on each
 * other's locks. Either engine: conditional on `pending`, so a row is claimed
 * once. Returns the ids claimed.
 */
export async function claimRows(db: Db, ids: readonly number[], instance: string, now: Date): Promise<number[]> {
  if (ids.length === 0) return [];
  const raw = rawSql(db);
  const marks = ids.map(() => '?').join(', ');
  const lock = raw.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
  const rows = await raw.rows<{ id: number }>(
    `UPDATE outbox SET status = 'claimed', claimed_by = ?, claimed_at = ?
     WHERE id IN (SELECT id FROM outbox WHERE id IN (${marks}) AND status = 'pending'${lock}) AND status = 'pending'
     RETURNING id`,
    [instance, now.getTime(), ...ids],
  );
  return rows.map((r) => r.id);
}

/** claimed → pending: rows this process claimed but will not send now (paced lane, stopping). */
export async function unclaimRows(db: Db, ids: readonly number[], instance: string): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(outbox)
    .set({ status: 'pending', claimedBy: null, claimedAt: null })
    .where(and(inArray(outbox.id, [...ids]), eq(outbox.status, 'claimed'), eq(outbox.claimedBy, instance)));
}

/**
 * → sending, right before the row is handed to the channel: from `claimed`
 * by this instance, or from `pending` (a process that does not claim in
 * batches). Conditional: only one sender can take a row.
 */
export async function takeForSending(db: Db, id: number, instance: string | null = null): Promise<boolean> {
  const mine = instance === null ? sql`false` : and(eq(outbox.status, 'claimed'), eq(outbox.claimedBy, instance));
  return db
    .update(outbox)
    .set({ status: 'sending', attempts: sql`${outbox.attempts} + 1`, claimedBy: instance })
    .where(and(eq(outbox.id, id), sql`(${eq(outbox.status, 'pending')} OR ${mine})`))
    .then((r) => affected(r) > 0);
}

export async function markSent(db: Db, id: number, at: Date): Promise<void> {
  await db.update(outbox).set({ status: 'sent', sentAt: at, lastError: null }).where(eq(outbox.id, id));
}

export async function markRetry(db: Db, id: number, error: string, nextAttemptAt: Date): Promise<void> {
  await db.update(outbox).set({ status: 'pending', lastError: error, nextAttemptAt }).where(eq(outbox.id, id));
}

export async function markFailed(db: Db, id: number, error: string): Promise<void> {
  await db.update(outbox).set({ status: 'failed', lastError: error }).where(eq(outbox.id, id));
}

export async function markReview(db: Db, id: number, reason: string): Promise<void> {
  await db.update(outbox).set({ status: 'review', lastError: reason }).where(eq(outbox.id, id));
}

/**
 * Rows left `sending` by a crash may or may not have gone out: park them for a
 * person to review rather than risk a double post. `claimed` rows were never
 * handed to a channel: they go back to `pending`. Only this instance's rows
 * (and rows of a store that never named instances): another live process's
 * sends are its own business.
 */
export async function parkInFlight(db: Db, instance: string | null = null): Promise<OutboxRow[]> {
  const ours = instance === null ? sql`true` : sql`(${eq(outbox.claimedBy, instance)} OR ${outbox.claimedBy} IS NULL)`;
  await db
    .update(outbox)
    .set({ status: 'pending', claimedBy: null, claimedAt: null })
    .where(and(eq(outbox.status, 'claimed'), ours));
  return db
    .update(outbox)
    .set({ status: 'review', lastError: '发送中断（进程重启），需人工确认是否已送达' })
    .where(and(eq(outbox.status, 'sending'), ours))
    .returning();
}

export async function cancelOutbound(db: Db, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  return db
    .update(outbox)
    .set({ status: 'cancelled' })
    .where(and(inArray(outbox.id, ids), eq(outbox.status, 'pending')))
    .then(affected);
}

export async function outboundById(db: Db, id: number): Promise<OutboxRow | undefined> {
  return db.select().from(outbox).where(eq(outbox.id, id)).then(first);
}

export async function countByStatus(db: Db): Promise<Record<string, number>> {
  const rows = await db.select({ status: outbox.status, n: sql<number>`count(*)` }).from(outbox).groupBy(outbox.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
