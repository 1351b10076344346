import { and, asc, eq, inArray } from 'drizzle-orm';
import { first, type Db } from '../store/db';
import { buildingLeads, buildings, communities, grids, groups, people, staffGrids, streets } from '../store/schema';
import type { BuildingRow, CommunityRow, GridRow } from '../store/repos/area';
import type { GroupRow } from '../store/repos/groups';
import type { PersonRow } from '../store/repos/people';
import type { StaffRole } from './schema';

export const STAFF_ROLE_LIST: StaffRole[] = ['grid_worker', 'grid_leader', 'office'];

export type StreetRow = typeof streets.$inferSelect;

export interface CurrentCommunity {
  row: CommunityRow;
  grids: GridRow[];
  buildings: BuildingRow[];
}

export interface CurrentStaff {
  row: PersonRow;
  gridIds: number[];
}

/** What the store holds for one street: the side of the diff that is not the file. */
export interface Current {
  street?: StreetRow;
  communities: CurrentCommunity[];
  /** Staff (active or not) whose community is on this street. */
  staff: CurrentStaff[];
  /** Groups bound to a community or building of this street. */
  groups: GroupRow[];
  /** Group-buy leads (团购长/楼长) of this street's buildings, in the order they were named. */
  leads: { buildingId: number; person: PersonRow }[];
}

export async function streetByName(db: Db, name: string): Promise<StreetRow | undefined> {
  return first(await db.select().from(streets).where(eq(streets.name, name)));
}

export async function allStreets(db: Db): Promise<StreetRow[]> {
  return db.select().from(streets).orderBy(asc(streets.id));
}

export async function readCurrent(db: Db, streetName: string): Promise<Current> {
  const street = await streetByName(db, streetName);
  if (!street) return { communities: [], staff: [], groups: [], leads: [] };
  const cs = await db.select().from(communities).where(eq(communities.streetId, street.id)).orderBy(asc(communities.id));
  const ids = cs.map((c) => c.id);
  const allGrids = ids.length ? await db.select().from(grids).where(inArray(grids.communityId, ids)).orderBy(asc(grids.id)) : [];
  const allBuildings = ids.length
    ? await db.select().from(buildings).where(inArray(buildings.communityId, ids)).orderBy(asc(buildings.id))
    : [];
  const staffRows = ids.length
    ? await db
        .select()
        .from(people)
        .where(and(inArray(people.communityId, ids), inArray(people.role, STAFF_ROLE_LIST)))
        .orderBy(asc(people.id))
    : [];
  const cover = staffRows.length
    ? await db
        .select()
        .from(staffGrids)
        .where(inArray(staffGrids.personId, staffRows.map((p) => p.id)))
    : [];
  const buildingIds = new Set(allBuildings.map((b) => b.id));
  const groupRows = (await db.select().from(groups).orderBy(asc(groups.id))).filter(
    (g) => (g.communityId != null && ids.includes(g.communityId)) || (g.buildingId != null && buildingIds.has(g.buildingId)),
  );
  const leads = buildingIds.size
    ? await db
        .select({ buildingId: buildingLeads.buildingId, person: people })
        .from(buildingLeads)
        .innerJoin(people, eq(buildingLeads.personId, people.id))
        .where(inArray(buildingLeads.buildingId, [...buildingIds]))
        .orderBy(asc(buildingLeads.createdAt), asc(people.id))
    : [];
  return {
    street,
    leads,
    communities: cs.map((row) => ({
      row,
      grids: allGrids.filter((g) => g.communityId === row.id),
      buildings: allBuildings.filter((b) => b.communityId === row.id),
    })),
    staff: staffRows.map((row) => ({
      row,
      gridIds: cover.filter((c) => c.personId === row.id).map((c) => c.gridId).sort((a, b) => a - b),
    })),
    groups: groupRows,
  };
}

/** Groups the bot has seen but nobody has bound yet, for `roster groups`. */
export async function unboundGroups(db: Db): Promise<GroupRow[]> {
  return db.select().from(groups).where(eq(groups.kind, 'unbound')).orderBy(asc(groups.channel), asc(groups.id));
}
