import { and, asc, eq, sql } from 'drizzle-orm';
import { prepared } from '../prepared';
import type { Db } from '../db';
import { groups, type GroupKind } from '../schema';

export type GroupRow = typeof groups.$inferSelect;

export function groupByExternal(db: Db, channel: string, externalId: string): GroupRow | undefined {
  const q = prepared(db, 'groups.byExternal', () =>
    db
      .select()
      .from(groups)
      .where(and(eq(groups.channel, sql.placeholder('channel')), eq(groups.externalId, sql.placeholder('externalId'))))
      .prepare(),
  );
  return q.get({ channel, externalId });
}

export function groupById(db: Db, id: number): GroupRow | undefined {
  return prepared(db, 'groups.byId', () => db.select().from(groups).where(eq(groups.id, sql.placeholder('id'))).prepare()).get({ id });
}

export function groupsByTopic(db: Db, channel: string, topic: string): GroupRow[] {
  return db
    .select()
    .from(groups)
    .where(and(eq(groups.channel, channel), eq(groups.topic, topic)))
    .all();
}

export function groupsOfChannel(db: Db, channel: string): GroupRow[] {
  return db.select().from(groups).where(eq(groups.channel, channel)).orderBy(asc(groups.id)).all();
}

export function allGroups(db: Db): GroupRow[] {
  return db.select().from(groups).orderBy(asc(groups.id)).all();
}

export function workersGroups(db: Db, communityId: number | null): GroupRow[] {
  const q = prepared(db, 'groups.workers', () =>
    db.select().from(groups).where(eq(groups.kind, 'workers')).orderBy(asc(groups.id)).prepare(),
  );
  return q
    .all()
    .filter((g) => communityId == null || g.communityId == null || g.communityId === communityId);
}

export function buildingGroups(db: Db, buildingId: number): GroupRow[] {
  return db.select().from(groups).where(eq(groups.buildingId, buildingId)).orderBy(asc(groups.id)).all();
}

export function createGroup(
  db: Db,
  values: { channel: string; externalId: string; topic: string; kind: GroupKind; buildingId?: number | null; communityId?: number | null },
): GroupRow {
  return db.insert(groups).values(values).returning().get();
}

export function bindGroup(
  db: Db,
  id: number,
  binding: { kind: GroupKind; buildingId: number | null; communityId: number | null },
): void {
  db.update(groups).set(binding).where(eq(groups.id, id)).run();
}

/** Wechaty room ids can change after re-login: move the known group to its new id. */
export function rekeyGroup(db: Db, id: number, externalId: string, topic: string): void {
  db.update(groups).set({ externalId, topic }).where(eq(groups.id, id)).run();
}

export function setGroupTopic(db: Db, id: number, topic: string): void {
  db.update(groups).set({ topic }).where(eq(groups.id, id)).run();
}
