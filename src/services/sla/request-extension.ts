import { z } from 'zod';
import type { ServiceCtx } from '../context';
import { isActive, type TicketState } from '../../core/ticket-machine';
import { addTicketEvent } from '../../store/repos/tickets';
import { extensionsOf, insertExtension } from '../../store/repos/sla';
import { assertMayAct, loadTicket } from '../tickets/change';
import { routingCandidates } from '../tickets/candidates';
import { notifyPerson } from '../notify';
import { viewOf } from '../tickets/view';
import { handlerName } from '../../templates/tickets';
import * as s from '../../templates/sla';
import { slaOf } from './runtime';
import { ExtensionRefused } from './errors';

const input = z.object({
  ticketId: z.number().int().positive(),
  days: z.number().int().positive(),
  reason: z.string().trim().min(1).max(200),
});

/**
 * 延期 12 3天 等待配件: a staff member who may act on the ticket asks the grid
 * leader for more working days. One extension per ticket, at most
 * `extension.maxDays`, and only before the resolve deadline.
 */
export async function requestExtension({ ctx, input: raw }: { ctx: ServiceCtx; input: z.input<typeof input> }) {
  const { ticketId, days, reason } = input.parse(raw);
  const { db } = ctx.store;
  const max = slaOf(ctx.store).config.extension.maxDays;
  return ctx.store.transaction(async () => {
    const t = await loadTicket(ctx, ticketId);
    await assertMayAct(ctx, t);
    const refuse = (code: ConstructorParameters<typeof ExtensionRefused>[0]) => new ExtensionRefused(code, ticketId, max);
    if (!isActive(t.status as TicketState)) throw refuse('extension_not_active');
    if (days > max) throw refuse('extension_too_long');
    const now = ctx.now();
    if (!t.resolveDueAt || t.resolveDueAt <= now) throw refuse('extension_after_deadline');
    const earlier = await extensionsOf(db, ticketId);
    if (earlier.some((e) => e.status === 'approved')) throw refuse('extension_used');
    if (earlier.some((e) => e.status === 'pending')) throw refuse('extension_pending');

    await insertExtension(db, { ticketId, requestedBy: ctx.actor.id, days, reason, status: 'pending', createdAt: now });
    await addTicketEvent(db, { ticketId, actorId: ctx.actor.id, type: 'extension_requested', note: s.extensionNote(days, reason), at: now });
    const cands = routingCandidates(db, t.gridId, t.communityId);
    // A leader asking for their own ticket asks the office.
    const decider = [...(await cands.leaders()), ...(await cands.offices())].find((p) => p.id !== ctx.actor.id) ?? null;
    const who = handlerName(ctx.actor.name, ctx.actor.role);
    if (decider) await notifyPerson(ctx, decider, s.extensionToLeader(viewOf(t), who, days, reason, t.resolveDueAt), { ref: `ticket:${ticketId}` });
    return { ticket: t, days, decider };
  });
}
