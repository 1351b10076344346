import { z } from 'zod';
import type { ServiceCtx } from '../context';
import { changeTicket } from './change';
import { notifyReporters } from '../notify';
import * as t from '../../templates/tickets';
import { markSigned } from '../sla/plan';

const input = z.object({ ticketId: z.number().int().positive() });

/** A worker takes a ticket. Two claiming at once: the conditional update lets exactly one win. */
export async function claimTicket({ ctx, input: raw }: { ctx: ServiceCtx; input: z.input<typeof input> }) {
  const { ticketId } = input.parse(raw);
  return ctx.store.transaction(async () => {
    const { after } = await changeTicket(ctx, ticketId, {
      action: 'claim',
      eventType: 'claimed',
      set: () => ({ assigneeId: ctx.actor.id }),
    });
    await markSigned(ctx, after.id);
    await notifyReporters(ctx, after, t.progressClaimed(after.id, t.handlerName(ctx.actor.name, ctx.actor.role)));
    return after;
  });
}
