import { z } from 'zod';
import type { ServiceCtx } from '../context';
import { DomainError } from '../../core/errors';
import { staffByName } from '../../store/repos/people';
import { assertMayAct, changeTicket, loadTicket } from './change';
import { notifyPerson, notifyReporters } from '../notify';
import { reportUnreachableAssignee } from '../staff-reach';
import { viewOf } from './view';
import * as t from '../../templates/tickets';
import { planTicketDeadlines } from '../sla/plan';

const CLOSED = new Set(['resolved', 'rejected']);

const input = z.object({
  ticketId: z.number().int().positive(),
  to: z.string().trim().min(1).max(40),
  /** Why (the console asks for one; the chat command has none). */
  reason: z.string().trim().max(500).default(''),
});

/** 转派: hands the ticket to another staff member, who then claims it. */
export async function transferTicket({ ctx, input: raw }: { ctx: ServiceCtx; input: z.input<typeof input> }) {
  const { ticketId, to, reason } = input.parse(raw);
  return ctx.store.transaction(async () => {
    const target = await staffByName(ctx.store.db, to);
    if (!target) throw new DomainError('person_not_found', { name: to });
    // Handing a ticket to whoever already has it changes nothing: say so, record nothing.
    const current = await loadTicket(ctx, ticketId);
    await assertMayAct(ctx, current);
    if (current.assigneeId === target.id && !CLOSED.has(current.status)) {
      throw new DomainError('already_assigned', { ticket: ticketId, mine: target.id === ctx.actor.id ? 1 : 0, to: target.name });
    }
    const { after } = await changeTicket(ctx, ticketId, {
      action: 'transfer',
      eventType: 'transferred',
      note: t.transferredNote(target.name, reason),
      set: () => ({ assigneeId: target.id }),
    });
    await planTicketDeadlines(ctx, after.id);
    const targetName = t.handlerName(target.name, target.role);
    if (!(await notifyPerson(ctx, target, t.transferredToYou(viewOf(after), ctx.actor.name), { ref: `ticket:${after.id}` }))) {
      await reportUnreachableAssignee(ctx, target, after, viewOf(after));
    }
    await notifyReporters(ctx, after, t.progressTransferred(after.id, targetName));
    return { ticket: after, target };
  });
}
