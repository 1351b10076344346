import type { Store } from '../store/db';
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

type Row = Record<string, unknown>;

export function removeArea(store: Store, target: RemoveTarget, opts: { dryRun?: boolean; force?: boolean } = {}): RemovalResult {
  const sql = store.sqlite;
  const run = sql.transaction((): RemovalResult => {
    const all = (q: string, ...p: unknown[]) => sql.prepare(q).all(...p) as Row[];
    const streets = all('SELECT id, name FROM streets ORDER BY id');
    const streetNames = streets.map((s) => String(s.name));
    let street: Row | undefined;
    let communities: Row[];
    if (target.community === undefined) {
      street = streets.find((s) => s.name === target.street);
      if (!street) return { ok: false, reason: 'no-street', streets: streetNames, communities: [] };
      communities = all('SELECT id, name, street_id FROM communities WHERE street_id = ? ORDER BY id', street.id);
    } else {
      const named = all(
        'SELECT c.id, c.name, c.street_id, s.name AS street FROM communities c JOIN streets s ON s.id = c.street_id WHERE c.name = ? ORDER BY c.id',
        target.community,
      ).filter((c) => target.street === undefined || c.street === target.street);
      const everyCommunity = all('SELECT name FROM communities ORDER BY id').map((c) => String(c.name));
      if (target.street !== undefined && !streetNames.includes(target.street)) {
        return { ok: false, reason: 'no-street', streets: streetNames, communities: everyCommunity };
      }
      if (named.length === 0) return { ok: false, reason: 'no-community', streets: streetNames, communities: everyCommunity };
      if (named.length > 1) return { ok: false, reason: 'ambiguous-community', streets: named.map((c) => String(c.street)), communities: [] };
      communities = named;
      street = streets.find((s) => s.id === named[0]!.street_id);
    }
    const cids = communities.map((c) => Number(c.id));
    // SQLite takes an empty IN (): x IN () is false, x NOT IN () is true (a NULL there would make NOT IN never true).
    const list = (ids: number[]) => `(${ids.map(() => '?').join(',')})`;
    const inC = list(cids);
    const gridIds = all(`SELECT id FROM grids WHERE community_id IN ${inC}`, ...cids).map((r) => Number(r.id));
    const buildingIds = all(`SELECT id FROM buildings WHERE community_id IN ${inC}`, ...cids).map((r) => Number(r.id));
    const tickets = all(
      `SELECT id FROM tickets WHERE community_id IN ${inC} OR grid_id IN ${list(gridIds)} OR building_id IN ${list(buildingIds)} ORDER BY id`,
      ...cids,
      ...gridIds,
      ...buildingIds,
    ).map((r) => Number(r.id));
    const announcements = all(`SELECT id FROM announcements WHERE community_id IN ${inC} ORDER BY id`, ...cids).map((r) => Number(r.id));
    const groupsUnbound = all(
      `SELECT channel, external_id AS externalId, topic FROM groups WHERE community_id IN ${inC} OR building_id IN ${list(buildingIds)} ORDER BY id`,
      ...cids,
      ...buildingIds,
    ) as RemovalPlan['groupsUnbound'];
    const people = all(
      `SELECT id, name FROM people WHERE community_id IN ${inC} OR building_id IN ${list(buildingIds)} ORDER BY id`,
      ...cids,
      ...buildingIds,
    );
    // History outside what is removed that still names a person keeps that person's row.
    const t = list(tickets);
    const referenced = (id: number) =>
      (sql
        .prepare(
          `SELECT (SELECT count(*) FROM tickets WHERE (reporter_id = ? OR assignee_id = ?) AND id NOT IN ${t})
            + (SELECT count(*) FROM ticket_events WHERE actor_id = ? AND ticket_id NOT IN ${t})
            + (SELECT count(*) FROM ticket_followers WHERE person_id = ? AND ticket_id NOT IN ${t})
            + (SELECT count(*) FROM api_tokens WHERE person_id = ?)
            + (SELECT count(*) FROM announcement_drafts WHERE person_id = ?) AS n`,
        )
        .get(id, id, ...tickets, id, ...tickets, id, ...tickets, id, id) as { n: number }).n > 0;
    const kept = people.filter((p) => referenced(Number(p.id)));
    const plan: RemovalPlan = {
      street: String(street!.name),
      removeStreet: target.community === undefined,
      communities: communities.map((c) => String(c.name)),
      grids: gridIds.length,
      buildings: buildingIds.length,
      peopleDeleted: people.filter((p) => !kept.includes(p)).map((p) => String(p.name)),
      peopleKept: kept.map((p) => String(p.name)),
      groupsUnbound,
      tickets,
      announcements,
    };
    if ((tickets.length || announcements.length) && !opts.force) return { ok: false, reason: 'referenced', plan };
    if (opts.dryRun) return { ok: true, plan, applied: false };

    const exec = (q: string, ...p: unknown[]) => sql.prepare(q).run(...p);
    // Children before parents: foreign keys are enforced.
    exec(`DELETE FROM ticket_followers WHERE ticket_id IN ${t}`, ...tickets);
    exec(`DELETE FROM ticket_events WHERE ticket_id IN ${t}`, ...tickets);
    exec(`DELETE FROM tickets WHERE id IN ${t}`, ...tickets);
    const a = list(announcements);
    exec(`UPDATE announcement_drafts SET announcement_id = NULL WHERE announcement_id IN ${a}`, ...announcements);
    exec(`DELETE FROM announcement_deliveries WHERE announcement_id IN ${a}`, ...announcements);
    exec(`DELETE FROM announcement_runs WHERE announcement_id IN ${a}`, ...announcements);
    exec(`DELETE FROM announcements WHERE id IN ${a}`, ...announcements);
    exec(
      `UPDATE groups SET kind = 'unbound', building_id = NULL, community_id = NULL WHERE community_id IN ${inC} OR building_id IN ${list(buildingIds)}`,
      ...cids,
      ...buildingIds,
    );
    const pids = people.map((p) => Number(p.id));
    const keptIds = kept.map((p) => Number(p.id));
    const gone = pids.filter((id) => !keptIds.includes(id));
    exec(`DELETE FROM staff_grids WHERE person_id IN ${list(pids)} OR grid_id IN ${list(gridIds)}`, ...pids, ...gridIds);
    // Group-buy leads of these buildings, and roles these people held: gone with them.
    exec(`DELETE FROM building_leads WHERE building_id IN ${list(buildingIds)} OR person_id IN ${list(pids)}`, ...buildingIds, ...pids);
    exec(`UPDATE people SET community_id = NULL, building_id = NULL, active = 0 WHERE id IN ${list(keptIds)}`, ...keptIds);
    exec(`DELETE FROM identities WHERE person_id IN ${list(gone)}`, ...gone);
    exec(`DELETE FROM people WHERE id IN ${list(gone)}`, ...gone);
    exec(`DELETE FROM faq WHERE community_id IN ${inC}`, ...cids);
    exec(`DELETE FROM buildings WHERE id IN ${list(buildingIds)}`, ...buildingIds);
    exec(`DELETE FROM grids WHERE id IN ${list(gridIds)}`, ...gridIds);
    exec(`DELETE FROM communities WHERE id IN ${inC}`, ...cids);
    if (plan.removeStreet) exec('DELETE FROM streets WHERE id = ?', street!.id);
    return { ok: true, plan, applied: true };
  });
  return opts.dryRun ? run.deferred() : run.immediate();
}
