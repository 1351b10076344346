import type { Db } from '../../store/db';
import { escalationTarget, route, type Route, type RoutingCandidates, type RoutingRole } from '../../core/routing';
import { peopleByRole, staffOfGrid, type PersonRow } from '../../store/repos/people';

/**
 * The people routing may choose from, tier by tier, each loaded on first
 * call (and then kept): most tickets stop at the grid worker, so the leader
 * and office queries are usually never run.
 */
export interface CandidateTiers {
  /** Workers covering the building's grid (empty when no grid or none assigned). */
  workers(): Promise<PersonRow[]>;
  /** Leaders covering the grid, else the community's leaders. */
  leaders(): Promise<PersonRow[]>;
  offices(): Promise<PersonRow[]>;
}

/** The candidates for a ticket in `gridId` of `communityId`. */
export function routingCandidates(db: Db, gridId: number | null, communityId: number | null): CandidateTiers {
  const once = <T>(load: () => Promise<T>) => {
    let value: Promise<T> | undefined;
    return () => (value ??= load());
  };
  return {
    workers: once(async () => (gridId ? staffOfGrid(db, gridId, 'grid_worker') : [])),
    leaders: once(async () => {
      const ofGrid = gridId ? await staffOfGrid(db, gridId, 'grid_leader') : [];
      return ofGrid.length ? ofGrid : peopleByRole(db, ['grid_leader'], communityId);
    }),
    offices: once(() => peopleByRole(db, ['office'], communityId)),
  };
}

const START: Record<RoutingRole, 0 | 1 | 2> = { grid_worker: 0, grid_leader: 1, office: 2 };

/**
 * core/routing's `route` over tiers loaded as it needs them: from the
 * responsible role's tier up to the first with someone in it (route reads no
 * tier below its start, nor above the first non-empty one).
 */
export async function routeTicket(c: CandidateTiers, responsibleRole: RoutingRole = 'grid_worker'): Promise<Route<PersonRow>> {
  const load = [c.workers, c.leaders, c.offices];
  const tiers: PersonRow[][] = [[], [], []];
  for (let level = START[responsibleRole]; level < 3; level++) {
    tiers[level] = await load[level]!();
    if (tiers[level]!.length) break;
  }
  const snapshot: RoutingCandidates<PersonRow> = { workers: tiers[0]!, leaders: tiers[1]!, offices: tiers[2]! };
  return route(snapshot, responsibleRole);
}

/**
 * core/routing's `escalationTarget` over tiers loaded as it needs them: the
 * leaders only below level 1, the offices only when no leader was taken.
 */
export async function escalationTargetOf(c: CandidateTiers, level: number): Promise<{ assignee: PersonRow; level: 1 | 2 } | null> {
  const leaders = level < 1 ? await c.leaders() : [];
  const offices = level < 2 && !leaders.length ? await c.offices() : [];
  return escalationTarget({ workers: [], leaders, offices }, level);
}
