import type { Middleware } from '../bot/composer';
import type { BotContext } from '../bot/context';
import { lastResolvedFor } from '../store/repos/tickets';
import { parseRating, rateTicket, RatingRefused, RATING_WINDOW_MS, isComplaint } from '../services/tickets/rate-ticket';
import { explain, serviceCtx } from './service-ctx';
import * as t from '../templates/tickets';

/**
 * 回访: "满意" / "不满意" / "#12 满意" from the reporter or a follower rates
 * their resolved ticket (within 7 days). Without a number, their latest
 * resolved ticket is meant, as for 没修好; with none, a bare "满意" is just
 * conversation and goes on to intake (which stays silent on chatter).
 */
export const rateByReporter: Middleware<BotContext> = async (ctx, next) => {
  const actor = ctx.actor;
  if (!actor || actor.role !== 'resident') return next();
  const wish = parseRating(ctx.msg.text);
  if (!wish) return next();
  const since = new Date(ctx.now().getTime() - RATING_WINDOW_MS);
  const ticketId = wish.ticket ?? (await lastResolvedFor(ctx.db, actor.id, since))?.id;
  if (!ticketId) return next();
  const sctx = serviceCtx(ctx, actor);
  await ctx.tx(async () => {
    let text: string;
    try {
      const r = await rateTicket({ ctx: sctx, input: { ticketId, rating: wish.rating } });
      const told = r.alerted.map((p) => t.handlerName(p.name, p.role)).join('、') || null;
      text = isComplaint(r.rating)
        ? t.ratingComplaintAck(ticketId, r.rating, told)
        : r.replaced
          ? t.ratingUpdated(ticketId, r.rating)
          : t.ratingThanks(ticketId, r.rating);
      ctx.outcome = isComplaint(r.rating) ? 'rated:complaint' : 'rated';
    } catch (err) {
      text = refusal(err);
      ctx.outcome = 'rate-refused';
    }
    await ctx.reply(text, { mentionSender: true });
  });
};

function refusal(err: unknown): string {
  if (!(err instanceof RatingRefused)) return explain(err);
  switch (err.code) {
    case 'not_rater':
      return t.ratingNotRater(err.ticketId);
    case 'not_resolved':
      return t.ratingNotResolved(err.ticketId);
    case 'window_passed':
      return t.ratingTooLate(err.ticketId);
  }
}
