import { z } from 'zod';
import type { ServiceCtx } from '../context';
import { isActive, type TicketState } from '../../core/ticket-machine';
import { canActOn } from '../../core/permissions';
import { addTicketEvent } from '../../store/repos/tickets';
import { decideExtension as decideRow, extensionsOf, setPlan } from '../../store/repos/sla';
import { gridIdsOfStaff, personById } from '../../store/repos/people';
import { addDuration } from '../../core/sla/calendar';
import { stageAfter } from '../../core/sla/ladder';
import { loadTicket } from '../tickets/change';
import { notifyPerson } from '../notify';
import * as s from '../../templates/sla';
import { limitOfTicket, slaOf, slaPlanned, stepsOf } from './runtime';
import { ExtensionRefused } from './errors';

const input = z.object({ ticketId: z.number().int().positive(), approve: z.boolean() });

/**
 * 同意延期 12 / 不同意延期 12: the grid leader (or the office) decides the
 * pending request. Approval moves the resolve deadline by the working days
 * asked for and re-plans the rest of the ladder from now.
 */
export async function decideExtension({ ctx, input: raw }: { ctx: ServiceCtx; input: z.input<typeof input> }) {
  const { ticketId, approve } = input.parse(raw);
  const { db } = ctx.store;
  const rt = slaOf(ctx.store);
  const max = rt.config.extension.maxDays;
  return ctx.store.transaction(async () => {
    const t = await loadTicket(ctx, ticketId);
    const refuse = (code: ConstructorParameters<typeof ExtensionRefused>[0]) => new ExtensionRefused(code, ticketId, max);
    const actor = { id: ctx.actor.id, role: ctx.actor.role, gridIds: await gridIdsOfStaff(db, ctx.actor.id) };
    if ((ctx.actor.role !== 'grid_leader' && ctx.actor.role !== 'office') || !canActOn(actor, t)) throw refuse('extension_not_leader');
    const pending = (await extensionsOf(db, ticketId)).find((e) => e.status === 'pending');
    if (!pending) throw refuse('extension_none_pending');
    if (pending.requestedBy === ctx.actor.id) throw refuse('extension_not_leader');
    const now = ctx.now();
    if (!(await decideRow(db, pending.id, approve ? 'approved' : 'refused', ctx.actor.id, now))) throw refuse('extension_none_pending');

    let newDue: Date | null = null;
    if (approve && t.resolveDueAt && isActive(t.status as TicketState)) {
      const lim = limitOfTicket(rt, t);
      newDue = addDuration(t.resolveDueAt, { amount: pending.days, unit: 'd' }, rt.calendar, lim.natural);
      const steps = stepsOf(rt, { ...t, resolveDueAt: newDue });
      const stage = stageAfter(steps, now);
      await setPlan(db, ticketId, { resolveDueAt: newDue, slaStage: stage, slaNextAt: steps[stage]?.at ?? null });
      slaPlanned(ctx.store, steps[stage]?.at ?? null);
    }
    await addTicketEvent(db, {
      ticketId,
      actorId: ctx.actor.id,
      type: approve ? 'extension_approved' : 'extension_refused',
      note: s.extensionDecidedNote(newDue),
      at: now,
    });
    const requester = await personById(db, pending.requestedBy);
    const due = newDue ?? t.resolveDueAt;
    if (requester && due) {
      await notifyPerson(ctx, requester, approve ? s.extensionApprovedToWorker(ticketId, due) : s.extensionRefusedToWorker(ticketId, due), { ref: `ticket:${ticketId}` });
    }
    return { ticketId, approved: approve, resolveDueAt: due };
  });
}
