import type { Middleware, Next } from '../bot/composer';
import type { BotContext } from '../bot/context';
import { parse, type ParseResult } from '../core/parse';
import { CONSULT } from '../core/categories';
import { isStaff } from '../core/permissions';
import { maskPersonalNumbers } from '../core/mask';
import { buildingById, type BuildingRow } from '../store/repos/area';
import type { PersonRow } from '../store/repos/people';
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
export const residentIntake: Middleware<BotContext> = (ctx, next) => {
  const actor = ctx.actor;
  const inBuildingGroup = ctx.group?.kind === 'building';
  if (!actor || isStaff(actor.role) || !(inBuildingGroup || ctx.isDirect)) return next();

  const building = ctx.building ?? (actor.buildingId ? buildingById(ctx.db, actor.buildingId) : undefined) ?? null;
  const rule = parse(ctx.msg.text, { groupBuilding: building?.name ?? null });
  const refine = ctx.deps.refineIntake;
  if (refine && shouldAskModel(rule)) {
    // A model may take seconds: finish this message off the queue, so the
    // messages behind it (an emergency among them) are not kept waiting. Its
    // answer is awaited outside any transaction; the refiner falls back to the
    // rule result itself, and the catch guards a replacement that does not.
    ctx.defer(
      refine(ctx.msg.text, rule)
        .catch(() => rule)
        .then((parsed) => decide(ctx, actor, building, parsed, next)),
    );
    return;
  }
  return decide(ctx, actor, building, rule, next);
};

/** Chatter passes on (silence); questions get the FAQ or a 咨询 ticket; reports a ticket. */
function decide(ctx: BotContext, actor: PersonRow, building: BuildingRow | null, parsed: ParseResult, next: Next) {
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
        summary: parsed.summary || maskPersonalNumbers(parsed.normalized).slice(0, 40) || t.DEFAULT_SUMMARY,
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
}
