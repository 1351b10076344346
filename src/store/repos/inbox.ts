import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { inbox } from '../schema';

export type InboxRow = typeof inbox.$inferSelect;

/** Records an inbound message; returns its id, or null when (channel, messageId) was seen before. */
export function recordInbound(db: Db, channel: string, messageId: string, payload: unknown, receivedAt: Date): number | null {
  const row = db
    .insert(inbox)
    .values({ channel, messageId, payload, receivedAt })
    .onConflictDoNothing()
    .returning({ id: inbox.id })
    .get();
  return row?.id ?? null;
}

/** Marks a pending row handled; conditional so a replay cannot flip a finished row. */
export function finishInbound(db: Db, id: number, status: 'done' | 'failed', outcome: string, at: Date): boolean {
  const res = db
    .update(inbox)
    .set({ status, outcome, handledAt: at })
    .where(and(eq(inbox.id, id), eq(inbox.status, 'pending')))
    .run();
  return res.changes > 0;
}

export function inboundById(db: Db, id: number): InboxRow | undefined {
  return db.select().from(inbox).where(eq(inbox.id, id)).get();
}

export function pendingInbound(db: Db): InboxRow[] {
  return db.select().from(inbox).where(eq(inbox.status, 'pending')).orderBy(asc(inbox.id)).all();
}
