import type { Middleware } from '../bot/composer';
import type { BotContext } from '../bot/context';
import { sorryInternalError } from '../templates/common';

/**
 * A failure in one message is logged with its stack and answered with a short
 * apology — never a crash, never a stack trace in a group.
 */
export const errorBoundary: Middleware<BotContext> = async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    recordFailure(ctx, err);
  }
};

/** Logs, apologises and marks the message failed; also used for work that finishes later (ctx.defer). */
export function recordFailure(ctx: BotContext, err: unknown): void {
  ctx.outcome = 'error';
  ctx.deps.logger.error({ err, inboxId: ctx.inboxId, channel: ctx.msg.channel }, 'handler failed');
  try {
    if (ctx.isDirect || ctx.addressedToBot || ctx.group?.kind !== 'unbound') ctx.reply(sorryInternalError());
    ctx.markHandled('failed');
  } catch (inner) {
    ctx.deps.logger.error({ err: inner }, 'could not record the failure');
  }
}
