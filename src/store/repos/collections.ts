import { and, asc, desc, eq, gt, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { first, affected, only } from '../port';
import { prepared } from '../prepared';
import { buildingLeads, collectionEntries, collectionEvents, collectionGroups, collections, tickets } from '../schema';

export type CollectionRow = typeof collections.$inferSelect;
export type NewCollection = typeof collections.$inferInsert;
export type CollectionGroupRow = typeof collectionGroups.$inferSelect;
export type EntryRow = typeof collectionEntries.$inferSelect;
export type CollectionEventRow = typeof collectionEvents.$inferSelect;

export async function insertCollection(db: Db, row: NewCollection): Promise<CollectionRow> {
  return db.insert(collections).values(row).returning().then(only);
}

export async function collectionById(db: Db, id: number): Promise<CollectionRow | undefined> {
  return db.select().from(collections).where(eq(collections.id, id)).then(first);
}

export async function listCollections(db: Db, limit: number): Promise<CollectionRow[]> {
  return db.select().from(collections).orderBy(desc(collections.id)).limit(limit);
}

/**
 * Collections posted in a group with the given status, newest first. Runs on
 * every message of a group (before intake), hence prepared; with nothing open
 * it is one index probe.
 */
export async function collectionsOfGroup(db: Db, groupId: number, status: 'open' | 'closed'): Promise<CollectionRow[]> {
  const q = prepared(db, `collections.ofGroup.${status}`, () =>
    db
      .select({ c: collections })
      .from(collectionGroups)
      .innerJoin(collections, eq(collections.id, collectionGroups.collectionId))
      .where(and(eq(collectionGroups.groupId, sql.placeholder('groupId')), eq(collections.status, status)))
      .orderBy(desc(collections.id))
      .prepare(),
  );
  return (await q.execute({ groupId })).map((r) => r.c);
}

export async function insertCollectionGroup(db: Db, row: typeof collectionGroups.$inferInsert): Promise<void> {
  await db.insert(collectionGroups).values(row);
}

export async function groupsOfCollection(db: Db, collectionId: number): Promise<CollectionGroupRow[]> {
  return db.select().from(collectionGroups).where(eq(collectionGroups.collectionId, collectionId));
}

export async function entryOfHousehold(db: Db, collectionId: number, householdKey: string): Promise<EntryRow | undefined> {
  return db
    .select()
    .from(collectionEntries)
    .where(and(eq(collectionEntries.collectionId, collectionId), eq(collectionEntries.householdKey, householdKey)))
    .then(first);
}

/** The newest answer of this person in this collection (for "改成3斤" and "取消" without a room). */
export async function latestEntryOfPerson(db: Db, collectionId: number, personId: number): Promise<EntryRow | undefined> {
  return db
    .select()
    .from(collectionEntries)
    .where(and(eq(collectionEntries.collectionId, collectionId), eq(collectionEntries.personId, personId)))
    .orderBy(desc(collectionEntries.updatedAt), desc(collectionEntries.id))
    .then(first);
}

/** The room this person answered for last, in any collection of that building: "+1" alone needs no room twice. */
export async function knownHouseholdOfPerson(db: Db, personId: number, building: string | null): Promise<EntryRow | undefined> {
  return db
    .select()
    .from(collectionEntries)
    .where(
      and(
        eq(collectionEntries.personId, personId),
        isNotNull(collectionEntries.room),
        building === null ? sql`1 = 1` : eq(collectionEntries.building, building),
      ),
    )
    .orderBy(desc(collectionEntries.updatedAt))
    .then(first);
}

export type EntryValues = Omit<typeof collectionEntries.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

/** Insert or replace a household's answer: one row per household, the newest line wins. */
export async function upsertEntry(db: Db, row: EntryValues, now: Date): Promise<void> {
  await db.insert(collectionEntries)
    .values({ ...row, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [collectionEntries.collectionId, collectionEntries.householdKey],
      set: {
        building: row.building,
        unit: row.unit,
        room: row.room,
        groupId: row.groupId,
        personId: row.personId,
        name: row.name,
        items: row.items,
        count: row.count,
        fields: row.fields,
        withdrawn: row.withdrawn ?? false,
        viaChain: row.viaChain ?? false,
        updatedAt: now,
      },
    })
    ;
}

export async function setEntryWithdrawn(db: Db, id: number, now: Date): Promise<void> {
  await db.update(collectionEntries).set({ withdrawn: true, updatedAt: now }).where(eq(collectionEntries.id, id));
}

/** Entries of one group changed since `since` (the batch a summary confirms). */
export async function entriesOfGroupSince(db: Db, collectionId: number, groupId: number, since: Date | null): Promise<EntryRow[]> {
  return db
    .select()
    .from(collectionEntries)
    .where(
      and(
        eq(collectionEntries.collectionId, collectionId),
        eq(collectionEntries.groupId, groupId),
        since ? gt(collectionEntries.updatedAt, since) : sql`1 = 1`,
      ),
    )
    .orderBy(asc(collectionEntries.updatedAt))
    ;
}

export async function entriesOf(db: Db, collectionId: number): Promise<EntryRow[]> {
  return db
    .select()
    .from(collectionEntries)
    .where(and(eq(collectionEntries.collectionId, collectionId), eq(collectionEntries.withdrawn, false)))
    .orderBy(asc(collectionEntries.building), asc(collectionEntries.unit), asc(collectionEntries.room))
    ;
}

export async function deleteEntriesOf(db: Db, collectionId: number): Promise<number> {
  return db.delete(collectionEntries).where(eq(collectionEntries.collectionId, collectionId)).then(affected);
}

export async function addPending(db: Db, collectionId: number, groupId: number, n: number, now: Date): Promise<number> {
  const row = await db
    .update(collectionGroups)
    .set({
      pending: sql`${collectionGroups.pending} + ${n}`,
      pendingSince: sql`coalesce(${collectionGroups.pendingSince}, ${now.getTime()})`,
    })
    .where(and(eq(collectionGroups.collectionId, collectionId), eq(collectionGroups.groupId, groupId)))
    .returning({ pending: collectionGroups.pending })
    .then(first);
  return row?.pending ?? 0;
}

/** Clears the pending count, conditionally: true for the one caller that sends the summary for it. */
export async function takePending(db: Db, collectionId: number, groupId: number, now: Date): Promise<boolean> {
  return (
    db
      .update(collectionGroups)
      .set({ pending: 0, pendingSince: null, lastSummaryAt: now })
      .where(and(eq(collectionGroups.collectionId, collectionId), eq(collectionGroups.groupId, groupId), gt(collectionGroups.pending, 0)))
      .then((r) => affected(r) === 1)
  );
}

/** Groups whose oldest unconfirmed entry is older than `before`. */
export async function groupsDueForSummary(db: Db, before: Date): Promise<CollectionGroupRow[]> {
  return db
    .select({ g: collectionGroups })
    .from(collectionGroups)
    .innerJoin(collections, eq(collections.id, collectionGroups.collectionId))
    .where(and(eq(collections.status, 'open'), gt(collectionGroups.pending, 0), lte(collectionGroups.pendingSince, before)))
    .then((rows) => rows.map((r) => r.g));
}

export async function collectionsDueToRemind(db: Db, now: Date): Promise<CollectionRow[]> {
  return db
    .select()
    .from(collections)
    .where(and(eq(collections.status, 'open'), isNotNull(collections.remindAt), lte(collections.remindAt, now), sql`${collections.remindedAt} is null`))
    ;
}

/** Conditional: true for the one caller that marks it reminded. */
export async function markReminded(db: Db, id: number, now: Date): Promise<boolean> {
  return (
    db
      .update(collections)
      .set({ remindedAt: now })
      .where(and(eq(collections.id, id), eq(collections.status, 'open'), sql`${collections.remindedAt} is null`))
      .then((r) => affected(r) === 1)
  );
}

export async function collectionsDueToClose(db: Db, now: Date): Promise<CollectionRow[]> {
  return db.select().from(collections).where(and(eq(collections.status, 'open'), lte(collections.deadline, now)));
}

/** Conditional: true for the one caller that closes it. */
export async function markClosed(db: Db, id: number, now: Date, finalSummary: string): Promise<boolean> {
  return (
    db
      .update(collections)
      .set({ status: 'closed', closedAt: now, finalSummary })
      .where(and(eq(collections.id, id), eq(collections.status, 'open')))
      .then((r) => affected(r) === 1)
  );
}

export async function collectionsClosedBefore(db: Db, before: Date): Promise<CollectionRow[]> {
  return db.select().from(collections).where(and(eq(collections.status, 'closed'), lte(collections.closedAt, before)));
}

export async function markPurged(db: Db, id: number, now: Date): Promise<boolean> {
  return (
    db
      .update(collections)
      .set({ status: 'purged', purgedAt: now })
      .where(and(eq(collections.id, id), eq(collections.status, 'closed')))
      .then((r) => affected(r) === 1)
  );
}

export async function insertCollectionEvent(db: Db, row: typeof collectionEvents.$inferInsert): Promise<void> {
  await db.insert(collectionEvents).values(row);
}

export async function eventsOfCollection(db: Db, collectionId: number): Promise<CollectionEventRow[]> {
  return db.select().from(collectionEvents).where(eq(collectionEvents.collectionId, collectionId)).orderBy(asc(collectionEvents.id));
}

export async function hasPersonEvent(db: Db, collectionId: number, type: string, personId: number): Promise<boolean> {
  const rows = await db
    .select({ id: collectionEvents.id })
    .from(collectionEvents)
    .where(and(eq(collectionEvents.collectionId, collectionId), eq(collectionEvents.type, type), eq(collectionEvents.personId, personId)))
    .limit(1);
  return rows.length > 0;
}

/**
 * The rooms known to exist in these buildings: from tickets and from earlier
 * collections. Used to list who has not answered yet (rooms, never names).
 */
export async function knownRooms(db: Db, buildingIds: number[], buildingNames: string[]): Promise<Array<{ building: string; unit: string | null; room: string }>> {
  if (buildingIds.length === 0) return [];
  const fromTickets = await db
    .selectDistinct({ building: tickets.building, unit: tickets.unit, room: tickets.room })
    .from(tickets)
    .where(and(inArray(tickets.buildingId, buildingIds), isNotNull(tickets.room)))
    ;
  const fromEntries = await db
    .selectDistinct({ building: collectionEntries.building, unit: collectionEntries.unit, room: collectionEntries.room })
    .from(collectionEntries)
    .where(and(inArray(collectionEntries.building, buildingNames), isNotNull(collectionEntries.room)))
    ;
  const seen = new Map<string, { building: string; unit: string | null; room: string }>();
  for (const r of [...fromTickets, ...fromEntries]) {
    if (!r.building || !r.room) continue;
    seen.set(`${r.building}|${r.unit ?? ''}|${r.room}`, { building: r.building, unit: r.unit, room: r.room });
  }
  return [...seen.values()];
}

export async function buildingsLedBy(db: Db, personId: number): Promise<number[]> {
  const rows = await db.select({ b: buildingLeads.buildingId }).from(buildingLeads).where(eq(buildingLeads.personId, personId));
  return rows.map((r) => r.b);
}

export async function addBuildingLead(db: Db, buildingId: number, personId: number, now: Date): Promise<boolean> {
  return db.insert(buildingLeads).values({ buildingId, personId, createdAt: now }).onConflictDoNothing().then((r) => affected(r) === 1);
}

export async function leadsOfBuildings(db: Db, buildingIds: number[]): Promise<number[]> {
  if (buildingIds.length === 0) return [];
  const rows = await db.select({ p: buildingLeads.personId }).from(buildingLeads).where(inArray(buildingLeads.buildingId, buildingIds));
  return [...new Set(rows.map((r) => r.p))];
}
