import type { Middleware } from '../bot/composer';
import type { BotContext } from '../bot/context';
import { parseReopen } from '../core/commands';
import { REOPEN_WINDOW_MS } from '../core/ticket-machine';
import { lastResolvedFor } from '../store/repos/tickets';
import { reopenTicket } from '../services/tickets/reopen-ticket';
import { explain, serviceCtx } from './service-ctx';

/**
 * "没修好" / "#12 还没解决" from a reporter reopens their resolved ticket
 * (within 7 days). Without a number, the reporter's latest resolved ticket is
 * meant; if there is none, the message goes on to intake as a new report.
 */
export const reopenByReporter: Middleware<BotContext> = async (ctx, next) => {
  const actor = ctx.actor;
  if (!actor || actor.role !== 'resident') return next();
  const wish = parseReopen(ctx.msg.text);
  if (!wish) return next();
  const since = new Date(ctx.now().getTime() - REOPEN_WINDOW_MS);
  const ticketId = wish.ticket ?? (await lastResolvedFor(ctx.db, actor.id, since))?.id;
  if (!ticketId) return next();
  const sctx = serviceCtx(ctx, actor);
  await ctx.tx(async () => {
    try {
      await reopenTicket({ ctx: sctx, input: { ticketId, reason: ctx.msg.text.slice(0, 200) } });
      ctx.outcome = 'reopened';
    } catch (err) {
      await ctx.reply(explain(err), { mentionSender: true });
      ctx.outcome = 'reopen-refused';
    }
  });
};
