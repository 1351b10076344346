import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { prepared } from '../prepared';
import type { Db } from '../db';
import { grids, identities, people, staffGrids, type Role } from '../schema';
import type { GridRow } from './area';

export type PersonRow = typeof people.$inferSelect;
export type IdentityRow = typeof identities.$inferSelect;

export function personById(db: Db, id: number): PersonRow | undefined {
  return prepared(db, 'people.byId', () => db.select().from(people).where(eq(people.id, sql.placeholder('id'))).prepare()).get({ id });
}

export function personByIdentity(db: Db, channel: string, externalId: string): PersonRow | undefined {
  const q = prepared(db, 'people.byIdentity', () =>
    db
      .select({ person: people })
      .from(identities)
      .innerJoin(people, eq(identities.personId, people.id))
      .where(and(eq(identities.channel, sql.placeholder('channel')), eq(identities.externalId, sql.placeholder('externalId'))))
      .prepare(),
  );
  return q.get({ channel, externalId })?.person;
}

export function identityOf(db: Db, personId: number, channel: string): IdentityRow | undefined {
  const q = prepared(db, 'identities.of', () =>
    db
      .select()
      .from(identities)
      .where(and(eq(identities.personId, sql.placeholder('personId')), eq(identities.channel, sql.placeholder('channel'))))
      .orderBy(asc(identities.id))
      .prepare(),
  );
  return q.get({ personId, channel });
}

export function linkIdentity(db: Db, personId: number, channel: string, externalId: string, displayName: string): void {
  db.insert(identities).values({ personId, channel, externalId, displayName }).onConflictDoNothing().run();
}

export function createPerson(
  db: Db,
  values: Omit<typeof people.$inferInsert, 'id' | 'createdAt'> & { createdAt?: Date },
): PersonRow {
  return db
    .insert(people)
    .values({ ...values, createdAt: values.createdAt ?? new Date() })
    .returning()
    .get();
}

/** Active staff of a role covering a grid, oldest first (the primary one first). */
export function staffOfGrid(db: Db, gridId: number, role: Role): PersonRow[] {
  const q = prepared(db, 'people.staffOfGrid', () =>
    db
      .select({ person: people })
      .from(staffGrids)
      .innerJoin(people, eq(staffGrids.personId, people.id))
      .where(and(eq(staffGrids.gridId, sql.placeholder('gridId')), eq(people.role, sql.placeholder('role')), eq(people.active, true)))
      .orderBy(asc(people.id))
      .prepare(),
  );
  return q.all({ gridId, role }).map((r) => r.person);
}

export function gridIdsOfStaff(db: Db, personId: number): number[] {
  const q = prepared(db, 'staffGrids.ofPerson', () =>
    db.select({ gridId: staffGrids.gridId }).from(staffGrids).where(eq(staffGrids.personId, sql.placeholder('personId'))).prepare(),
  );
  return q.all({ personId }).map((r) => r.gridId);
}

/** The grids a person covers (staff_grids), oldest grid first. */
export function gridsCoveredBy(db: Db, personId: number): GridRow[] {
  return db
    .select({ grid: grids })
    .from(staffGrids)
    .innerJoin(grids, eq(staffGrids.gridId, grids.id))
    .where(eq(staffGrids.personId, personId))
    .orderBy(asc(grids.id))
    .all()
    .map((r) => r.grid);
}

export function peopleByRole(db: Db, roles: Role[], communityId?: number | null): PersonRow[] {
  const rows = roles.flatMap((role) =>
    prepared(db, 'people.byRole', () =>
      db
        .select()
        .from(people)
        .where(and(eq(people.role, sql.placeholder('role')), eq(people.active, true)))
        .orderBy(asc(people.id))
        .prepare(),
    ).all({ role }),
  );
  if (roles.length > 1) rows.sort((a, b) => a.id - b.id);
  // Staff without a community serve every community (a street-level office).
  return communityId == null ? rows : rows.filter((p) => p.communityId == null || p.communityId === communityId);
}

/** Everyone with exactly this name (names repeat: a resident may share a leader's name). */
export function peopleNamed(db: Db, name: string): PersonRow[] {
  return db.select().from(people).where(eq(people.name, name)).orderBy(asc(people.id)).all();
}

/** Staff found by name or WeChat display name, for `转派 12 @李网格`. */
export function staffByName(db: Db, name: string): PersonRow | undefined {
  const clean = name.replace(/^@/, '').trim();
  return db
    .select()
    .from(people)
    .where(and(inArray(people.role, ['grid_worker', 'grid_leader', 'office']), eq(people.active, true)))
    .all()
    .find((p) => p.name === clean || p.wechatName === clean);
}
