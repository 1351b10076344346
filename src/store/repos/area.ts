import { and, asc, eq, sql } from 'drizzle-orm';
import { prepared } from '../prepared';
import type { Db } from '../db';
import { first, affected, rawSql } from '../port';
import { buildings, communities, grids } from '../schema';

export type BuildingRow = typeof buildings.$inferSelect;
export type GridRow = typeof grids.$inferSelect;
export type CommunityRow = typeof communities.$inferSelect;

export async function buildingById(db: Db, id: number): Promise<BuildingRow | undefined> {
  return prepared(db, 'buildings.byId', () =>
    db.select().from(buildings).where(eq(buildings.id, sql.placeholder('id'))).prepare(),
  ).execute({ id }).then(first);
}

export async function buildingByName(db: Db, communityId: number, name: string): Promise<BuildingRow | undefined> {
  const q = prepared(db, 'buildings.byName', () =>
    db
      .select()
      .from(buildings)
      .where(and(eq(buildings.communityId, sql.placeholder('communityId')), eq(buildings.name, sql.placeholder('name'))))
      .prepare(),
  );
  return q.execute({ communityId, name }).then(first);
}

export async function buildingsOfCommunity(db: Db, communityId: number): Promise<BuildingRow[]> {
  return db.select().from(buildings).where(eq(buildings.communityId, communityId)).orderBy(asc(buildings.id));
}

export async function gridsOfCommunity(db: Db, communityId: number): Promise<GridRow[]> {
  return db.select().from(grids).where(eq(grids.communityId, communityId)).orderBy(asc(grids.id));
}

export async function allCommunities(db: Db): Promise<CommunityRow[]> {
  return db.select().from(communities).orderBy(asc(communities.id));
}

export interface BuildingCoverageRow {
  buildingId: number;
  building: string;
  communityId: number;
  community: string;
  gridId: number | null;
  grid: string | null;
  /** Resident groups bound to the building, on any channel. */
  groups: { id: number; channel: string; externalId: string; topic: string }[];
}

/**
 * Every building with the resident groups bound to it: a building without one
 * hears nothing the bot says (notices, ticket progress). Optionally one community.
 */
export async function buildingCoverage(db: Db, communityId?: number): Promise<BuildingCoverageRow[]> {
  type Row = Omit<BuildingCoverageRow, 'groups'> & { groupId: number | null; channel: string; externalId: string; topic: string };
  const rows = await rawSql(db).rows<Row>(
    `SELECT b.id AS "buildingId", b.name AS building, c.id AS "communityId", c.name AS community, g.id AS "gridId", g.name AS grid,
            gr.id AS "groupId", gr.channel, gr.external_id AS "externalId", gr.topic
       FROM buildings b
       JOIN communities c ON c.id = b.community_id
       LEFT JOIN grids g ON g.id = b.grid_id
       LEFT JOIN groups gr ON gr.building_id = b.id AND gr.kind = 'building'
      WHERE (CAST(? AS INTEGER) IS NULL OR b.community_id = ?)
      ORDER BY c.id, b.id, gr.id`,
    [communityId ?? null, communityId ?? null],
  );
  const out = new Map<number, BuildingCoverageRow>();
  for (const r of rows) {
    let b = out.get(r.buildingId);
    if (!b) {
      b = { buildingId: r.buildingId, building: r.building, communityId: r.communityId, community: r.community, gridId: r.gridId, grid: r.grid, groups: [] };
      out.set(r.buildingId, b);
    }
    if (r.groupId !== null) b.groups.push({ id: r.groupId, channel: r.channel, externalId: r.externalId, topic: r.topic });
  }
  return [...out.values()].sort(
    (a, b) => a.communityId - b.communityId || a.building.localeCompare(b.building, 'zh-CN', { numeric: true }),
  );
}
