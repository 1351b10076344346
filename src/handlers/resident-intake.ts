import type { Middleware } from '../bot/composer';
import type { BotContext } from '../bot/context';
import { parse } from '../core/parse';
import { CONSULT } from '../core/categories';
import { isStaff } from '../core/permissions';
import { buildingById } from '../store/repos/area';
import { openTicket } from '../services/tickets/open-ticket';
import { matchFaq } from '../services/faq';
import { serviceCtx } from './service-ctx';
import { shouldAskModel } from '../intake/should-ask';
import * as t from '../templates/tickets';

/**
 * A resident's message in their building group (or a direct chat): reports
 * become tickets, questions are answered from the FAQ or become 咨询 tickets,
 * chatter gets silence. With a model configured, uncertain parses get a
 * second look first.
 */
export const residentIntake: Middleware<BotContext> = async (ctx, next) => {
  const actor = ctx.actor;
  const inBuildingGroup = ctx.group?.kind === 'building';
  if (!actor || isStaff(actor.role) || !(inBuildingGroup || ctx.isDirect)) return next();

  const building = ctx.building ?? (actor.buildingId ? buildingById(ctx.db, actor.buildingId) : undefined) ?? null;
  const rule = parse(ctx.msg.text, { groupBuilding: building?.name ?? null });
  // Awaited before any transaction: a slow model must never hold the store.
  // The refiner falls back to the rule result itself; the catch guards a
  // replacement that does not.
  const refine = ctx.deps.refineIntake;
  const parsed = refine && shouldAskModel(rule) ? await refine(ctx.msg.text, rule).catch(() => rule) : rule;
  if (parsed.intent === 'chatter') {
    ctx.outcome = 'chatter';
    return next();
  }
  const sctx = serviceCtx(ctx, actor);
  const communityId = building?.communityId ?? actor.communityId ?? null;
  const reply = { group: ctx.group, channel: ctx.msg.channel, reporterExternalId: ctx.msg.senderId };

  if (parsed.intent === 'question') {
    const hit = matchFaq(ctx.db, communityId, parsed.normalized);
    if (hit) return ctx.tx(() => ctx.reply(t.faqAnswer(hit.answer), { mentionSender: true }), 'faq');
  }
  const isReport = parsed.intent === 'report';
  ctx.tx(() => {
    const result = openTicket({
      ctx: sctx,
      reply,
      input: {
        text: ctx.msg.text,
        summary: parsed.summary || parsed.normalized.slice(0, 40) || t.DEFAULT_SUMMARY,
        category: isReport ? (parsed.category ?? 'other') : CONSULT.code,
        urgency: isReport ? parsed.urgency : 'normal',
        emergencyKind: isReport ? parsed.emergencyKind : null,
        building: parsed.building,
        unit: parsed.unit,
        room: parsed.room,
        communityId,
      },
    });
    ctx.outcome = result.kind === 'followed' ? 'followed' : isReport ? `ticket:${parsed.urgency}` : 'consult';
  });
};
