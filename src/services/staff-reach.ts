import type { ServiceCtx } from './context';
import { notifyPerson, personDestination } from './notify';
import { peopleByRole, staffOfGrid, type PersonRow } from '../store/repos/people';
import type { TicketRow } from '../store/repos/tickets';
import type { TicketView } from '../templates/tickets';
import { assigneeUnreachable } from '../templates/staff-reach';

type Ctx = Pick<ServiceCtx, 'store' | 'now' | 'channels'>;

const STAFF_ROLES = ['grid_worker', 'grid_leader', 'office'] as const;

/**
 * Active staff the bot has no way to message directly: imported by the roster,
 * with no account on a running channel yet (they have not written to the bot)
 * and no WeCom account the bot can use. Tickets routed to them reach nobody.
 */
export function unreachableStaff(ctx: Pick<Ctx, 'store' | 'channels'>): { active: number; unreachable: PersonRow[] } {
  const staff = peopleByRole(ctx.store.db, [...STAFF_ROLES]);
  return { active: staff.length, unreachable: staff.filter((p) => personDestination(ctx, p) === null) };
}

/**
 * A ticket was just given to `assignee`, whose direct message could not be
 * addressed: tell the grid's leaders (or, when none of them can be reached
 * either, the community office) so someone phones the assignee. Runs inside
 * the assigning transaction; returns who was told.
 */
export function reportUnreachableAssignee(ctx: Ctx, assignee: PersonRow, ticket: TicketRow, view: TicketView): PersonRow[] {
  const { db } = ctx.store;
  const others = (list: PersonRow[]) => list.filter((p) => p.id !== assignee.id);
  const leaders = others(ticket.gridId ? staffOfGrid(db, ticket.gridId, 'grid_leader') : peopleByRole(db, ['grid_leader'], ticket.communityId));
  const text = assigneeUnreachable(view, assignee.name);
  const ref = `ticket:${ticket.id}`;
  const told = leaders.filter((p) => notifyPerson(ctx, p, text, { ref, priority: 5 }) !== null);
  if (told.length) return told;
  return others(peopleByRole(db, ['office'], ticket.communityId)).filter((p) => notifyPerson(ctx, p, text, { ref, priority: 5 }) !== null);
}
