import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { prepared } from '../prepared';
import type { Db } from '../db';
import { first, affected, only } from '../port';
import { groups, type GroupKind, outbox } from '../schema';

export type GroupRow = typeof groups.$inferSelect;

export async function groupByExternal(db: Db, channel: string, externalId: string): Promise<GroupRow | undefined> {
  const q = prepared(db, 'groups.byExternal', () =>
    db
      .select()
      .from(groups)
      .where(and(eq(groups.channel, sql.placeholder('channel')), eq(groups.externalId, sql.placeholder('externalId'))))
      .prepare(),
  );
  return q.execute({ channel, externalId }).then(first);
}

export async function groupById(db: Db, id: number): Promise<GroupRow | undefined> {
  return prepared(db, 'groups.byId', () => db.select().from(groups).where(eq(groups.id, sql.placeholder('id'))).prepare()).execute({ id }).then(first);
}

export async function groupsByTopic(db: Db, channel: string, topic: string): Promise<GroupRow[]> {
  return db
    .select()
    .from(groups)
    .where(and(eq(groups.channel, channel), eq(groups.topic, topic)))
    ;
}

export async function groupsOfChannel(db: Db, channel: string): Promise<GroupRow[]> {
  return db.select().from(groups).where(eq(groups.channel, channel)).orderBy(asc(groups.id));
}

export async function allGroups(db: Db): Promise<GroupRow[]> {
  return db.select().from(groups).orderBy(asc(groups.id));
}

export async function workersGroups(db: Db, communityId: number | null): Promise<GroupRow[]> {
  const q = prepared(db, 'groups.workers', () =>
    db.select().from(groups).where(eq(groups.kind, 'workers')).orderBy(asc(groups.id)).prepare(),
  );
  return q
    .execute()
    .then((rows) => rows.filter((g) => communityId == null || g.communityId == null || g.communityId === communityId));
}

export async function buildingGroups(db: Db, buildingId: number): Promise<GroupRow[]> {
  return db.select().from(groups).where(eq(groups.buildingId, buildingId)).orderBy(asc(groups.id));
}

export async function createGroup(
  db: Db,
  values: { channel: string; externalId: string; topic: string; kind: GroupKind; buildingId?: number | null; communityId?: number | null },
): Promise<GroupRow> {
  return db.insert(groups).values(values).returning().then(only);
}

/**
 * Makes `account` the group's account, if it is still `from` (conditional:
 * two processes hearing the same new group settle on one). True if changed.
 */
export async function claimGroupAccount(db: Db, id: number, account: string, from: string | null): Promise<boolean> {
  const rows = await db
    .update(groups)
    .set({ account })
    .where(and(eq(groups.id, id), from === null ? isNull(groups.account) : eq(groups.account, from)))
    .returning({ channel: groups.channel, externalId: groups.externalId });
  const g = rows[0];
  if (!g) return false;
  // Rows still waiting for the old account (gone, or renamed) go out through the new one.
  if (from !== null) {
    await db
      .update(outbox)
      .set({ account })
      .where(and(eq(outbox.status, 'pending'), eq(outbox.channel, g.channel), eq(outbox.groupExternalId, g.externalId), eq(outbox.account, from)));
  }
  return true;
}

export async function bindGroup(
  db: Db,
  id: number,
  binding: { kind: GroupKind; buildingId: number | null; communityId: number | null },
): Promise<void> {
  await db.update(groups).set(binding).where(eq(groups.id, id));
}

/** Wechaty room ids can change after re-login: move the known group to its new id. */
export async function rekeyGroup(db: Db, id: number, externalId: string, topic: string): Promise<void> {
  await db.update(groups).set({ externalId, topic }).where(eq(groups.id, id));
}

export async function setGroupTopic(db: Db, id: number, topic: string): Promise<void> {
  await db.update(groups).set({ topic }).where(eq(groups.id, id));
}
