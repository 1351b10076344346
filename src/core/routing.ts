/**
 * Who handles a ticket: building → grid → worker, with fallbacks so that a
 * ticket is never routed nowhere. Pure: the caller passes the candidates.
 */
export type RoutingRole = 'grid_worker' | 'grid_leader' | 'office';

export interface RoutingCandidates<P> {
  /** Workers covering the building's grid (empty when no grid or none assigned). */
  workers: P[];
  /** Leaders covering the grid, else the community's leaders. */
  leaders: P[];
  offices: P[];
}

export interface Route<P> {
  assignee: P | null;
  /** 0 worker, 1 leader, 2 office: matches the ticket's escalation level. */
  level: 0 | 1 | 2;
  /** Why it went there, for the log and the history. */
  reason: 'grid_worker' | 'category_rule' | 'no_worker' | 'no_leader' | 'nobody';
}

const LEVEL: Record<RoutingRole, 0 | 1 | 2> = { grid_worker: 0, grid_leader: 1, office: 2 };

export function route<P>(c: RoutingCandidates<P>, responsibleRole: RoutingRole = 'grid_worker'): Route<P> {
  // Read tier by tier: a caller may load the upper tiers only when asked.
  const tier = (level: number): P[] => (level === 0 ? c.workers : level === 1 ? c.leaders : c.offices);
  const start = LEVEL[responsibleRole];
  for (let level = start; level < 3; level++) {
    const who = tier(level)[0];
    if (who !== undefined) {
      const reason = level === start ? (start === 0 ? 'grid_worker' : 'category_rule') : level === 1 ? 'no_worker' : 'no_leader';
      return { assignee: who, level: level as 0 | 1 | 2, reason };
    }
  }
  return { assignee: null, level: 2, reason: 'nobody' };
}

/** The next tier up for an escalation from `level`, or null at the top. */
export function escalationTarget<P>(c: RoutingCandidates<P>, level: number): { assignee: P; level: 1 | 2 } | null {
  if (level < 1 && c.leaders[0] !== undefined) return { assignee: c.leaders[0], level: 1 };
  if (level < 2 && c.offices[0] !== undefined) return { assignee: c.offices[0], level: 2 };
  return null;
}
