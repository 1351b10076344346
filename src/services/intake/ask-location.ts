import type { ServiceCtx } from '../context';
import { CLARIFY_WINDOW_MS } from '../../core/intake/policy';
import { insertClarification } from '../../store/repos/intake';
import { openTicketInCallersTx, type OpenTicketInput, type OpenTicketResult, type ReplyTarget } from '../tickets/open-ticket';
import type { Missing } from '../../templates/intake';

/** The chat an answer must come from: the group, or the reporter's direct chat. */
export const chatKeyOf = (reply: Pick<ReplyTarget, 'group' | 'reporterExternalId'>) =>
  reply.group ? reply.group.externalId : `dm:${reply.reporterExternalId}`;

/**
 * `ask`: a sure report about a home with no unit or room. The ticket opens at
 * once (the worker is not kept waiting) and its ack asks the reporter, once,
 * for what is missing; the question stays open for 30 minutes in the store
 * (a restart keeps it). A repeat of an open ticket only follows it: no question.
 */
export async function openTicketAsking({
  ctx,
  input,
  reply,
  missing,
}: {
  ctx: ServiceCtx;
  input: OpenTicketInput;
  reply: ReplyTarget;
  missing: readonly Missing[];
}): Promise<OpenTicketResult> {
  return ctx.store.transaction(async () => {
    const result = await openTicketInCallersTx({ ctx, input, reply, askFor: missing });
    // An emergency's ack is the call-119 text: it asked nothing.
    if (result.kind !== 'opened' || input.urgency === 'emergency') return result;
    const now = ctx.now();
    await insertClarification(ctx.store.db, {
      ticketId: result.ticket.id,
      personId: ctx.actor.id,
      channel: reply.channel,
      chatKey: chatKeyOf(reply),
      missing: [...missing],
      status: 'open',
      askedAt: now,
      expiresAt: new Date(now.getTime() + CLARIFY_WINDOW_MS),
    });
    return result;
  });
}
