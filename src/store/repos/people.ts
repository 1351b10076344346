import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { prepared } from '../prepared';
import type { Db } from '../db';
import { first, affected, only } from '../port';
import { grids, identities, people, staffGrids, type Role } from '../schema';
import type { GridRow } from './area';

export type PersonRow = typeof people.$inferSelect;
export type IdentityRow = typeof identities.$inferSelect;

export async function personById(db: Db, id: number): Promise<PersonRow | undefined> {
  return prepared(db, 'people.byId', () => db.select().from(people).where(eq(people.id, sql.placeholder('id'))).prepare()).execute({ id }).then(first);
}

export async function personByIdentity(db: Db, channel: string, externalId: string): Promise<PersonRow | undefined> {
  const q = prepared(db, 'people.byIdentity', () =>
    db
      .select({ person: people })
      .from(identities)
      .innerJoin(people, eq(identities.personId, people.id))
      .where(and(eq(identities.channel, sql.placeholder('channel')), eq(identities.externalId, sql.placeholder('externalId'))))
      .prepare(),
  );
  return (await q.execute({ channel, externalId }))[0]?.person;
}

export async function identityOf(db: Db, personId: number, channel: string): Promise<IdentityRow | undefined> {
  const q = prepared(db, 'identities.of', () =>
    db
      .select()
      .from(identities)
      .where(and(eq(identities.personId, sql.placeholder('personId')), eq(identities.channel, sql.placeholder('channel'))))
      .orderBy(asc(identities.id))
      .prepare(),
  );
  return q.execute({ personId, channel }).then(first);
}

export async function linkIdentity(db: Db, personId: number, channel: string, externalId: string, displayName: string): Promise<void> {
  await db.insert(identities).values({ personId, channel, externalId, displayName }).onConflictDoNothing();
}

export async function createPerson(
  db: Db,
  values: Omit<typeof people.$inferInsert, 'id' | 'createdAt'> & { createdAt?: Date },
): Promise<PersonRow> {
  return db
    .insert(people)
    .values({ ...values, createdAt: values.createdAt ?? new Date() })
    .returning()
    .then(only);
}

/** Active staff of a role covering a grid, oldest first (the primary one first). */
export async function staffOfGrid(db: Db, gridId: number, role: Role): Promise<PersonRow[]> {
  const q = prepared(db, 'people.staffOfGrid', () =>
    db
      .select({ person: people })
      .from(staffGrids)
      .innerJoin(people, eq(staffGrids.personId, people.id))
      .where(and(eq(staffGrids.gridId, sql.placeholder('gridId')), eq(people.role, sql.placeholder('role')), eq(people.active, true)))
      .orderBy(asc(people.id))
      .prepare(),
  );
  return (await q.execute({ gridId, role })).map((r) => r.person);
}

export async function gridIdsOfStaff(db: Db, personId: number): Promise<number[]> {
  const q = prepared(db, 'staffGrids.ofPerson', () =>
    db.select({ gridId: staffGrids.gridId }).from(staffGrids).where(eq(staffGrids.personId, sql.placeholder('personId'))).prepare(),
  );
  return (await q.execute({ personId })).map((r) => r.gridId);
}

/** The grids a person covers (staff_grids), oldest grid first. */
export async function gridsCoveredBy(db: Db, personId: number): Promise<GridRow[]> {
  return db
    .select({ grid: grids })
    .from(staffGrids)
    .innerJoin(grids, eq(staffGrids.gridId, grids.id))
    .where(eq(staffGrids.personId, personId))
    .orderBy(asc(grids.id))
    .then((rows) => rows.map((r) => r.grid));
}

export async function peopleByRole(db: Db, roles: Role[], communityId?: number | null): Promise<PersonRow[]> {
  const q = prepared(db, 'people.byRole', () =>
    db
      .select()
      .from(people)
      .where(and(eq(people.role, sql.placeholder('role')), eq(people.active, true)))
      .orderBy(asc(people.id))
      .prepare(),
  );
  const rows: PersonRow[] = [];
  for (const role of roles) rows.push(...(await q.execute({ role })));
  if (roles.length > 1) rows.sort((a, b) => a.id - b.id);
  // Staff without a community serve every community (a street-level office).
  return communityId == null ? rows : rows.filter((p) => p.communityId == null || p.communityId === communityId);
}

/** Everyone with exactly this name (names repeat: a resident may share a leader's name). */
export async function peopleNamed(db: Db, name: string): Promise<PersonRow[]> {
  return db.select().from(people).where(eq(people.name, name)).orderBy(asc(people.id));
}

/** Staff found by name or WeChat display name, for `转派 12 @李网格`. */
export async function staffByName(db: Db, name: string): Promise<PersonRow | undefined> {
  const clean = name.replace(/^@/, '').trim();
  return db
    .select()
    .from(people)
    .where(and(inArray(people.role, ['grid_worker', 'grid_leader', 'office']), eq(people.active, true)))
    .then((rows) => rows.find((p) => p.name === clean || p.wechatName === clean));
}
