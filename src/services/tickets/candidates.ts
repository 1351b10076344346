import type { Db } from '../../store/db';
import type { RoutingCandidates } from '../../core/routing';
import { peopleByRole, staffOfGrid, type PersonRow } from '../../store/repos/people';

/**
 * The people routing may choose from for a ticket in `gridId` of `communityId`.
 * Each tier is looked up on first use: most tickets stop at the grid worker,
 * so the leader and office queries are usually never run.
 */
export function routingCandidates(db: Db, gridId: number | null, communityId: number | null): RoutingCandidates<PersonRow> {
  const once = <T>(load: () => T) => {
    let value: T | undefined;
    return () => (value ??= load());
  };
  const workers = once(() => (gridId ? staffOfGrid(db, gridId, 'grid_worker') : []));
  const leaders = once(() => {
    const ofGrid = gridId ? staffOfGrid(db, gridId, 'grid_leader') : [];
    return ofGrid.length ? ofGrid : peopleByRole(db, ['grid_leader'], communityId);
  });
  const offices = once(() => peopleByRole(db, ['office'], communityId));
  return {
    get workers() {
      return workers();
    },
    get leaders() {
      return leaders();
    },
    get offices() {
      return offices();
    },
  };
}
