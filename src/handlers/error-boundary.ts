import type { Middleware } from '../bot/composer';
import type { BotContext } from '../bot/context';
import { recordFailure } from '../bot/failure';

/**
 * A failure in one message is logged with its stack and answered with a short
 * apology — never a crash, never a stack trace in a group.
 */
export const errorBoundary: Middleware<BotContext> = async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    await recordFailure(ctx, err);
  }
};
