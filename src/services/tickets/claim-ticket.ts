import { z } from 'zod';
import type { ServiceCtx } from '../context';
import { inTransaction } from '../../store/db';
import { changeTicket } from './change';
import { notifyReporters } from '../notify';
import * as t from '../../templates/tickets';
import { markSigned } from '../sla/plan';

const input = z.object({ ticketId: z.number().int().positive() });

/** A worker takes a ticket. Two claiming at once: the conditional update lets exactly one win. */
export function claimTicket({ ctx, input: raw }: { ctx: ServiceCtx; input: z.input<typeof input> }) {
  const { ticketId } = input.parse(raw);
  return inTransaction(ctx.store, () => {
    const { after } = changeTicket(ctx, ticketId, {
      action: 'claim',
      eventType: 'claimed',
      set: () => ({ assigneeId: ctx.actor.id }),
    });
    markSigned(ctx, after.id);
    notifyReporters(ctx, after, t.progressClaimed(after.id, t.handlerName(ctx.actor.name, ctx.actor.role)));
    return after;
  });
}
