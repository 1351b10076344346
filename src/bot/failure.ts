import type { BotContext } from './context';
import { sorryInternalError } from '../templates/common';

/** Logs, apologises and marks the message failed; also used for work that finishes later (ctx.defer). */
export async function recordFailure(ctx: BotContext, err: unknown): Promise<void> {
  ctx.outcome = 'error';
  ctx.deps.logger.error({ err, inboxId: ctx.inboxId, channel: ctx.msg.channel }, 'handler failed');
  try {
    if (ctx.isDirect || ctx.addressedToBot || ctx.group?.kind !== 'unbound') await ctx.reply(sorryInternalError());
    await ctx.markHandled('failed');
  } catch (inner) {
    ctx.deps.logger.error({ err: inner }, 'could not record the failure');
  }
}
