import type { Db } from '../../store/db';
import type { RoutingCandidates } from '../../core/routing';
import { peopleByRole, staffOfGrid, type PersonRow } from '../../store/repos/people';

/** The people routing may choose from for a ticket in `gridId` of `communityId`. */
export function routingCandidates(db: Db, gridId: number | null, communityId: number | null): RoutingCandidates<PersonRow> {
  const gridLeaders = gridId ? staffOfGrid(db, gridId, 'grid_leader') : [];
  return {
    workers: gridId ? staffOfGrid(db, gridId, 'grid_worker') : [],
    leaders: gridLeaders.length ? gridLeaders : peopleByRole(db, ['grid_leader'], communityId),
    offices: peopleByRole(db, ['office'], communityId),
  };
}
