import type { Middleware } from '../bot/composer';
import type { BotContext } from '../bot/context';
import { isRelayedNews, isStatusQuestion, matchStatusQuestion } from '../core/status-question';
import { isStaff } from '../core/permissions';
import type { TicketState } from '../core/ticket-machine';
import { buildingById } from '../store/repos/area';
import { openTicketsOfResident } from '../store/repos/tickets';
import { ticketStatusText } from '../services/tickets/queries';
import { viewOf } from '../services/tickets/view';
import { explain, serviceCtx } from './service-ctx';
import { fallback } from './direct-fallback';
import * as t from '../templates/tickets';

/**
 * "电梯修好了吗？" from a resident who reported or follows open tickets in
 * that building: the status of the one meant (or a short list when several
 * fit), never a new ticket. Without such a ticket the message goes on to
 * intake as before. Runs before intake and whatever classifies it.
 */
export const statusQuestion: Middleware<BotContext> = async (ctx, next) => {
  const actor = ctx.actor;
  if (!actor || isStaff(actor.role) || !(ctx.group?.kind === 'building' || ctx.isDirect)) return next();
  const q = isStatusQuestion(ctx.msg.text);
  if (!q) return next();

  const home = ctx.building ?? (actor.buildingId ? await buildingById(ctx.db, actor.buildingId) : undefined) ?? null;
  const buildingName = q.building ?? home?.name ?? null;
  const inBuilding = (await openTicketsOfResident(ctx.db, actor.id)).filter(
    (row) => buildingName === null || row.building === buildingName,
  );
  const hits = matchStatusQuestion(
    q,
    inBuilding.map((row) => ({ id: row.id, text: row.text, summary: row.summary, categoryLabel: viewOf(row).categoryLabel, row })),
  );
  if (hits.length === 0) return next();

  const sctx = serviceCtx(ctx, actor);
  await ctx.tx(async () => {
    let text: string;
    if (hits.length === 1) {
      try {
        text = await ticketStatusText(sctx, hits[0]!.id);
      } catch (err) {
        text = explain(err);
      }
    } else {
      text = t.statusChoices(hits.map((h) => t.ticketLine({ ...viewOf(h.row), state: h.row.status as TicketState })));
    }
    await ctx.reply(text, { mentionSender: true });
  }, hits.length === 1 ? 'status-question' : 'status-question:list');
};

/**
 * "通知大家，明天小区停水": a resident passing news on to the neighbours is
 * not a report. Silence in the group; in a direct chat, the usual pointer.
 */
export const relayedNews: Middleware<BotContext> = (ctx, next) => {
  const actor = ctx.actor;
  if (!actor || isStaff(actor.role) || !isRelayedNews(ctx.msg.text)) return next();
  ctx.outcome = 'news';
  return fallback(ctx, next);
};
