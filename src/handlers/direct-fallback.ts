import type { Middleware } from '../bot/composer';
import type { BotContext } from '../bot/context';
import { directFallback } from '../templates/common';
import { residentHelp } from '../templates/tickets';

/**
 * The end of the chain. In a direct chat the person is talking to the bot, so
 * an unhandled message gets a short pointer; in groups silence is the rule
 * (a bot that talks too much gets muted).
 */
export const fallback: Middleware<BotContext> = async (ctx) => {
  if (ctx.isDirect) {
    await ctx.tx(() => ctx.reply(directFallback()), 'direct-help');
  } else if (ctx.addressedToBot && (ctx.outcome === 'ignored' || ctx.outcome === 'chatter')) {
    // Someone @-mentioned the bot and nothing else answered: say how to use it, once.
    await ctx.tx(() => ctx.reply(residentHelp(), { mentionSender: true }), 'mention-help');
  } else if (ctx.outcome === 'ignored') {
    ctx.outcome = 'silent';
  }
};
