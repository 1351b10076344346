import { z } from 'zod';
import type { ServiceCtx } from '../context';
import { buildingByName } from '../../store/repos/area';
import { insertTriage, type TriageRow } from '../../store/repos/intake';
import { TRIAGE_TTL_MS } from '../../core/intake/policy';
import { routeTicket, routingCandidates } from '../tickets/candidates';
import type { ReplyTarget } from '../tickets/open-ticket';

export const triageInput = z.object({
  text: z.string().min(1).max(4000),
  summary: z.string().min(1).max(80),
  intent: z.enum(['report', 'question', 'chatter']),
  category: z.string().min(1).nullable(),
  urgency: z.enum(['emergency', 'urgent', 'normal']),
  building: z.string().nullable(),
  unit: z.string().nullable(),
  room: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  communityId: z.number().int().nullable(),
});

/**
 * `triage`: a message the bot is not sure about. Nothing is said in the
 * group; the item is stored for the grid worker (routed as a ticket of the
 * building would be) and goes out in their next digest (sendDueDigests).
 */
export async function triageMessage({
  ctx,
  input,
  reply,
}: {
  ctx: ServiceCtx;
  input: z.input<typeof triageInput>;
  reply: ReplyTarget;
}): Promise<TriageRow> {
  const data = triageInput.parse(input);
  const { db } = ctx.store;
  const now = ctx.now();
  return ctx.store.transaction(async () => {
    const building = data.building && data.communityId != null ? await buildingByName(db, data.communityId, data.building) : undefined;
    const gridId = building?.gridId ?? null;
    const communityId = building?.communityId ?? data.communityId;
    const routed = await routeTicket(routingCandidates(db, gridId, communityId), 'grid_worker');
    return insertTriage(db, {
      communityId,
      gridId,
      buildingId: building?.id ?? null,
      groupId: reply.group?.id ?? null,
      channel: reply.channel,
      reporterExternalId: reply.reporterExternalId,
      reporterId: ctx.actor.id,
      text: data.text,
      summary: data.summary,
      intent: data.intent,
      category: data.category,
      urgency: data.urgency,
      building: data.building,
      unit: data.unit,
      room: data.room,
      confidence: data.confidence,
      status: 'pending',
      assigneeId: routed.assignee?.id ?? null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + TRIAGE_TTL_MS),
    });
  });
}
