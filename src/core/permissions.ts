/**
 * Who may act on a ticket: a worker on tickets of the grids they cover or
 * assigned to them; the grid leader and the office on all. Residents never.
 */
export interface Actor {
  id: number;
  role: string;
  gridIds: readonly number[];
}

export function isStaff(role: string): boolean {
  return role === 'grid_worker' || role === 'grid_leader' || role === 'office';
}

export function canActOn(actor: Actor, ticket: { gridId: number | null; assigneeId: number | null }): boolean {
  if (actor.role === 'grid_leader' || actor.role === 'office') return true;
  if (actor.role !== 'grid_worker') return false;
  return ticket.assigneeId === actor.id || (ticket.gridId !== null && actor.gridIds.includes(ticket.gridId));
}
