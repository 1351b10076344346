import { and, asc, desc, eq, gt, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { prepared } from '../prepared';
import { buildingLeads, collectionEntries, collectionEvents, collectionGroups, collections, tickets } from '../schema';

export type CollectionRow = typeof collections.$inferSelect;
export type NewCollection = typeof collections.$inferInsert;
export type CollectionGroupRow = typeof collectionGroups.$inferSelect;
export type EntryRow = typeof collectionEntries.$inferSelect;
export type CollectionEventRow = typeof collectionEvents.$inferSelect;

export function insertCollection(db: Db, row: NewCollection): CollectionRow {
  return db.insert(collections).values(row).returning().get();
}

export function collectionById(db: Db, id: number): CollectionRow | undefined {
  return db.select().from(collections).where(eq(collections.id, id)).get();
}

export function listCollections(db: Db, limit: number): CollectionRow[] {
  return db.select().from(collections).orderBy(desc(collections.id)).limit(limit).all();
}

/**
 * Collections posted in a group with the given status, newest first. Runs on
 * every message of a group (before intake), hence prepared; with nothing open
 * it is one index probe.
 */
export function collectionsOfGroup(db: Db, groupId: number, status: 'open' | 'closed'): CollectionRow[] {
  const q = prepared(db, `collections.ofGroup.${status}`, () =>
    db
      .select({ c: collections })
      .from(collectionGroups)
      .innerJoin(collections, eq(collections.id, collectionGroups.collectionId))
      .where(and(eq(collectionGroups.groupId, sql.placeholder('groupId')), eq(collections.status, status)))
      .orderBy(desc(collections.id))
      .prepare(),
  );
  return q.all({ groupId }).map((r) => r.c);
}

export function insertCollectionGroup(db: Db, row: typeof collectionGroups.$inferInsert): void {
  db.insert(collectionGroups).values(row).run();
}

export function groupsOfCollection(db: Db, collectionId: number): CollectionGroupRow[] {
  return db.select().from(collectionGroups).where(eq(collectionGroups.collectionId, collectionId)).all();
}

export function entryOfHousehold(db: Db, collectionId: number, householdKey: string): EntryRow | undefined {
  return db
    .select()
    .from(collectionEntries)
    .where(and(eq(collectionEntries.collectionId, collectionId), eq(collectionEntries.householdKey, householdKey)))
    .get();
}

/** The newest answer of this person in this collection (for "改成3斤" and "取消" without a room). */
export function latestEntryOfPerson(db: Db, collectionId: number, personId: number): EntryRow | undefined {
  return db
    .select()
    .from(collectionEntries)
    .where(and(eq(collectionEntries.collectionId, collectionId), eq(collectionEntries.personId, personId)))
    .orderBy(desc(collectionEntries.updatedAt), desc(collectionEntries.id))
    .get();
}

/** The room this person answered for last, in any collection of that building: "+1" alone needs no room twice. */
export function knownHouseholdOfPerson(db: Db, personId: number, building: string | null): EntryRow | undefined {
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
    .get();
}

export type EntryValues = Omit<typeof collectionEntries.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

/** Insert or replace a household's answer: one row per household, the newest line wins. */
export function upsertEntry(db: Db, row: EntryValues, now: Date): void {
  db.insert(collectionEntries)
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
    .run();
}

export function setEntryWithdrawn(db: Db, id: number, now: Date): void {
  db.update(collectionEntries).set({ withdrawn: true, updatedAt: now }).where(eq(collectionEntries.id, id)).run();
}

/** Entries of one group changed since `since` (the batch a summary confirms). */
export function entriesOfGroupSince(db: Db, collectionId: number, groupId: number, since: Date | null): EntryRow[] {
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
    .all();
}

export function entriesOf(db: Db, collectionId: number): EntryRow[] {
  return db
    .select()
    .from(collectionEntries)
    .where(and(eq(collectionEntries.collectionId, collectionId), eq(collectionEntries.withdrawn, false)))
    .orderBy(asc(collectionEntries.building), asc(collectionEntries.unit), asc(collectionEntries.room))
    .all();
}

export function deleteEntriesOf(db: Db, collectionId: number): number {
  return db.delete(collectionEntries).where(eq(collectionEntries.collectionId, collectionId)).run().changes;
}

export function addPending(db: Db, collectionId: number, groupId: number, n: number, now: Date): number {
  const row = db
    .update(collectionGroups)
    .set({
      pending: sql`${collectionGroups.pending} + ${n}`,
      pendingSince: sql`coalesce(${collectionGroups.pendingSince}, ${now.getTime()})`,
    })
    .where(and(eq(collectionGroups.collectionId, collectionId), eq(collectionGroups.groupId, groupId)))
    .returning({ pending: collectionGroups.pending })
    .get();
  return row?.pending ?? 0;
}

/** Clears the pending count, conditionally: true for the one caller that sends the summary for it. */
export function takePending(db: Db, collectionId: number, groupId: number, now: Date): boolean {
  return (
    db
      .update(collectionGroups)
      .set({ pending: 0, pendingSince: null, lastSummaryAt: now })
      .where(and(eq(collectionGroups.collectionId, collectionId), eq(collectionGroups.groupId, groupId), gt(collectionGroups.pending, 0)))
      .run().changes === 1
  );
}

/** Groups whose oldest unconfirmed entry is older than `before`. */
export function groupsDueForSummary(db: Db, before: Date): CollectionGroupRow[] {
  return db
    .select({ g: collectionGroups })
    .from(collectionGroups)
    .innerJoin(collections, eq(collections.id, collectionGroups.collectionId))
    .where(and(eq(collections.status, 'open'), gt(collectionGroups.pending, 0), lte(collectionGroups.pendingSince, before)))
    .all()
    .map((r) => r.g);
}

export function collectionsDueToRemind(db: Db, now: Date): CollectionRow[] {
  return db
    .select()
    .from(collections)
    .where(and(eq(collections.status, 'open'), isNotNull(collections.remindAt), lte(collections.remindAt, now), sql`${collections.remindedAt} is null`))
    .all();
}

/** Conditional: true for the one caller that marks it reminded. */
export function markReminded(db: Db, id: number, now: Date): boolean {
  return (
    db
      .update(collections)
      .set({ remindedAt: now })
      .where(and(eq(collections.id, id), eq(collections.status, 'open'), sql`${collections.remindedAt} is null`))
      .run().changes === 1
  );
}

export function collectionsDueToClose(db: Db, now: Date): CollectionRow[] {
  return db.select().from(collections).where(and(eq(collections.status, 'open'), lte(collections.deadline, now))).all();
}

/** Conditional: true for the one caller that closes it. */
export function markClosed(db: Db, id: number, now: Date, finalSummary: string): boolean {
  return (
    db
      .update(collections)
      .set({ status: 'closed', closedAt: now, finalSummary })
      .where(and(eq(collections.id, id), eq(collections.status, 'open')))
      .run().changes === 1
  );
}

export function collectionsClosedBefore(db: Db, before: Date): CollectionRow[] {
  return db.select().from(collections).where(and(eq(collections.status, 'closed'), lte(collections.closedAt, before))).all();
}

export function markPurged(db: Db, id: number, now: Date): boolean {
  return (
    db
      .update(collections)
      .set({ status: 'purged', purgedAt: now })
      .where(and(eq(collections.id, id), eq(collections.status, 'closed')))
      .run().changes === 1
  );
}

export function insertCollectionEvent(db: Db, row: typeof collectionEvents.$inferInsert): void {
  db.insert(collectionEvents).values(row).run();
}

export function eventsOfCollection(db: Db, collectionId: number): CollectionEventRow[] {
  return db.select().from(collectionEvents).where(eq(collectionEvents.collectionId, collectionId)).orderBy(asc(collectionEvents.id)).all();
}

export function hasPersonEvent(db: Db, collectionId: number, type: string, personId: number): boolean {
  return (
    db
      .select({ id: collectionEvents.id })
      .from(collectionEvents)
      .where(and(eq(collectionEvents.collectionId, collectionId), eq(collectionEvents.type, type), eq(collectionEvents.personId, personId)))
      .get() !== undefined
  );
}

/**
 * The rooms known to exist in these buildings: from tickets and from earlier
 * collections. Used to list who has not answered yet (rooms, never names).
 */
export function knownRooms(db: Db, buildingIds: number[], buildingNames: string[]): Array<{ building: string; unit: string | null; room: string }> {
  if (buildingIds.length === 0) return [];
  const fromTickets = db
    .selectDistinct({ building: tickets.building, unit: tickets.unit, room: tickets.room })
    .from(tickets)
    .where(and(inArray(tickets.buildingId, buildingIds), isNotNull(tickets.room)))
    .all();
  const fromEntries = db
    .selectDistinct({ building: collectionEntries.building, unit: collectionEntries.unit, room: collectionEntries.room })
    .from(collectionEntries)
    .where(and(inArray(collectionEntries.building, buildingNames), isNotNull(collectionEntries.room)))
    .all();
  const seen = new Map<string, { building: string; unit: string | null; room: string }>();
  for (const r of [...fromTickets, ...fromEntries]) {
    if (!r.building || !r.room) continue;
    seen.set(`${r.building}|${r.unit ?? ''}|${r.room}`, { building: r.building, unit: r.unit, room: r.room });
  }
  return [...seen.values()];
}

export function buildingsLedBy(db: Db, personId: number): number[] {
  return db.select({ b: buildingLeads.buildingId }).from(buildingLeads).where(eq(buildingLeads.personId, personId)).all().map((r) => r.b);
}

export function addBuildingLead(db: Db, buildingId: number, personId: number, now: Date): boolean {
  return db.insert(buildingLeads).values({ buildingId, personId, createdAt: now }).onConflictDoNothing().run().changes === 1;
}

export function leadsOfBuildings(db: Db, buildingIds: number[]): number[] {
  if (buildingIds.length === 0) return [];
  return [
    ...new Set(
      db.select({ p: buildingLeads.personId }).from(buildingLeads).where(inArray(buildingLeads.buildingId, buildingIds)).all().map((r) => r.p),
    ),
  ];
}
