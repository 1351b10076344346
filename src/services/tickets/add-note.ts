import { z } from 'zod';
import type { ServiceCtx } from '../context';
import { changeTicket } from './change';
import { notifyReporters } from '../notify';
import * as t from '../../templates/tickets';
import { markSigned } from '../sla/plan';

const input = z.object({ ticketId: z.number().int().positive(), note: z.string().trim().min(1).max(500) });

/** A progress note: recorded in the history and passed on to the reporter and followers. */
export async function addNote({ ctx, input: raw }: { ctx: ServiceCtx; input: z.input<typeof input> }) {
  const { ticketId, note } = input.parse(raw);
  return ctx.store.transaction(async () => {
    const { after } = await changeTicket(ctx, ticketId, { action: 'note', note, set: () => ({ lastNote: note }) });
    await markSigned(ctx, after.id);
    await notifyReporters(ctx, after, t.progressNote(after.id, note));
    return after;
  });
}
