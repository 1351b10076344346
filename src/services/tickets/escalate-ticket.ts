import { z } from 'zod';
import type { ServiceCtx } from '../context';
import { DomainError } from '../../core/errors';
import { TRANSITIONS, type TicketState } from '../../core/ticket-machine';
import { assertMayAct, changeTicket, loadTicket } from './change';
import { escalationTargetOf, routingCandidates } from './candidates';
import { notifyPerson, notifyReporters } from '../notify';
import { reportUnreachableAssignee } from '../staff-reach';
import { viewOf } from './view';
import * as t from '../../templates/tickets';
import { planTicketDeadlines } from '../sla/plan';

const input = z.object({ ticketId: z.number().int().positive(), reason: z.string().trim().max(500).default('') });

/** 上报: worker → grid leader → office. At the top there is nowhere further to go. */
export async function escalateTicket({ ctx, input: raw }: { ctx: ServiceCtx; input: z.input<typeof input> }) {
  const { ticketId, reason } = input.parse(raw);
  return ctx.store.transaction(async () => {
    const current = await loadTicket(ctx, ticketId);
    // Permission and state come first: "already at the top" is the wrong reason for
    // someone who may not touch the ticket, or for a ticket that is closed.
    await assertMayAct(ctx, current);
    if (!TRANSITIONS.escalate.from.includes(current.status as TicketState)) {
      throw new DomainError('invalid_transition', { ticket: ticketId, state: current.status, action: 'escalate' });
    }
    const cands = routingCandidates(ctx.store.db, current.gridId, current.communityId);
    // The leader escalating their own ticket goes straight to the office.
    const fromLevel = Math.max(current.escalationLevel, ctx.actor.role === 'grid_leader' ? 1 : ctx.actor.role === 'office' ? 2 : 0);
    const target = await escalationTargetOf(cands, fromLevel);
    if (!target) throw new DomainError('invalid_transition', { ticket: ticketId, state: current.status, action: 'escalate_top' });
    const { after } = await changeTicket(ctx, ticketId, {
      action: 'escalate',
      eventType: 'escalated',
      note: t.escalatedNote(target.assignee.name, reason),
      set: () => ({ assigneeId: target.assignee.id, escalationLevel: target.level }),
    });
    await planTicketDeadlines(ctx, after.id);
    if (!(await notifyPerson(ctx, target.assignee, t.escalatedToYou(viewOf(after), ctx.actor.name, reason), { ref: `ticket:${after.id}` }))) {
      await reportUnreachableAssignee(ctx, target.assignee, after, viewOf(after));
    }
    // Residents hear it once; a second step up (leader → office) changes nothing for them.
    if (current.status !== 'escalated') await notifyReporters(ctx, after, t.progressEscalated(after.id));
    return { ticket: after, target: target.assignee };
  });
}
