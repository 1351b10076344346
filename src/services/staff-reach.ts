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
export async function unreachableStaff(ctx: Pick<Ctx, 'store' | 'channels'>): Promise<{ active: number; unreachable: PersonRow[] }> {
  const staff = await peopleByRole(ctx.store.db, [...STAFF_ROLES]);
  const unreachable: PersonRow[] = [];
  for (const p of staff) if ((await personDestination(ctx, p)) === null) unreachable.push(p);
  return { active: staff.length, unreachable };
}

/**
 * A ticket was just given to `assignee`, whose direct message could not be
 * addressed: tell the grid's leaders (or, when none of them can be reached
 * either, the community office) so someone phones the assignee. Runs inside
 * the assigning transaction; returns who was told.
 */
export async function reportUnreachableAssignee(ctx: Ctx, assignee: PersonRow, ticket: TicketRow, view: TicketView): Promise<PersonRow[]> {
  const { db } = ctx.store;
  const text = assigneeUnreachable(view, assignee.name);
  const ref = `ticket:${ticket.id}`;
  /** Tells each of `list` but the assignee who can be reached; returns those told. */
  const tell = async (list: PersonRow[]) => {
    const told: PersonRow[] = [];
    for (const p of list) {
      if (p.id !== assignee.id && (await notifyPerson(ctx, p, text, { ref, priority: 5 })) !== null) told.push(p);
    }
    return told;
  };
  const told = await tell(
    ticket.gridId ? await staffOfGrid(db, ticket.gridId, 'grid_leader') : await peopleByRole(db, ['grid_leader'], ticket.communityId),
  );
  if (told.length) return told;
  return tell(await peopleByRole(db, ['office'], ticket.communityId));
}
