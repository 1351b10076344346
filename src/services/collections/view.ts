import type { Db } from '../../store/db';
import { tally, type Tally } from '../../core/collections/tally';
import { buildingByName, gridsOfCommunity } from '../../store/repos/area';
import { collectionById, entriesOf, eventsOfCollection, groupsOfCollection, listCollections, type CollectionRow } from '../../store/repos/collections';

export interface EntryView {
  building: string | null;
  unit: string | null;
  room: string | null;
  grid: string | null;
  name: string | null;
  items?: Record<string, number>;
  count?: number;
  fields?: Record<string, string>;
  updatedAt: string;
}

export interface CollectionView {
  id: number;
  kind: CollectionRow['kind'];
  title: string;
  status: CollectionRow['status'];
  deadline: string;
  createdBy: string;
  createdAt: string;
  closedAt: string | null;
  visible: boolean;
  perHouseholdLimit: number | null;
  fields: string[];
  groups: number;
  households: number;
  count: number;
  items: Tally['items'];
  byBuilding: Tally['byBuilding'];
  byGrid: Tally['byGrid'];
  entries: EntryView[];
  /** After the retention purge: what was collected, in words. */
  finalSummary: string | null;
  events: Array<{ type: string; note: string | null; at: string }>;
}

/** The whole collection for staff: totals, per building and grid, every household (names and fields included). */
export async function collectionDetail(db: Db, id: number): Promise<CollectionView | null> {
  const c = await collectionById(db, id);
  if (!c) return null;
  const gridNames = new Map((c.communityId ? await gridsOfCommunity(db, c.communityId) : []).map((g) => [g.id, g.name]));
  const gridOf = new Map<string, string | null>();
  const entries: EntryView[] = [];
  for (const e of await entriesOf(db, id)) {
    const b = e.building ?? '';
    if (!gridOf.has(b)) {
      const row = c.communityId && e.building ? await buildingByName(db, c.communityId, e.building) : undefined;
      gridOf.set(b, row?.gridId ? (gridNames.get(row.gridId) ?? null) : null);
    }
    entries.push({
      building: e.building,
      unit: e.unit,
      room: e.room,
      grid: gridOf.get(b) ?? null,
      name: e.name,
      ...(c.kind === 'order' ? { items: e.items ?? {} } : {}),
      ...(c.kind === 'signup' ? { count: e.count ?? 1 } : {}),
      ...(c.kind === 'form' ? { fields: e.fields ?? {} } : {}),
      updatedAt: e.updatedAt.toISOString(),
    });
  }
  const t = tally(c.items, entries.map((e) => ({ ...e, items: e.items ?? null, count: e.count ?? null })));
  return {
    id: c.id,
    kind: c.kind,
    title: c.title,
    status: c.status,
    deadline: c.deadline.toISOString(),
    createdBy: c.createdBy,
    createdAt: c.createdAt.toISOString(),
    closedAt: c.closedAt?.toISOString() ?? null,
    visible: c.visible,
    perHouseholdLimit: c.perHouseholdLimit,
    fields: c.fields,
    groups: (await groupsOfCollection(db, id)).length,
    households: t.households,
    count: t.count,
    items: t.items,
    byBuilding: t.byBuilding,
    byGrid: t.byGrid,
    entries,
    finalSummary: c.finalSummary,
    events: (await eventsOfCollection(db, id)).map((e) => ({ type: e.type, note: e.note, at: e.at.toISOString() })),
  };
}

export async function collectionList(db: Db, limit: number) {
  return (await listCollections(db, limit)).map((c) => ({
    id: c.id,
    kind: c.kind,
    title: c.title,
    status: c.status,
    deadline: c.deadline.toISOString(),
    createdBy: c.createdBy,
  }));
}
