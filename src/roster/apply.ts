import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Store } from '../store/db';
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
 * same transaction that applies it, so what was shown is what gets written
 * even if the bot writes in between; a real import takes the write lock first
 * (IMMEDIATE) for that reason. Any error leaves the store untouched.
 */
export function importRoster(store: Store, roster: Roster, opts: ImportOptions = {}): ImportResult {
  const now = opts.now ?? new Date();
  const run = store.sqlite.transaction((): ImportResult => {
    const plan = planImport(store.db, roster, opts);
    if (plan.errors.length > 0) return { plan, applied: false, notices: [] };
    const ctx = { store, now: () => now, channels: opts.channels ?? new Set<string>() };
    const notices = planNotices(ctx, plan);
    if (opts.dryRun || plan.changes.length === 0) return { plan, applied: false, notices };
    applyPlan(store.db, plan, now);
    return { plan, applied: true, notices: sendNotices(ctx, notices) };
  });
  return opts.dryRun ? run.deferred() : run.immediate();
}

/** Executes a plan's changes in order; must run inside a transaction. */
export function applyPlan(db: Db, plan: Plan, now: Date): void {
  const streetId = () => {
    const s = streetByName(db, plan.street);
    if (!s) throw new Error(rt.streetMissing(plan.street));
    return s.id;
  };
  const communityId = (name: string): number => {
    const row = db
      .select()
      .from(communities)
      .where(and(eq(communities.streetId, streetId()), eq(communities.name, name)))
      .get();
    if (!row) throw new Error(rt.communityMissing(name));
    return row.id;
  };
  const gridId = (community: string, name: string): number => {
    const row = db
      .select()
      .from(grids)
      .where(and(eq(grids.communityId, communityId(community)), eq(grids.name, name)))
      .get();
    if (!row) throw new Error(rt.gridMissing(community, name));
    return row.id;
  };
  const buildingId = (community: string, name: string): number => {
    const row = db
      .select()
      .from(buildings)
      .where(and(eq(buildings.communityId, communityId(community)), eq(buildings.name, name)))
      .get();
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
  const setGrids = (person: number, community: string, names: string[]) => {
    db.delete(staffGrids).where(eq(staffGrids.personId, person)).run();
    for (const n of names) db.insert(staffGrids).values({ personId: person, gridId: gridId(community, n) }).run();
  };
  const bindingValues = (community: string, bind: RosterBinding) =>
    bind.kind === 'building'
      ? { kind: 'building' as const, buildingId: buildingId(community, bind.building), communityId: communityId(community) }
      : bind.kind === 'workers'
        ? { kind: 'workers' as const, buildingId: null, communityId: communityId(community) }
        : { kind: 'unbound' as const, buildingId: null, communityId: null };

  // WeCom ids are unique: free every id that changes hands before any is set,
  // so two people swapping ids does not trip the constraint halfway.
  const moving = plan.changes.flatMap((c) => (c.kind === 'update-staff' && c.set.wecomUserId !== undefined ? [c.personId] : []));
  if (moving.length) db.update(people).set({ wecomUserId: null }).where(inArray(people.id, moving)).run();

  for (const c of plan.changes) applyChange(c);

  function applyChange(c: Change): void {
    switch (c.kind) {
      case 'add-street':
        db.insert(streets).values({ name: c.street }).run();
        return;
      case 'add-community':
        db.insert(communities).values({ streetId: streetId(), name: c.community }).run();
        return;
      case 'add-grid':
        db.insert(grids).values({ communityId: communityId(c.community), name: c.grid }).run();
        return;
      case 'rename-grid':
        db.update(grids).set({ name: c.to }).where(eq(grids.id, c.gridId)).run();
        return;
      case 'rename-building':
        db.update(buildings).set({ name: c.to }).where(eq(buildings.id, c.buildingId)).run();
        return;
      case 'add-building':
        db.insert(buildings)
          .values({
            communityId: communityId(c.community),
            gridId: c.grid == null ? null : gridId(c.community, c.grid),
            name: c.building,
            units: c.units,
          })
          .run();
        return;
      case 'move-building':
        db.update(buildings)
          .set({ gridId: c.to == null ? null : gridId(c.community, c.to) })
          .where(eq(buildings.id, c.buildingId))
          .run();
        return;
      case 'set-units':
        db.update(buildings).set({ units: c.to }).where(eq(buildings.id, c.buildingId)).run();
        return;
      case 'update-staff': {
        const { community, ...rest } = c.set;
        db.update(people)
          .set({ ...rest, ...(community !== undefined ? { communityId: communityId(community) } : {}) })
          .where(eq(people.id, c.personId))
          .run();
        return;
      }
      case 'add-staff': {
        const s = c.staff;
        const row = db
          .insert(people)
          .values({
            name: s.name,
            role: s.role,
            communityId: communityId(c.community),
            wechatName: s.wechatName ?? null,
            wecomUserId: s.wecomUserId ?? null,
            phone: s.phone ?? null,
            active: true,
            createdAt: now,
          })
          .returning()
          .get();
        added.set(`${c.community}\u0000${s.name}`, row.id);
        setGrids(row.id, c.community, c.grids);
        return;
      }
      case 'set-staff-grids':
        setGrids(personId(c.person), c.community, c.to);
        return;
      case 'create-group':
        db.insert(groups)
          .values({ channel: c.channel, externalId: c.externalId, topic: c.topic, ...bindingValues(c.community, c.bind) })
          .run();
        return;
      case 'bind-group':
        db.update(groups).set(bindingValues(c.community, c.bind)).where(eq(groups.id, c.groupId)).run();
        return;
      case 'reassign-tickets': {
        const to = personId(c.to);
        for (const id of c.tickets) {
          const t = ticketById(db, id);
          if (!t) continue;
          const from = t.status as TicketState;
          // Same rule as 转派: the ticket goes back to open for the new person to claim.
          const next = transition(from, 'transfer');
          if (!updateTicketIf(db, id, from, { assigneeId: to, status: next, updatedAt: now })) {
            throw new Error(rt.ticketChanged(id));
          }
          addTicketEvent(db, {
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
        db.update(people).set({ active: false }).where(eq(people.id, c.personId)).run();
        db.delete(staffGrids).where(eq(staffGrids.personId, c.personId)).run();
        return;
      case 'remove-building':
        // Unsure messages waiting for a look (issue 12) are not a reason to keep a building: they keep their assignee.
        db.update(intakeTriage).set({ buildingId: null }).where(eq(intakeTriage.buildingId, c.buildingId)).run();
        db.delete(buildings).where(eq(buildings.id, c.buildingId)).run();
        return;
      case 'remove-grid':
        db.update(intakeTriage).set({ gridId: null }).where(eq(intakeTriage.gridId, c.gridId)).run();
        db.delete(staffGrids).where(eq(staffGrids.gridId, c.gridId)).run();
        db.delete(grids).where(eq(grids.id, c.gridId)).run();
        return;
      case 'add-lead': {
        const building = c.buildingId ?? buildingId(c.community, c.building);
        // Known to the bot by name until she first writes in her building's group (see handlers/identify.ts).
        const person =
          c.person?.id ??
          db
            .insert(people)
            .values({ name: c.name, role: 'resident', communityId: communityId(c.community), buildingId: building, active: true, createdAt: now })
            .returning()
            .get().id;
        db.insert(buildingLeads).values({ buildingId: building, personId: person, createdAt: now }).onConflictDoNothing().run();
        return;
      }
      case 'remove-lead':
        db.delete(buildingLeads).where(and(eq(buildingLeads.buildingId, c.buildingId), eq(buildingLeads.personId, c.personId))).run();
        return;
    }
  }
}
