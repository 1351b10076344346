import type { ServiceCtx } from '../context';
import { DomainError } from '../../core/errors';
import { transition, type TicketAction, type TicketState } from '../../core/ticket-machine';
import { canActOn } from '../../core/permissions';
import { gridIdsOfStaff, personById } from '../../store/repos/people';
import { addTicketEvent, ticketById, updateTicketIf, type NewTicket, type TicketRow } from '../../store/repos/tickets';

export interface TicketChange {
  action: TicketAction;
  /** History event type; defaults to the action. */
  eventType?: string;
  note?: string | null;
  /** Extra columns to set along with the new state. */
  set?: (ticket: TicketRow) => Partial<NewTicket>;
  /** Reopen is done by residents: the caller checks them instead. */
  skipPermission?: boolean;
}

export async function loadTicket(ctx: ServiceCtx, id: number): Promise<TicketRow> {
  const ticket = await ticketById(ctx.store.db, id);
  if (!ticket) throw new DomainError('ticket_not_found', { ticket: id });
  return ticket;
}

export async function assertMayAct(ctx: ServiceCtx, ticket: TicketRow): Promise<void> {
  const actor = { id: ctx.actor.id, role: ctx.actor.role, gridIds: await gridIdsOfStaff(ctx.store.db, ctx.actor.id) };
  if (!canActOn(actor, ticket)) throw new DomainError('not_allowed', { ticket: ticket.id });
}

/**
 * The one way a ticket changes state: permission, the transition table, a
 * conditional update (WHERE status = the state we read) and the history event.
 * Must run inside the caller's transaction. When another change won the race,
 * the loser gets a domain error describing the state it lost to.
 */
export async function changeTicket(ctx: ServiceCtx, id: number, change: TicketChange): Promise<{ before: TicketRow; after: TicketRow }> {
  const { db } = ctx.store;
  const before = await loadTicket(ctx, id);
  if (!change.skipPermission) await assertMayAct(ctx, before);
  const to = await checkedTransition(ctx, before, change.action);
  const now = ctx.now();
  const won = await updateTicketIf(db, id, before.status as TicketState, {
    status: to,
    updatedAt: now,
    ...(change.set?.(before) ?? {}),
  });
  if (!won) {
    const current = await loadTicket(ctx, id);
    await checkedTransition(ctx, current, change.action);
    throw new DomainError('invalid_transition', { ticket: id, state: current.status, action: change.action });
  }
  await addTicketEvent(db, {
    ticketId: id,
    actorId: ctx.actor.id,
    type: change.eventType ?? change.action,
    fromStatus: before.status,
    toStatus: to,
    note: change.note ?? null,
    at: now,
  });
  return { before, after: await loadTicket(ctx, id) };
}

async function checkedTransition(ctx: ServiceCtx, ticket: TicketRow, action: TicketAction): Promise<TicketState> {
  if (action === 'claim' && ticket.status === 'claimed') {
    const who = ticket.assigneeId ? (await personById(ctx.store.db, ticket.assigneeId))?.name : null;
    throw new DomainError('already_claimed', { ticket: ticket.id, by: who ?? null, mine: ticket.assigneeId === ctx.actor.id ? 1 : 0 });
  }
  try {
    return transition(ticket.status as TicketState, action);
  } catch (err) {
    if (err instanceof DomainError) err.details.ticket = ticket.id;
    throw err;
  }
}
