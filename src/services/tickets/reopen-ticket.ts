import { z } from 'zod';
import type { ServiceCtx } from '../context';
import { DomainError } from '../../core/errors';
import { canReopen } from '../../core/ticket-machine';
import { isFollower } from '../../store/repos/tickets';
import { personById } from '../../store/repos/people';
import { assertMayAct, changeTicket, loadTicket } from './change';
import { isStaff } from '../../core/permissions';
import { notifyPerson, notifyReporters } from '../notify';
import { viewOf } from './view';
import * as t from '../../templates/tickets';
import { planTicketDeadlines } from '../sla/plan';

const input = z.object({ ticketId: z.number().int().positive(), reason: z.string().trim().max(500).default('') });

/** A reporter (or follower) says a resolved ticket is not fixed, within 7 days: it reopens. */
export async function reopenTicket({ ctx, input: raw }: { ctx: ServiceCtx; input: z.input<typeof input> }) {
  const { ticketId, reason } = input.parse(raw);
  return ctx.store.transaction(async () => {
    const ticket = await loadTicket(ctx, ticketId);
    // Staff (the office console) reopen any ticket they may act on, at any time:
    // a complaint that comes back by phone after the residents' 7 days.
    const byStaff = isStaff(ctx.actor.role);
    if (byStaff) await assertMayAct(ctx, ticket);
    else if (ticket.reporterId !== ctx.actor.id && !(await isFollower(ctx.store.db, ticketId, ctx.actor.id))) {
      throw new DomainError('not_reporter', { ticket: ticketId });
    }
    if (!byStaff && ticket.status === 'resolved' && !canReopen(ticket.resolvedAt, ctx.now())) {
      throw new DomainError('reopen_window_passed', { ticket: ticketId });
    }
    const { after } = await changeTicket(ctx, ticketId, {
      action: 'reopen',
      eventType: 'reopened',
      note: reason || null,
      skipPermission: true,
      set: () => ({ resolvedAt: null }),
    });
    await planTicketDeadlines(ctx, after.id);
    const assignee = after.assigneeId ? await personById(ctx.store.db, after.assigneeId) : undefined;
    if (assignee) await notifyPerson(ctx, assignee, t.reopenedToAssignee(viewOf(after)), { ref: `ticket:${after.id}` });
    await notifyReporters(ctx, after, t.progressReopened(after.id));
    return after;
  });
}
