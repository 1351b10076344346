import { z } from 'zod';
import type { ServiceCtx } from '../context';
import { changeTicket } from './change';
import { notifyReporters } from '../notify';
import * as t from '../../templates/tickets';

const input = z.object({ ticketId: z.number().int().positive(), outcome: z.string().trim().max(500).default('') });

/** 办结: closes the ticket with its outcome and tells the residents how to reopen it. */
export async function resolveTicket({ ctx, input: raw }: { ctx: ServiceCtx; input: z.input<typeof input> }) {
  const { ticketId, outcome } = input.parse(raw);
  return ctx.store.transaction(async () => {
    const { after } = await changeTicket(ctx, ticketId, {
      action: 'resolve',
      eventType: 'resolved',
      note: outcome || null,
      set: (before) => ({
        resolvedAt: ctx.now(),
        lastNote: outcome || before.lastNote,
        assigneeId: before.assigneeId ?? ctx.actor.id,
        // Resolving unsigned counts as signing (for the 签收 figures).
        signedAt: before.signedAt ?? ctx.now(),
        // Its ladder is over: off the scheduler's index (a reopen plans a new one).
        slaNextAt: null,
      }),
    });
    await notifyReporters(ctx, after, t.progressResolved(after.id, outcome));
    return after;
  });
}
