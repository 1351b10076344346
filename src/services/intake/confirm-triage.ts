import { z } from 'zod';
import type { ServiceCtx } from '../context';
import { DomainError } from '../../core/errors';
import { CONSULT } from '../../core/categories';
import { categoryByName, CATEGORY_CHOICES } from '../../core/intake/category-name';
import { triageRef } from '../../core/intake/policy';
import { groupById } from '../../store/repos/groups';
import { personById } from '../../store/repos/people';
import { addTicketEvent } from '../../store/repos/tickets';
import { openTicket, type OpenTicketResult } from '../tickets/open-ticket';
import { decideTriage, loadPendingTriage } from './triage-item';
import { recordLabel } from './labels';
import * as it from '../../templates/intake';
import { DEFAULT_SUMMARY } from '../../templates/tickets';

const input = z.object({ item: z.number().int().positive(), category: z.string().trim().min(1).max(20).optional() });

/**
 * 立单 M7 [类别]: a worker says the unsure message is a request. It becomes a
 * ticket exactly as if the bot had been sure (the resident is acked in the
 * group then, the ticket is routed), and the verdict is kept as a label.
 */
export async function confirmTriage({
  ctx,
  input: raw,
}: {
  ctx: ServiceCtx;
  input: z.input<typeof input>;
}): Promise<{ ref: string; result: OpenTicketResult }> {
  const data = input.parse(raw);
  const { db } = ctx.store;
  return ctx.store.transaction(async () => {
    const item = await loadPendingTriage(ctx, data.item);
    const ref = triageRef(item.id);
    const chosen = data.category === undefined ? null : categoryByName(data.category);
    if (data.category !== undefined && !chosen) {
      throw new DomainError('bad_input', { reason: it.unknownCategory(data.category, CATEGORY_CHOICES.map((c) => c.label)) });
    }
    const category = chosen?.code ?? (item.intent === 'question' ? CONSULT.code : (item.category ?? 'other'));
    const reporter = await personById(db, item.reporterId);
    if (!reporter) throw new DomainError('triage_not_found', { triage: item.id });

    // The ticket is the resident's report: opened in their name, from their group.
    const asResident: ServiceCtx = { ...ctx, actor: reporter };
    const group = item.groupId === null ? null : ((await groupById(db, item.groupId)) ?? null);
    const isReport = category !== CONSULT.code;
    const result = await openTicket({
      ctx: asResident,
      reply: { group, channel: item.channel, reporterExternalId: item.reporterExternalId },
      input: {
        text: item.text,
        summary: item.summary || DEFAULT_SUMMARY,
        category,
        urgency: isReport ? (item.urgency as 'urgent' | 'normal') : 'normal',
        emergencyKind: null,
        building: item.building,
        unit: item.unit,
        room: item.room,
        communityId: item.communityId,
      },
    });
    await decideTriage(ctx, item, 'ticketed', result.ticket.id);
    const now = ctx.now();
    await addTicketEvent(db, { ticketId: result.ticket.id, actorId: ctx.actor.id, type: 'confirmed', note: it.confirmedNote(ref, ctx.actor.name), at: now });
    await recordLabel(db, {
      label: '立单',
      ticketId: result.ticket.id,
      triageId: item.id,
      actorId: ctx.actor.id,
      groupId: item.groupId,
      building: item.building,
      text: item.text,
      intent: isReport ? 'report' : 'question',
      category: isReport ? category : null,
      emergency: false,
      unit: item.unit,
      room: item.room,
      at: now,
    });
    return { ref, result };
  });
}
