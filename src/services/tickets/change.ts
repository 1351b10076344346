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

export function loadTicket(ctx: ServiceCtx, id: number): TicketRow {
  const ticket = ticketById(ctx.store.db, id);
  if (!ticket) throw new DomainError('ticket_not_found', { ticket: id });
  return ticket;
}

export function assertMayAct(ctx: ServiceCtx, ticket: TicketRow): void {
  const actor = { id: ctx.actor.id, role: ctx.actor.role, gridIds: gridIdsOfStaff(ctx.store.db, ctx.actor.id) };
  if (!canActOn(actor, ticket)) throw new DomainError('not_allowed', { ticket: ticket.id });
}

/**
 * The one way a ticket changes state: permission, the transition table, a
 * conditional update (WHERE status = the state we read) and the history event.
 * Must run inside the caller's transaction. When another change won the race,
 * the loser gets a domain error describing the state it lost to.
 */
export function changeTicket(ctx: ServiceCtx, id: number, change: TicketChange): { before: TicketRow; after: TicketRow } {
  const { db } = ctx.store;
  const before = loadTicket(ctx, id);
  if (!change.skipPermission) assertMayAct(ctx, before);
  const to = checkedTransition(ctx, before, change.action);
  const now = ctx.now();
  const won = updateTicketIf(db, id, before.status as TicketState, {
    status: to,
    updatedAt: now,
    ...(change.set?.(before) ?? {}),
  });
  if (!won) {
    checkedTransition(ctx, loadTicket(ctx, id), change.action);
    throw new DomainError('invalid_transition', { ticket: id, state: loadTicket(ctx, id).status, action: change.action });
  }
  addTicketEvent(db, {
    ticketId: id,
    actorId: ctx.actor.id,
    type: change.eventType ?? change.action,
    fromStatus: before.status,
    toStatus: to,
    note: change.note ?? null,
    at: now,
  });
  return { before, after: loadTicket(ctx, id) };
}

function checkedTransition(ctx: ServiceCtx, ticket: TicketRow, action: TicketAction): TicketState {
  if (action === 'claim' && ticket.status === 'claimed') {
    const who = ticket.assigneeId ? personById(ctx.store.db, ticket.assigneeId)?.name : null;
    throw new DomainError('already_claimed', { ticket: ticket.id, by: who ?? null, mine: ticket.assigneeId === ctx.actor.id ? 1 : 0 });
  }
  try {
    return transition(ticket.status as TicketState, action);
  } catch (err) {
    if (err instanceof DomainError) err.details.ticket = ticket.id;
    throw err;
  }
}
