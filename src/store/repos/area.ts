import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { buildings, communities, grids } from '../schema';

export type BuildingRow = typeof buildings.$inferSelect;
export type GridRow = typeof grids.$inferSelect;
export type CommunityRow = typeof communities.$inferSelect;

export function buildingById(db: Db, id: number): BuildingRow | undefined {
  return db.select().from(buildings).where(eq(buildings.id, id)).get();
}

export function buildingByName(db: Db, communityId: number, name: string): BuildingRow | undefined {
  return db
    .select()
    .from(buildings)
    .where(and(eq(buildings.communityId, communityId), eq(buildings.name, name)))
    .get();
}

export function buildingsOfCommunity(db: Db, communityId: number): BuildingRow[] {
  return db.select().from(buildings).where(eq(buildings.communityId, communityId)).orderBy(asc(buildings.id)).all();
}

export function gridById(db: Db, id: number): GridRow | undefined {
  return db.select().from(grids).where(eq(grids.id, id)).get();
}

export function gridsOfCommunity(db: Db, communityId: number): GridRow[] {
  return db.select().from(grids).where(eq(grids.communityId, communityId)).orderBy(asc(grids.id)).all();
}

export function allCommunities(db: Db): CommunityRow[] {
  return db.select().from(communities).orderBy(asc(communities.id)).all();
}
