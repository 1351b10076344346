import type { ServiceCtx } from '../context';
import { answerClarificationIf, type ClarificationRow } from '../../store/repos/intake';
import { personById } from '../../store/repos/people';
import { addTicketEvent, ticketById, updateTicketIf, type TicketRow } from '../../store/repos/tickets';
import type { TicketState } from '../../core/ticket-machine';
import { notifyPerson } from '../notify';
import { viewOf } from '../tickets/view';
import { where } from '../../templates/tickets';
import * as it from '../../templates/intake';

/**
 * The reporter answered "请问是几单元几室？": the ticket gets the unit/room
 * (a part they did not give keeps its value), the history records it, and
 * the assigned worker is told. Null when the question was already answered
 * (the same answer handled twice) or the ticket changed under us.
 */
export async function completeLocation({
  ctx,
  clarification,
  unit,
  room,
}: {
  ctx: ServiceCtx;
  clarification: ClarificationRow;
  unit: string | null;
  room: string | null;
}): Promise<TicketRow | null> {
  const { db } = ctx.store;
  return ctx.store.transaction(async () => {
    const now = ctx.now();
    if (!(await answerClarificationIf(db, clarification.id, now))) return null;
    const before = await ticketById(db, clarification.ticketId);
    if (!before) return null;
    const set = { unit: unit ?? before.unit, room: room ?? before.room, updatedAt: now };
    if (!(await updateTicketIf(db, before.id, before.status as TicketState, set))) return null;
    const after = (await ticketById(db, before.id))!;
    const place = where(after.building, after.unit, after.room);
    await addTicketEvent(db, { ticketId: after.id, actorId: ctx.actor.id, type: 'located', note: it.locationNote(place), at: now });
    const assignee = after.assigneeId ? await personById(db, after.assigneeId) : undefined;
    if (assignee) await notifyPerson(ctx, assignee, it.locationToAssignee(viewOf(after), ctx.actor.name), { ref: `ticket:${after.id}` });
    return after;
  });
}
