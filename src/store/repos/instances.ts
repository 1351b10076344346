import { and, eq, inArray, isNotNull, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { instances, outbox } from '../schema';

export type InstanceRow = typeof instances.$inferSelect;

/** Announces this process (or a restart of it): a fresh heartbeat, no leadership yet. */
export async function registerInstance(
  db: Db,
  v: { name: string; pid: number; host: string; channels: string[]; now: Date },
): Promise<void> {
  const row = { name: v.name, pid: v.pid, host: v.host, channels: v.channels, startedAt: v.now, heartbeatAt: v.now, leaderSince: null, stoppedAt: null };
  await db.insert(instances).values(row).onConflictDoUpdate({ target: instances.name, set: row });
}

export async function heartbeat(db: Db, name: string, now: Date): Promise<void> {
  await db.update(instances).set({ heartbeatAt: now }).where(eq(instances.name, name));
}

export async function setLeader(db: Db, name: string, now: Date | null): Promise<void> {
  await db.update(instances).set({ leaderSince: now }).where(eq(instances.name, name));
}

export async function markStopped(db: Db, name: string, now: Date): Promise<void> {
  await db.update(instances).set({ stoppedAt: now, leaderSince: null }).where(eq(instances.name, name));
}

export async function allInstances(db: Db): Promise<InstanceRow[]> {
  return db.select().from(instances).orderBy(instances.name);
}

/**
 * Rows claimed by processes that stopped beating (died, or this very process
 * before a restart): `claimed` rows were never handed to a channel and go
 * back to `pending`; `sending` rows may have gone out and are parked for a
 * person to review. Returns what was released and what was parked.
 */
export async function releaseClaimsOf(
  db: Db,
  dead: string[],
): Promise<{ released: number; parked: (typeof outbox.$inferSelect)[] }> {
  if (dead.length === 0) return { released: 0, parked: [] };
  const released = await db
    .update(outbox)
    .set({ status: 'pending', claimedBy: null, claimedAt: null })
    .where(and(eq(outbox.status, 'claimed'), inArray(outbox.claimedBy, dead)))
    .returning({ id: outbox.id });
  const parked = await db
    .update(outbox)
    .set({ status: 'review', lastError: '发送中断（进程停止），需人工确认是否已送达' })
    .where(and(eq(outbox.status, 'sending'), inArray(outbox.claimedBy, dead)))
    .returning();
  return { released: released.length, parked };
}

/** Instances other than `self` whose heartbeat is older than `staleBefore` (or that said they stopped). */
export async function deadInstances(db: Db, self: string, staleBefore: Date): Promise<string[]> {
  const rows = await db
    .select({ name: instances.name })
    .from(instances)
    .where(and(ne(instances.name, self), sql`(${lt(instances.heartbeatAt, staleBefore)} OR ${isNotNull(instances.stoppedAt)})`));
  return rows.map((r) => r.name);
}

/** Instances other than `self` with a fresh heartbeat that have not said they stopped, with their channels. */
export async function livePeers(db: Db, self: string, staleBefore: Date): Promise<{ name: string; channels: string[] }[]> {
  return db
    .select({ name: instances.name, channels: instances.channels })
    .from(instances)
    .where(and(ne(instances.name, self), sql`${instances.heartbeatAt} >= ${staleBefore.getTime()}`, isNull(instances.stoppedAt)));
}

/** The instance that says it leads, if its heartbeat is fresh. */
export async function currentLeader(db: Db, staleBefore: Date): Promise<string | null> {
  const rows = await db
    .select({ name: instances.name })
    .from(instances)
    .where(and(isNotNull(instances.leaderSince), sql`${instances.heartbeatAt} >= ${staleBefore.getTime()}`))
    .orderBy(sql`${instances.leaderSince} DESC`)
    .limit(1);
  return rows[0]?.name ?? null;
}
