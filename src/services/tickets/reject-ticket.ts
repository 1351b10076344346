import { z } from 'zod';
import type { ServiceCtx } from '../context';
import { changeTicket } from './change';
import { notifyReporters } from '../notify';
import * as t from '../../templates/tickets';
import { isNotARequest } from '../../core/intake/labels';
import { labelTicket } from '../intake/labels';

const input = z.object({ ticketId: z.number().int().positive(), reason: z.string().trim().min(1).max(500) });

/** 退回: closes a ticket as not actionable (duplicate, not this grid's business, 非诉求), with the reason. */
export async function rejectTicket({ ctx, input: raw }: { ctx: ServiceCtx; input: z.input<typeof input> }) {
  const { ticketId, reason } = input.parse(raw);
  return ctx.store.transaction(async () => {
    const { after } = await changeTicket(ctx, ticketId, {
      action: 'reject',
      eventType: 'rejected',
      note: reason,
      set: () => ({ lastNote: reason, resolvedAt: ctx.now(), slaNextAt: null }),
    });
    await notifyReporters(ctx, after, t.progressRejected(after.id, reason));
    // "退回 12 非诉求": the message was never a request, a training label for review.
    if (isNotARequest(reason)) await labelTicket(ctx.store.db, after, '退回', ctx.actor.id, ctx.now(), 'chatter');
    return after;
  });
}
