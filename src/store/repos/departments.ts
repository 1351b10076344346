import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { prepared } from '../prepared';
import type { Db } from '../db';
import { first, affected } from '../port';
import { departments, tickets } from '../schema';

export type DepartmentRow = typeof departments.$inferSelect;

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Makes the table match the SLA file's list by name (bindings are kept; departments left out stay, unused). */
export async function upsertDepartments(db: Db, list: { name: string; aliases: string[]; wecomUserIds: string[] }[]): Promise<void> {
  for (const d of list) {
    const values = { aliases: d.aliases.join(' '), wecomUserIds: d.wecomUserIds.join(' ') };
    await db.insert(departments).values({ name: d.name, ...values }).onConflictDoUpdate({ target: departments.name, set: values });
  }
}

export async function allDepartments(db: Db): Promise<DepartmentRow[]> {
  return db.select().from(departments).orderBy(asc(departments.id));
}

export async function departmentById(db: Db, id: number): Promise<DepartmentRow | undefined> {
  return db.select().from(departments).where(eq(departments.id, id)).then(first);
}

/** By its name or an alias; a unique prefix of the name also matches (物业 → 物业服务中心). */
export async function departmentByName(db: Db, name: string): Promise<DepartmentRow | undefined> {
  const all = await allDepartments(db);
  const exact = all.find((d) => d.name === name || words(d.aliases).includes(name));
  if (exact) return exact;
  const prefix = all.filter((d) => d.name.startsWith(name));
  return prefix.length === 1 ? prefix[0] : undefined;
}

/** Runs on every group message (is this a department's group?), hence prepared. */
export async function departmentByGroup(db: Db, groupId: number): Promise<DepartmentRow | undefined> {
  const q = prepared(db, 'departments.byGroup', () =>
    db.select().from(departments).where(eq(departments.groupId, sql.placeholder('groupId'))).prepare(),
  );
  return q.execute({ groupId }).then(first);
}

export async function departmentByWecomUser(db: Db, userId: string): Promise<DepartmentRow | undefined> {
  return (await allDepartments(db)).find((d) => words(d.wecomUserIds).includes(userId));
}

export async function bindDepartmentGroup(db: Db, id: number, groupId: number): Promise<void> {
  await db.update(departments).set({ groupId }).where(eq(departments.id, id));
}

export function departmentWecomUsers(d: DepartmentRow): string[] {
  return words(d.wecomUserIds);
}

export async function setTicketDepartment(
  db: Db,
  ticketId: number,
  set: { departmentId: number; deptHandedAt: Date; deptDueAt: Date; deptAnsweredAt: null; deptStage: number; deptNextAt: Date | null },
): Promise<void> {
  await db.update(tickets).set(set).where(eq(tickets.id, ticketId));
}

/** The department's first answer stops its clock (later ones change nothing). */
export async function markDepartmentAnswered(db: Db, ticketId: number, at: Date): Promise<void> {
  await db.update(tickets).set({ deptAnsweredAt: at, deptNextAt: null }).where(and(eq(tickets.id, ticketId), isNull(tickets.deptAnsweredAt)));
}
