import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { first, affected, only } from '../port';
import { prepared } from '../prepared';
import { ticketEvents, ticketFollowers, tickets } from '../schema';
import type { TicketState } from '../../core/ticket-machine';
import { chatText } from '../../core/chat-text';

export type TicketRow = typeof tickets.$inferSelect;
export type TicketEventRow = typeof ticketEvents.$inferSelect;
export type NewTicket = Omit<typeof tickets.$inferInsert, 'id'>;

const ACTIVE: TicketState[] = ['open', 'claimed', 'escalated', 'reopened'];

export async function ticketById(db: Db, id: number): Promise<TicketRow | undefined> {
  return prepared(db, 'tickets.byId', () => db.select().from(tickets).where(eq(tickets.id, sql.placeholder('id'))).prepare()).execute({ id }).then(first);
}

const TICKET_COLUMNS = [
  'communityId', 'gridId', 'buildingId', 'building', 'unit', 'room', 'category', 'urgency', 'emergencyKind', 'status',
  'summary', 'text', 'reporterId', 'originGroupId', 'assigneeId', 'escalationLevel', 'createdAt', 'updatedAt',
  'resolvedAt', 'lastNote', 'searchText',
] as const satisfies readonly (keyof NewTicket)[];
const TIMESTAMPS = new Set<string>(['createdAt', 'updatedAt', 'resolvedAt']);

/** The words in searchable form, or null when that is the text as written (most messages). */
export function searchForm(text: string): string | null {
  const form = chatText(text);
  return form === text ? null : form;
}

export async function insertTicket(db: Db, values: NewTicket): Promise<TicketRow> {
  // Prepared once: building a 20-column insert is costly and this runs for every report.
  const q = prepared(db, 'tickets.insert', () =>
    db
      .insert(tickets)
      // Timestamps go through raw placeholders: drizzle's date encoder cannot take a null.
      .values(
        Object.fromEntries(
          TICKET_COLUMNS.map((c) => [c, TIMESTAMPS.has(c) ? sql`${sql.placeholder(c)}` : sql.placeholder(c)]),
        ) as unknown as NewTicket,
      )
      .returning()
      .prepare(),
  );
  const params: Record<string, unknown> = { escalationLevel: 0, searchText: searchForm(values.text) };
  for (const c of TICKET_COLUMNS) {
    const v = values[c];
    params[c] = v instanceof Date ? v.getTime() : (v ?? params[c] ?? null);
  }
  return only(await q.execute(params));
}

/**
 * Updates a ticket only if it is still in `expected` state: the conditional
 * update that settles races (two workers claiming at once — one row changes).
 */
export async function updateTicketIf(
  db: Db,
  id: number,
  expected: TicketState,
  set: Partial<Omit<NewTicket, 'id'>>,
): Promise<boolean> {
  return db.update(tickets).set(set).where(and(eq(tickets.id, id), eq(tickets.status, expected))).then((r) => affected(r) > 0);
}

export async function addTicketEvent(db: Db, e: Omit<typeof ticketEvents.$inferInsert, 'id'>): Promise<void> {
  const q = prepared(db, 'ticketEvents.add', () =>
    db
      .insert(ticketEvents)
      .values({
        ticketId: sql.placeholder('ticketId'),
        actorId: sql.placeholder('actorId'),
        type: sql.placeholder('type'),
        fromStatus: sql.placeholder('fromStatus'),
        toStatus: sql.placeholder('toStatus'),
        note: sql.placeholder('note'),
        at: sql.placeholder('at'),
      })
      .prepare(),
  );
  await q.execute({ actorId: null, fromStatus: null, toStatus: null, note: null, ...e });
}

export async function eventsOf(db: Db, ticketId: number): Promise<TicketEventRow[]> {
  return db.select().from(ticketEvents).where(eq(ticketEvents.ticketId, ticketId)).orderBy(asc(ticketEvents.id));
}

export async function addFollower(db: Db, ticketId: number, personId: number, groupId: number | null, at: Date): Promise<boolean> {
  return (
    await db.insert(ticketFollowers).values({ ticketId, personId, groupId, at }).onConflictDoNothing().then((r) => affected(r) > 0)
  );
}

export async function followersOf(db: Db, ticketId: number) {
  return db.select().from(ticketFollowers).where(eq(ticketFollowers.ticketId, ticketId)).orderBy(asc(ticketFollowers.at));
}

/** Active emergency tickets of a building since `since`, newest first (the same fire reported twice). */
export async function recentEmergencies(db: Db, buildingId: number, since: Date): Promise<Pick<TicketRow, 'id' | 'emergencyKind' | 'reporterId'>[]> {
  const q = prepared(db, 'tickets.recentEmergencies', () =>
    db
      .select({ id: tickets.id, emergencyKind: tickets.emergencyKind, reporterId: tickets.reporterId })
      .from(tickets)
      .where(
        and(
          eq(tickets.buildingId, sql.placeholder('buildingId')),
          eq(tickets.urgency, 'emergency'),
          gte(tickets.createdAt, sql.placeholder('since')),
          inArray(tickets.status, ACTIVE),
        ),
      )
      .orderBy(desc(tickets.id))
      .limit(20)
      .prepare(),
  );
  return q.execute({ buildingId, since: since.getTime() });
}

/** What the duplicate rule needs of a candidate; selected narrowly because a busy building has many. */
export type DuplicateCandidateRow = Pick<TicketRow, 'id' | 'buildingId' | 'category' | 'text' | 'unit' | 'room' | 'createdAt' | 'reporterId'>;

/** Active tickets of a building and category created since `since` (duplicate candidates), newest first. */
export async function recentActiveTickets(db: Db, buildingId: number, category: string, since: Date): Promise<DuplicateCandidateRow[]> {
  const q = prepared(db, 'tickets.recentActive', () =>
    db
      .select({
        id: tickets.id,
        buildingId: tickets.buildingId,
        category: tickets.category,
        text: tickets.text,
        unit: tickets.unit,
        room: tickets.room,
        createdAt: tickets.createdAt,
        reporterId: tickets.reporterId,
      })
      .from(tickets)
      .where(
        and(
          eq(tickets.buildingId, sql.placeholder('buildingId')),
          eq(tickets.category, sql.placeholder('category')),
          gte(tickets.createdAt, sql.placeholder('since')),
          inArray(tickets.status, ACTIVE),
        ),
      )
      // Newest first along the (building, category, created_at) index, so SQLite
      // stops after the few most recent, which is where a repeat report finds its match.
      .orderBy(desc(tickets.createdAt))
      .limit(10)
      .prepare(),
  );
  // Placeholders in WHERE skip column encoders: compare in the stored form (epoch ms).
  return q.execute({ buildingId, category, since: since.getTime() });
}

export async function activeTicketsOf(db: Db, assigneeId: number, limit = 50): Promise<TicketRow[]> {
  return db
    .select()
    .from(tickets)
    .where(and(eq(tickets.assigneeId, assigneeId), inArray(tickets.status, ACTIVE)))
    .orderBy(URGENT_FIRST, asc(tickets.id))
    .limit(limit)
    ;
}

/** Work lists put emergencies first, then urgent tickets, then the rest (oldest first within each). */
const URGENT_FIRST = sql`case ${tickets.urgency} when 'emergency' then 0 when 'urgent' then 1 else 2 end`;

/** Tickets waiting for someone to claim them in the given grids (null: everywhere). */
export async function unclaimedTickets(db: Db, gridIds: number[] | null, limit = 50): Promise<TicketRow[]> {
  const waiting = inArray(tickets.status, ['open', 'reopened', 'escalated'] as TicketState[]);
  const where = gridIds === null ? waiting : and(waiting, inArray(tickets.gridId, gridIds.length ? gridIds : [-1]));
  return db.select().from(tickets).where(where).orderBy(URGENT_FIRST, asc(tickets.id)).limit(limit);
}

/** The latest ticket this person reported or followed that was resolved since `since`. */
export async function lastResolvedFor(db: Db, personId: number, since: Date): Promise<TicketRow | undefined> {
  const followed = db
    .select({ id: ticketFollowers.ticketId })
    .from(ticketFollowers)
    .where(eq(ticketFollowers.personId, personId));
  return db
    .select()
    .from(tickets)
    .where(
      and(
        eq(tickets.status, 'resolved'),
        gte(tickets.resolvedAt, since),
        sql`(${tickets.reporterId} = ${personId} OR ${tickets.id} IN ${followed})`,
      ),
    )
    .orderBy(desc(tickets.resolvedAt))
    .then(first);
}

/** Open tickets this person reported or follows (a resident's own few), oldest first. */
export async function openTicketsOfResident(db: Db, personId: number, limit = 20): Promise<TicketRow[]> {
  // Runs for every resident message that reads as a status question, hence prepared.
  const q = prepared(db, 'tickets.openOfResident', () => {
    const followed = db
      .select({ id: ticketFollowers.ticketId })
      .from(ticketFollowers)
      .where(eq(ticketFollowers.personId, sql.placeholder('personId')));
    return db
      .select()
      .from(tickets)
      .where(and(inArray(tickets.status, ACTIVE), sql`(${tickets.reporterId} = ${sql.placeholder('personId')} OR ${tickets.id} IN ${followed})`))
      .orderBy(asc(tickets.id))
      .limit(sql.placeholder('limit'))
      .prepare();
  });
  return q.execute({ personId, limit });
}

export async function isFollower(db: Db, ticketId: number, personId: number): Promise<boolean> {
  const rows = await db
    .select({ p: ticketFollowers.personId })
    .from(ticketFollowers)
    .where(and(eq(ticketFollowers.ticketId, ticketId), eq(ticketFollowers.personId, personId)))
    .limit(1);
  return rows.length > 0;
}
