import { and, asc, eq, sql } from 'drizzle-orm';
import { prepared } from '../prepared';
import type { Db } from '../db';
import { inbox } from '../schema';

export type InboxRow = typeof inbox.$inferSelect;

/** Records an inbound message; returns its id, or null when (channel, messageId) was seen before. */
export function recordInbound(db: Db, channel: string, messageId: string, payload: unknown, receivedAt: Date): number | null {
  const q = prepared(db, 'inbox.record', () =>
    db
      .insert(inbox)
      .values({
        channel: sql.placeholder('channel'),
        messageId: sql.placeholder('messageId'),
        payload: sql.placeholder('payload'),
        receivedAt: sql.placeholder('receivedAt'),
      })
      .onConflictDoNothing()
      .prepare(),
  );
  // run() + changes/lastInsertRowid rather than RETURNING: cheaper, and this runs for every message.
  const res = q.run({ channel, messageId, payload, receivedAt });
  return res.changes > 0 ? Number(res.lastInsertRowid) : null;
}

/** Marks a pending row handled; conditional so a replay cannot flip a finished row. */
export function finishInbound(db: Db, id: number, status: 'done' | 'failed', outcome: string, at: Date): boolean {
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
  return q.run({ id, status, outcome, at: at.getTime() }).changes > 0;
}

export function inboundById(db: Db, id: number): InboxRow | undefined {
  const q = prepared(db, 'inbox.byId', () => db.select().from(inbox).where(eq(inbox.id, sql.placeholder('id'))).prepare());
  return q.get({ id });
}

export function pendingInbound(db: Db): InboxRow[] {
  return db.select().from(inbox).where(eq(inbox.status, 'pending')).orderBy(asc(inbox.id)).all();
}
