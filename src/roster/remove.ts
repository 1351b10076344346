import { and, asc, eq, inArray, notInArray, or } from 'drizzle-orm';
import type { Store } from '../store/db';
import {
  announcementDeliveries,
  announcementDrafts,
  announcementRuns,
  announcements,
  apiTokens,
  buildingLeads,
  buildings,
  communities,
  faq,
  grids,
  groups,
  identities,
  people,
  staffGrids,
  streets,
  ticketEvents,
  ticketFollowers,
  tickets,
} from '../store/schema';
import type { RemovalText } from '../templates/roster';

/**
 * Removing a street or community an office added by mistake (a roster
 * imported with the wrong encoding, a test community). All or nothing, in
 * one transaction. Tickets and notices are the community's history: while any
 * refer to it the removal is refused, unless forced, which deletes them too.
 * Groups are kept but unbound (the bot is still in them); people are deleted,
 * except those something outside the removal still refers to, who are
 * detached and deactivated.
 */
export interface RemoveTarget {
  street?: string;
  community?: string;
}

/** What a removal deletes, unbinds and keeps: plain data, so the texts that report it (templates/roster.ts) take it as is. */
export type RemovalPlan = RemovalText;

export type RemovalResult =
  | { ok: true; plan: RemovalPlan; applied: boolean }
  | { ok: false; reason: 'no-street' | 'no-community' | 'ambiguous-community'; streets: string[]; communities: string[] }
  | { ok: false; reason: 'referenced'; plan: RemovalPlan };

/**
 * Runs in one transaction; a dry run writes nothing. Lists of ids may be
 * empty: drizzle's inArray/notInArray turn those into false/true, which both
 * engines take (PostgreSQL refuses an empty IN ()).
 */
export async function removeArea(store: Store, target: RemoveTarget, opts: { dryRun?: boolean; force?: boolean } = {}): Promise<RemovalResult> {
  const { db } = store;
  return store.transaction(async (): Promise<RemovalResult> => {
    const allStreets = await db.select({ id: streets.id, name: streets.name }).from(streets).orderBy(asc(streets.id));
    const streetNames = allStreets.map((s) => s.name);
    let street: { id: number; name: string } | undefined;
    let removed: { id: number; name: string }[];
    if (target.community === undefined) {
      street = allStreets.find((s) => s.name === target.street);
      if (!street) return { ok: false, reason: 'no-street', streets: streetNames, communities: [] };
      removed = await db
        .select({ id: communities.id, name: communities.name })
        .from(communities)
        .where(eq(communities.streetId, street.id))
        .orderBy(asc(communities.id));
    } else {
      const named = (
        await db
          .select({ id: communities.id, name: communities.name, streetId: communities.streetId, street: streets.name })
          .from(communities)
          .innerJoin(streets, eq(streets.id, communities.streetId))
          .where(eq(communities.name, target.community))
          .orderBy(asc(communities.id))
      ).filter((c) => target.street === undefined || c.street === target.street);
      const everyCommunity = (await db.select({ name: communities.name }).from(communities).orderBy(asc(communities.id))).map((c) => c.name);
      if (target.street !== undefined && !streetNames.includes(target.street)) {
        return { ok: false, reason: 'no-street', streets: streetNames, communities: everyCommunity };
      }
      if (named.length === 0) return { ok: false, reason: 'no-community', streets: streetNames, communities: everyCommunity };
      if (named.length > 1) return { ok: false, reason: 'ambiguous-community', streets: named.map((c) => c.street), communities: [] };
      removed = named;
      street = allStreets.find((s) => s.id === named[0]!.streetId);
    }
    const cids = removed.map((c) => c.id);
    const ids = (rows: { id: number }[]) => rows.map((r) => r.id);
    const gridIds = ids(await db.select({ id: grids.id }).from(grids).where(inArray(grids.communityId, cids)));
    const buildingIds = ids(await db.select({ id: buildings.id }).from(buildings).where(inArray(buildings.communityId, cids)));
    const ticketIds = ids(
      await db
        .select({ id: tickets.id })
        .from(tickets)
        .where(or(inArray(tickets.communityId, cids), inArray(tickets.gridId, gridIds), inArray(tickets.buildingId, buildingIds)))
        .orderBy(asc(tickets.id)),
    );
    const announcementIds = ids(
      await db.select({ id: announcements.id }).from(announcements).where(inArray(announcements.communityId, cids)).orderBy(asc(announcements.id)),
    );
    const groupsHere = or(inArray(groups.communityId, cids), inArray(groups.buildingId, buildingIds));
    const groupsUnbound = await db
      .select({ channel: groups.channel, externalId: groups.externalId, topic: groups.topic })
      .from(groups)
      .where(groupsHere)
      .orderBy(asc(groups.id));
    const residents = await db
      .select({ id: people.id, name: people.name })
      .from(people)
      .where(or(inArray(people.communityId, cids), inArray(people.buildingId, buildingIds)))
      .orderBy(asc(people.id));
    const pids = ids(residents);
    // History outside what is removed that still names a person keeps that person's row.
    const referenced = new Set<number>();
    const note = (rows: { id: number | null }[]) => {
      for (const r of rows) if (r.id !== null) referenced.add(r.id);
    };
    const otherTickets = notInArray(tickets.id, ticketIds);
    note(await db.select({ id: tickets.reporterId }).from(tickets).where(and(inArray(tickets.reporterId, pids), otherTickets)));
    note(await db.select({ id: tickets.assigneeId }).from(tickets).where(and(inArray(tickets.assigneeId, pids), otherTickets)));
    note(
      await db
        .select({ id: ticketEvents.actorId })
        .from(ticketEvents)
        .where(and(inArray(ticketEvents.actorId, pids), notInArray(ticketEvents.ticketId, ticketIds))),
    );
    note(
      await db
        .select({ id: ticketFollowers.personId })
        .from(ticketFollowers)
        .where(and(inArray(ticketFollowers.personId, pids), notInArray(ticketFollowers.ticketId, ticketIds))),
    );
    note(await db.select({ id: apiTokens.personId }).from(apiTokens).where(inArray(apiTokens.personId, pids)));
    note(await db.select({ id: announcementDrafts.personId }).from(announcementDrafts).where(inArray(announcementDrafts.personId, pids)));
    const kept = residents.filter((p) => referenced.has(p.id));
    const gone = residents.filter((p) => !referenced.has(p.id));
    const plan: RemovalPlan = {
      street: street!.name,
      removeStreet: target.community === undefined,
      communities: removed.map((c) => c.name),
      grids: gridIds.length,
      buildings: buildingIds.length,
      peopleDeleted: gone.map((p) => p.name),
      peopleKept: kept.map((p) => p.name),
      groupsUnbound,
      tickets: ticketIds,
      announcements: announcementIds,
    };
    if ((ticketIds.length || announcementIds.length) && !opts.force) return { ok: false, reason: 'referenced', plan };
    if (opts.dryRun) return { ok: true, plan, applied: false };

    // Children before parents: foreign keys are enforced.
    await db.delete(ticketFollowers).where(inArray(ticketFollowers.ticketId, ticketIds));
    await db.delete(ticketEvents).where(inArray(ticketEvents.ticketId, ticketIds));
    await db.delete(tickets).where(inArray(tickets.id, ticketIds));
    await db.update(announcementDrafts).set({ announcementId: null }).where(inArray(announcementDrafts.announcementId, announcementIds));
    await db.delete(announcementDeliveries).where(inArray(announcementDeliveries.announcementId, announcementIds));
    await db.delete(announcementRuns).where(inArray(announcementRuns.announcementId, announcementIds));
    await db.delete(announcements).where(inArray(announcements.id, announcementIds));
    await db.update(groups).set({ kind: 'unbound', buildingId: null, communityId: null }).where(groupsHere);
    const keptIds = ids(kept);
    const goneIds = ids(gone);
    await db.delete(staffGrids).where(or(inArray(staffGrids.personId, pids), inArray(staffGrids.gridId, gridIds)));
    // Group-buy leads of these buildings, and roles these people held: gone with them.
    await db.delete(buildingLeads).where(or(inArray(buildingLeads.buildingId, buildingIds), inArray(buildingLeads.personId, pids)));
    await db.update(people).set({ communityId: null, buildingId: null, active: false }).where(inArray(people.id, keptIds));
    await db.delete(identities).where(inArray(identities.personId, goneIds));
    await db.delete(people).where(inArray(people.id, goneIds));
    await db.delete(faq).where(inArray(faq.communityId, cids));
    await db.delete(buildings).where(inArray(buildings.id, buildingIds));
    await db.delete(grids).where(inArray(grids.id, gridIds));
    await db.delete(communities).where(inArray(communities.id, cids));
    if (plan.removeStreet) await db.delete(streets).where(eq(streets.id, street!.id));
    return { ok: true, plan, applied: true };
  });
}
