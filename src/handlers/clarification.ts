import type { Middleware } from '../bot/composer';
import type { BotContext } from '../bot/context';
import { parse } from '../core/parse';
import { isStaff } from '../core/permissions';
import { answersLocation } from '../core/intake/clarify';
import { buildingById } from '../store/repos/area';
import { openClarification } from '../store/repos/intake';
import { ticketById } from '../store/repos/tickets';
import { completeLocation } from '../services/intake/complete-location';
import { serviceCtx } from './service-ctx';
import { where } from '../templates/tickets';
import { locationThanks } from '../templates/intake';

/**
 * The answer to the bot's one question "请问是几单元几室？": the reporter's
 * own message, in the chat they were asked in, within 30 minutes, carrying a
 * unit or room (see answersLocation). Anything else — another resident's
 * message, a late one, one without a location, a new report — goes on to be
 * handled as usual.
 */
export const clarificationAnswer: Middleware<BotContext> = async (ctx, next) => {
  const actor = ctx.actor;
  if (!actor || isStaff(actor.role) || !(ctx.group?.kind === 'building' || ctx.isDirect)) return next();
  const chatKey = ctx.group ? ctx.group.externalId : `dm:${ctx.msg.senderId}`;
  const asked = await openClarification(ctx.db, actor.id, chatKey, ctx.now());
  if (!asked) return next();
  const ticket = await ticketById(ctx.db, asked.ticketId);
  if (!ticket) return next();

  const building = ctx.building ?? (actor.buildingId ? await buildingById(ctx.db, actor.buildingId) : undefined) ?? null;
  const parsed = parse(ctx.msg.text, { groupBuilding: building?.name ?? null });
  if (!answersLocation(parsed, ticket.category)) return next();

  const sctx = serviceCtx(ctx, actor);
  await ctx.tx(async () => {
    const after = await completeLocation({ ctx: sctx, clarification: asked, unit: parsed.unit, room: parsed.room });
    if (after) await ctx.reply(locationThanks(after.id, where(after.building, after.unit, after.room)), { mentionSender: true });
  }, 'located');
};
