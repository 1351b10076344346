import { z } from 'zod';
import type { ServiceCtx } from '../context';
import { inTransaction } from '../../store/db';
import { DomainError } from '../../core/errors';
import { escalationTarget } from '../../core/routing';
import { TRANSITIONS, type TicketState } from '../../core/ticket-machine';
import { assertMayAct, changeTicket, loadTicket } from './change';
import { routingCandidates } from './candidates';
import { notifyPerson, notifyReporters } from '../notify';
import { reportUnreachableAssignee } from '../staff-reach';
import { viewOf } from './view';
import * as t from '../../templates/tickets';
import { planTicketDeadlines } from '../sla/plan';

const input = z.object({ ticketId: z.number().int().positive(), reason: z.string().trim().max(500).default('') });

/** 上报: worker → grid leader → office. At the top there is nowhere further to go. */
export function escalateTicket({ ctx, input: raw }: { ctx: ServiceCtx; input: z.input<typeof input> }) {
  const { ticketId, reason } = input.parse(raw);
  return inTransaction(ctx.store, () => {
    const current = loadTicket(ctx, ticketId);
    // Permission and state come first: "already at the top" is the wrong reason for
    // someone who may not touch the ticket, or for a ticket that is closed.
    assertMayAct(ctx, current);
    if (!TRANSITIONS.escalate.from.includes(current.status as TicketState)) {
      throw new DomainError('invalid_transition', { ticket: ticketId, state: current.status, action: 'escalate' });
    }
    const cands = routingCandidates(ctx.store.db, current.gridId, current.communityId);
    // The leader escalating their own ticket goes straight to the office.
    const fromLevel = Math.max(current.escalationLevel, ctx.actor.role === 'grid_leader' ? 1 : ctx.actor.role === 'office' ? 2 : 0);
    const target = escalationTarget(cands, fromLevel);
    if (!target) throw new DomainError('invalid_transition', { ticket: ticketId, state: current.status, action: 'escalate_top' });
    const { after } = changeTicket(ctx, ticketId, {
      action: 'escalate',
      eventType: 'escalated',
      note: t.escalatedNote(target.assignee.name, reason),
      set: () => ({ assigneeId: target.assignee.id, escalationLevel: target.level }),
    });
    planTicketDeadlines(ctx, after.id);
    if (!notifyPerson(ctx, target.assignee, t.escalatedToYou(viewOf(after), ctx.actor.name, reason), { ref: `ticket:${after.id}` })) {
      reportUnreachableAssignee(ctx, target.assignee, after, viewOf(after));
    }
    // Residents hear it once; a second step up (leader → office) changes nothing for them.
    if (current.status !== 'escalated') notifyReporters(ctx, after, t.progressEscalated(after.id));
    return { ticket: after, target: target.assignee };
  });
}
