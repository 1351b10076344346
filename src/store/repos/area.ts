import { and, asc, eq, sql } from 'drizzle-orm';
import { prepared } from '../prepared';
import type { Db } from '../db';
import { buildings, communities, grids } from '../schema';

export type BuildingRow = typeof buildings.$inferSelect;
export type GridRow = typeof grids.$inferSelect;
export type CommunityRow = typeof communities.$inferSelect;

export function buildingById(db: Db, id: number): BuildingRow | undefined {
  return prepared(db, 'buildings.byId', () =>
    db.select().from(buildings).where(eq(buildings.id, sql.placeholder('id'))).prepare(),
  ).get({ id });
}

export function buildingByName(db: Db, communityId: number, name: string): BuildingRow | undefined {
  const q = prepared(db, 'buildings.byName', () =>
    db
      .select()
      .from(buildings)
      .where(and(eq(buildings.communityId, sql.placeholder('communityId')), eq(buildings.name, sql.placeholder('name'))))
      .prepare(),
  );
  return q.get({ communityId, name });
}

export function buildingsOfCommunity(db: Db, communityId: number): BuildingRow[] {
  return db.select().from(buildings).where(eq(buildings.communityId, communityId)).orderBy(asc(buildings.id)).all();
}

export function gridsOfCommunity(db: Db, communityId: number): GridRow[] {
  return db.select().from(grids).where(eq(grids.communityId, communityId)).orderBy(asc(grids.id)).all();
}

export function allCommunities(db: Db): CommunityRow[] {
  return db.select().from(communities).orderBy(asc(communities.id)).all();
}
