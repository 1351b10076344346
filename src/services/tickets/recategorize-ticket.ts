import { z } from 'zod';
import type { ServiceCtx } from '../context';
import { DomainError } from '../../core/errors';
import { categoryLabel, responsibleRole } from '../../core/categories';
import { categoryByName, CATEGORY_CHOICES } from '../../core/intake/category-name';
import { isActive, type TicketState } from '../../core/ticket-machine';
import { addTicketEvent, ticketById, updateTicketIf, type TicketRow } from '../../store/repos/tickets';
import type { PersonRow } from '../../store/repos/people';
import { assertMayAct, loadTicket } from './change';
import { routeTicket, routingCandidates } from './candidates';
import { notifyPerson } from '../notify';
import { viewOf } from './view';
import { labelTicket } from '../intake/labels';
import * as t from '../../templates/tickets';
import * as it from '../../templates/intake';

const input = z.object({ ticketId: z.number().int().positive(), category: z.string().trim().min(1).max(20) });

/**
 * 改类 12 噪音: the worker fixes the category. When the new category has
 * another responsible role (安全隐患 → the grid leader), an active ticket
 * follows its route: the new handler gets it (back to 待处理) and is told.
 * The history records the change; the verdict is kept as a label.
 */
export async function recategorizeTicket({ ctx, input: raw }: { ctx: ServiceCtx; input: z.input<typeof input> }): Promise<{
  ticket: TicketRow;
  rerouted: PersonRow | null;
}> {
  const data = input.parse(raw);
  const { db } = ctx.store;
  return ctx.store.transaction(async () => {
    const before = await loadTicket(ctx, data.ticketId);
    await assertMayAct(ctx, before);
    const chosen = categoryByName(data.category);
    if (!chosen) throw new DomainError('bad_input', { reason: it.unknownCategory(data.category, CATEGORY_CHOICES.map((c) => c.label)) });
    if (chosen.code === before.category) throw new DomainError('bad_input', { reason: it.sameCategory(before.id, chosen.label) });

    const now = ctx.now();
    const state = before.status as TicketState;
    let rerouted: PersonRow | null = null;
    let level = before.escalationLevel;
    if (isActive(state) && responsibleRole(chosen.code) !== responsibleRole(before.category)) {
      const routed = await routeTicket(routingCandidates(db, before.gridId, before.communityId), responsibleRole(chosen.code));
      if (routed.assignee && routed.assignee.id !== before.assigneeId) {
        rerouted = routed.assignee;
        level = routed.level;
      }
    }
    // The summary starts with the category label ("设施报修｜…"): keep it truthful.
    const oldLabel = categoryLabel(before.category);
    const summary = before.summary.startsWith(`${oldLabel}｜`) ? `${chosen.label}｜${before.summary.slice(oldLabel.length + 1)}` : before.summary;
    const toStatus: TicketState = rerouted ? 'open' : state;
    const won = await updateTicketIf(db, before.id, state, {
      category: chosen.code,
      summary,
      updatedAt: now,
      ...(rerouted ? { assigneeId: rerouted.id, escalationLevel: level, status: toStatus } : {}),
    });
    if (!won) throw new DomainError('invalid_transition', { ticket: before.id, state: (await loadTicket(ctx, before.id)).status, action: 'note' });
    const handler = rerouted ? t.handlerName(rerouted.name, rerouted.role) : null;
    await addTicketEvent(db, {
      ticketId: before.id,
      actorId: ctx.actor.id,
      type: 'recategorized',
      fromStatus: state,
      toStatus,
      note: it.recategorizedNote(oldLabel, chosen.label, handler),
      at: now,
    });
    const after = (await ticketById(db, before.id))!;
    if (rerouted) await notifyPerson(ctx, rerouted, it.recategorizedToYou(viewOf(after), ctx.actor.name), { ref: `ticket:${after.id}` });
    await labelTicket(db, after, '改类', ctx.actor.id, now);
    return { ticket: after, rerouted };
  });
}
