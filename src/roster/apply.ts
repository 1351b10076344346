import { and, eq, inArray } from 'drizzle-orm';
import { first, type Db, type Store } from '../store/db';
import { only } from '../store/port';
import { buildingLeads, buildings, communities, grids, groups, intakeTriage, people, staffGrids, streets } from '../store/schema';
import { addTicketEvent, ticketById, updateTicketIf } from '../store/repos/tickets';
import { transition, type TicketState } from '../core/ticket-machine';
import { planImport, type Change, type Plan, type PlanOptions, type StaffRef } from './plan';
import { streetByName } from './current';
import { planNotices, sendNotices, type ReassignNotice } from './notices';
import type { Roster, RosterBinding } from './schema';
import * as rt from '../templates/roster';

export interface ImportOptions extends PlanOptions {
  /** Plan only: nothing is written. */
  dryRun?: boolean;
  now?: Date;
  /**
   * The channels the running bot sends on (the CLI derives them from the same
   * configuration). New assignees of moved tickets are told on them; without
   * any, nobody can be reached and every notice comes back with `via` null.
   */
  channels?: ReadonlySet<string>;
}

export interface ImportResult {
  plan: Plan;
  /** True when the plan was written (it had changes, no errors, and this was not a dry run). */
  applied: boolean;
  /** One per person receiving moved tickets: queued when applied, what would be sent on a dry run. */
  notices: ReassignNotice[];
}

/**
 * Plans and applies a roster in one transaction. The plan is made inside the
 * same transaction that applies it, so what was shown is what gets written.
 * On SQLite the transaction takes the write lock first (BEGIN IMMEDIATE), so
 * the bot cannot write in between; on PostgreSQL (read committed) moving a
 * ticket is still conditional on the status the plan saw (updateTicketIf), and
 * unique constraints refuse a second import's duplicates. Any error leaves
 * the store untouched; a dry run writes nothing.
 */
export async function importRoster(store: Store, roster: Roster, opts: ImportOptions = {}): Promise<ImportResult> {
  const now = opts.now ?? new Date();
  return store.transaction(async (): Promise<ImportResult> => {
    const plan = await planImport(store.db, roster, opts);
    if (plan.errors.length > 0) return { plan, applied: false, notices: [] };
    const ctx = { store, now: () => now, channels: opts.channels ?? new Set<string>() };
    const notices = await planNotices(ctx, plan);
    if (opts.dryRun || plan.changes.length === 0) return { plan, applied: false, notices };
    await applyPlan(store.db, plan, now);
    return { plan, applied: true, notices: await sendNotices(ctx, notices) };
  });
}

/** Executes a plan's changes in order; must run inside a transaction. */
export async function applyPlan(db: Db, plan: Plan, now: Date): Promise<void> {
  const streetId = async () => {
    const s = await streetByName(db, plan.street);
    if (!s) throw new Error(rt.streetMissing(plan.street));
    return s.id;
  };
  const communityId = async (name: string): Promise<number> => {
    const row = first(
      await db
        .select()
        .from(communities)
        .where(and(eq(communities.streetId, await streetId()), eq(communities.name, name))),
    );
    if (!row) throw new Error(rt.communityMissing(name));
    return row.id;
  };
  const gridId = async (community: string, name: string): Promise<number> => {
    const row = first(
      await db
        .select()
        .from(grids)
        .where(and(eq(grids.communityId, await communityId(community)), eq(grids.name, name))),
    );
    if (!row) throw new Error(rt.gridMissing(community, name));
    return row.id;
  };
  const buildingId = async (community: string, name: string): Promise<number> => {
    const row = first(
      await db
        .select()
        .from(buildings)
        .where(and(eq(buildings.communityId, await communityId(community)), eq(buildings.name, name))),
    );
    if (!row) throw new Error(rt.buildingMissing(community, name));
    return row.id;
  };
  const added = new Map<string, number>();
  const personId = (ref: StaffRef): number => {
    if ('id' in ref) return ref.id;
    const id = added.get(`${ref.community}\u0000${ref.name}`);
    if (id === undefined) throw new Error(rt.personMissing(ref.name));
    return id;
  };
  const setGrids = async (person: number, community: string, names: string[]) => {
    await db.delete(staffGrids).where(eq(staffGrids.personId, person));
    for (const n of names) await db.insert(staffGrids).values({ personId: person, gridId: await gridId(community, n) });
  };
  const bindingValues = async (community: string, bind: RosterBinding) =>
    bind.kind === 'building'
      ? { kind: 'building' as const, buildingId: await buildingId(community, bind.building), communityId: await communityId(community) }
      : bind.kind === 'workers'
        ? { kind: 'workers' as const, buildingId: null, communityId: await communityId(community) }
        : { kind: 'unbound' as const, buildingId: null, communityId: null };

  // WeCom ids are unique: free every id that changes hands before any is set,
  // so two people swapping ids does not trip the constraint halfway.
  const moving = plan.changes.flatMap((c) => (c.kind === 'update-staff' && c.set.wecomUserId !== undefined ? [c.personId] : []));
  if (moving.length) await db.update(people).set({ wecomUserId: null }).where(inArray(people.id, moving));

  for (const c of plan.changes) await applyChange(c);

  async function applyChange(c: Change): Promise<void> {
    switch (c.kind) {
      case 'add-street':
        await db.insert(streets).values({ name: c.street });
        return;
      case 'add-community':
        await db.insert(communities).values({ streetId: await streetId(), name: c.community });
        return;
      case 'add-grid':
        await db.insert(grids).values({ communityId: await communityId(c.community), name: c.grid });
        return;
      case 'rename-grid':
        await db.update(grids).set({ name: c.to }).where(eq(grids.id, c.gridId));
        return;
      case 'rename-building':
        await db.update(buildings).set({ name: c.to }).where(eq(buildings.id, c.buildingId));
        return;
      case 'add-building':
        await db.insert(buildings).values({
          communityId: await communityId(c.community),
          gridId: c.grid == null ? null : await gridId(c.community, c.grid),
          name: c.building,
          units: c.units,
        });
        return;
      case 'move-building':
        await db
          .update(buildings)
          .set({ gridId: c.to == null ? null : await gridId(c.community, c.to) })
          .where(eq(buildings.id, c.buildingId));
        return;
      case 'set-units':
        await db.update(buildings).set({ units: c.to }).where(eq(buildings.id, c.buildingId));
        return;
      case 'update-staff': {
        const { community, ...rest } = c.set;
        await db
          .update(people)
          .set({ ...rest, ...(community !== undefined ? { communityId: await communityId(community) } : {}) })
          .where(eq(people.id, c.personId));
        return;
      }
      case 'add-staff': {
        const s = c.staff;
        const row = only(
          await db
            .insert(people)
            .values({
              name: s.name,
              role: s.role,
              communityId: await communityId(c.community),
              wechatName: s.wechatName ?? null,
              wecomUserId: s.wecomUserId ?? null,
              phone: s.phone ?? null,
              active: true,
              createdAt: now,
            })
            .returning({ id: people.id }),
        );
        added.set(`${c.community}\u0000${s.name}`, row.id);
        await setGrids(row.id, c.community, c.grids);
        return;
      }
      case 'set-staff-grids':
        await setGrids(personId(c.person), c.community, c.to);
        return;
      case 'create-group':
        await db
          .insert(groups)
          .values({ channel: c.channel, externalId: c.externalId, topic: c.topic, ...(await bindingValues(c.community, c.bind)) });
        return;
      case 'bind-group':
        await db.update(groups).set(await bindingValues(c.community, c.bind)).where(eq(groups.id, c.groupId));
        return;
      case 'reassign-tickets': {
        const to = personId(c.to);
        for (const id of c.tickets) {
          const t = await ticketById(db, id);
          if (!t) continue;
          const from = t.status as TicketState;
          // Same rule as 转派: the ticket goes back to open for the new person to claim.
          const next = transition(from, 'transfer');
          if (!(await updateTicketIf(db, id, from, { assigneeId: to, status: next, updatedAt: now }))) {
            throw new Error(rt.ticketChanged(id));
          }
          await addTicketEvent(db, {
            ticketId: id,
            actorId: null,
            type: 'transferred',
            fromStatus: from,
            toStatus: next,
            note: c.why.kind === 'leaving' ? rt.reassignedNote(c.fromName, c.toName) : rt.reassignedLeftGridNote(c.fromName, c.why.grids, c.toName),
            at: now,
          });
        }
        return;
      }
      case 'deactivate-staff':
        // Kept, not deleted: tickets and their history point at this person.
        await db.update(people).set({ active: false }).where(eq(people.id, c.personId));
        await db.delete(staffGrids).where(eq(staffGrids.personId, c.personId));
        return;
      case 'remove-building':
        // Unsure messages waiting for a look (issue 12) are not a reason to keep a building: they keep their assignee.
        await db.update(intakeTriage).set({ buildingId: null }).where(eq(intakeTriage.buildingId, c.buildingId));
        await db.delete(buildings).where(eq(buildings.id, c.buildingId));
        return;
      case 'remove-grid':
        await db.update(intakeTriage).set({ gridId: null }).where(eq(intakeTriage.gridId, c.gridId));
        await db.delete(staffGrids).where(eq(staffGrids.gridId, c.gridId));
        await db.delete(grids).where(eq(grids.id, c.gridId));
        return;
      case 'add-lead': {
        const building = c.buildingId ?? (await buildingId(c.community, c.building));
        // Known to the bot by name until she first writes in her building's group (see handlers/identify.ts).
        const person =
          c.person?.id ??
          only(
            await db
              .insert(people)
              .values({ name: c.name, role: 'resident', communityId: await communityId(c.community), buildingId: building, active: true, createdAt: now })
              .returning({ id: people.id }),
          ).id;
        await db.insert(buildingLeads).values({ buildingId: building, personId: person, createdAt: now }).onConflictDoNothing();
        return;
      }
      case 'remove-lead':
        await db.delete(buildingLeads).where(and(eq(buildingLeads.buildingId, c.buildingId), eq(buildingLeads.personId, c.personId)));
        return;
    }
  }
}
