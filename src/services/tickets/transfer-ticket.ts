import { z } from 'zod';
import type { ServiceCtx } from '../context';
import { inTransaction } from '../../store/db';
import { DomainError } from '../../core/errors';
import { staffByName } from '../../store/repos/people';
import { changeTicket } from './change';
import { notifyPerson, notifyReporters } from '../notify';
import { viewOf } from './view';
import * as t from '../../templates/tickets';
import { planTicketDeadlines } from '../sla/plan';

const input = z.object({ ticketId: z.number().int().positive(), to: z.string().trim().min(1).max(40) });

/** 转派: hands the ticket to another staff member, who then claims it. */
export function transferTicket({ ctx, input: raw }: { ctx: ServiceCtx; input: z.input<typeof input> }) {
  const { ticketId, to } = input.parse(raw);
  return inTransaction(ctx.store, () => {
    const target = staffByName(ctx.store.db, to);
    if (!target) throw new DomainError('person_not_found', { name: to });
    const { after } = changeTicket(ctx, ticketId, {
      action: 'transfer',
      eventType: 'transferred',
      note: t.transferredNote(target.name),
      set: () => ({ assigneeId: target.id }),
    });
    planTicketDeadlines(ctx, after.id);
    const targetName = t.handlerName(target.name, target.role);
    notifyPerson(ctx, target, t.transferredToYou(viewOf(after), ctx.actor.name), { ref: `ticket:${after.id}` });
    notifyReporters(ctx, after, t.progressTransferred(after.id, targetName));
    return { ticket: after, target };
  });
}
