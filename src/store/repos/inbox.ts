import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { prepared } from '../prepared';
import type { Db } from '../db';
import { first, affected } from '../port';
import { inbox } from '../schema';

export type InboxRow = typeof inbox.$inferSelect;

/** Records an inbound message; returns its id, or null when (channel, messageId) was seen before. */
export async function recordInbound(
  db: Db,
  channel: string,
  messageId: string,
  payload: unknown,
  receivedAt: Date,
  instance: string | null = null,
): Promise<number | null> {
  const q = prepared(db, 'inbox.record', () =>
    db
      .insert(inbox)
      .values({
        channel: sql.placeholder('channel'),
        messageId: sql.placeholder('messageId'),
        payload: sql.placeholder('payload'),
        receivedAt: sql.placeholder('receivedAt'),
        instance: sql.placeholder('instance'),
      })
      .onConflictDoNothing()
      .returning({ id: inbox.id })
      .prepare(),
  );
  // The unique (channel, message_id) key is the dedupe, across processes too: a seen message inserts nothing.
  return (await q.execute({ channel, messageId, payload, receivedAt, instance }))[0]?.id ?? null;
}

/** Marks a pending row handled; conditional so a replay cannot flip a finished row. */
export async function finishInbound(db: Db, id: number, status: 'done' | 'failed', outcome: string, at: Date): Promise<boolean> {
  const q = prepared(db, 'inbox.finish', () =>
    db
      .update(inbox)
      .set({
        status: sql`${sql.placeholder('status')}`,
        outcome: sql`${sql.placeholder('outcome')}`,
        handledAt: sql`${sql.placeholder('at')}`,
      })
      .where(and(eq(inbox.id, sql.placeholder('id')), eq(inbox.status, 'pending')))
      .prepare(),
  );
  // Placeholders inside sql`` skip column encoders: pass the stored form (epoch ms).
  return affected(await q.execute({ id, status, outcome, at: at.getTime() })) > 0;
}

export async function inboundById(db: Db, id: number): Promise<InboxRow | undefined> {
  const q = prepared(db, 'inbox.byId', () => db.select().from(inbox).where(eq(inbox.id, sql.placeholder('id'))).prepare());
  return q.execute({ id }).then(first);
}

/** Pending rows this instance accepted (or that no instance claimed: a store from before instances), oldest first. */
export async function pendingInbound(db: Db, instance: string | null = null): Promise<InboxRow[]> {
  const mine = instance === null ? undefined : or(eq(inbox.instance, instance), isNull(inbox.instance));
  return db.select().from(inbox).where(and(eq(inbox.status, 'pending'), mine)).orderBy(asc(inbox.id));
}

/** Takes over the pending rows of processes that died; returns their ids, oldest first. */
export async function adoptPendingInbound(db: Db, dead: readonly string[], instance: string): Promise<number[]> {
  if (dead.length === 0) return [];
  const rows = await db
    .update(inbox)
    .set({ instance })
    .where(and(eq(inbox.status, 'pending'), inArray(inbox.instance, [...dead])))
    .returning({ id: inbox.id });
  return rows.map((r) => r.id).sort((a, b) => a - b);
}
