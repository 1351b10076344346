import type { Middleware, Next } from '../bot/composer';
import type { BotContext } from '../bot/context';
import { parse, type ParseResult } from '../core/parse';
import { decideAction, type Decision } from '../core/parse/decide';
import { CONSULT } from '../core/categories';
import { isStaff } from '../core/permissions';
import { maskPersonalNumbers } from '../core/mask';
import { buildingById, buildingByName, type BuildingRow } from '../store/repos/area';
import type { PersonRow } from '../store/repos/people';
import { openDuplicate, openTicketInCallersTx, type OpenTicketInput } from '../services/tickets/open-ticket';
import { openTicketAsking } from '../services/intake/ask-location';
import { triageMessage } from '../services/intake/triage-message';
import { matchFaq } from '../services/faq';
import { serviceCtx } from './service-ctx';
import { shouldAskModel } from '../intake/should-ask';
import * as t from '../templates/tickets';

/**
 * A resident's message in their building group (or a direct chat): the parse
 * and the decision (src/core/parse/decide.ts) choose one action —
 * `ticket` (open it, ack in the group), `ask` (open it, and ask once where),
 * `triage` (say nothing; the grid worker has a look), `answer` (the FAQ) or
 * `ignore` (silence). With a model configured, uncertain parses get a second
 * look first.
 */
export const residentIntake: Middleware<BotContext> = async (ctx, next) => {
  const actor = ctx.actor;
  const inBuildingGroup = ctx.group?.kind === 'building';
  if (!actor || isStaff(actor.role) || !(inBuildingGroup || ctx.isDirect)) return next();

  const building = ctx.building ?? (actor.buildingId ? await buildingById(ctx.db, actor.buildingId) : undefined) ?? null;
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
        .then((parsed) => act(ctx, actor, building, parsed, next)),
    );
    return;
  }
  return act(ctx, actor, building, rule, next);
};

/** Carries out the decision on one parsed message. */
async function act(ctx: BotContext, actor: PersonRow, building: BuildingRow | null, parsed: ParseResult, next: Next): Promise<void> {
  const communityId = building?.communityId ?? actor.communityId ?? null;
  const faq = parsed.intent === 'question' ? await matchFaq(ctx.db, communityId, parsed.normalized) : null;
  const decision = decideAction(parsed, { faqHit: faq !== null });
  const sctx = serviceCtx(ctx, actor);
  const reply = { group: ctx.group, channel: ctx.msg.channel, reporterExternalId: ctx.msg.senderId };

  switch (decision.action) {
    case 'ignore':
      ctx.outcome = 'chatter';
      return next();
    case 'answer':
      if (faq) return ctx.tx(() => ctx.reply(t.faqAnswer(faq.answer), { mentionSender: true }), 'faq');
      break; // a decision cannot answer without an FAQ entry: then it is a 咨询 ticket
    case 'triage': {
      // An unsure report of a problem already open in this building ("我家没水了，怎么回事"
      // during an outage) follows that ticket, as a sure one would: the reply only
      // says it is being handled, and the worker's triage is not flooded by neighbours.
      const where = parsed.intent === 'report' && parsed.building && communityId != null ? await buildingByName(ctx.db, communityId, parsed.building) : undefined;
      const input = ticketInput(parsed, communityId, ctx.msg.text);
      if (where && input.urgency !== 'emergency' && (await openDuplicate(ctx.db, where.id, input, ctx.now()))) break;
      // Nothing in the group: the grid worker sees it in 待办 and the next digest.
      return ctx.tx(async () => {
        await triageMessage({ ctx: sctx, reply, input: triageInput(parsed, decision, communityId, ctx.msg.text) });
      }, 'triage');
    }
  }

  const input = ticketInput(parsed, communityId, ctx.msg.text);
  await ctx.tx(async () => {
    const result =
      decision.action === 'ask' && decision.missing.length > 0
        ? await openTicketAsking({ ctx: sctx, reply, input, missing: decision.missing })
        : await openTicketInCallersTx({ ctx: sctx, reply, input });
    const isConsult = input.category === CONSULT.code;
    ctx.outcome =
      result.kind === 'followed' ? 'followed' : isConsult ? 'consult' : decision.action === 'ask' ? 'ask' : `ticket:${input.urgency}`;
  });
}

// Masked before it is cut, so no partial phone number survives in a summary.
const summaryOf = (parsed: ParseResult) => parsed.summary || maskPersonalNumbers(parsed.normalized).slice(0, 40) || t.DEFAULT_SUMMARY;

function ticketInput(parsed: ParseResult, communityId: number | null, text: string): OpenTicketInput {
  // A question the FAQ does not answer is a 咨询 for the grid worker.
  const isReport = parsed.intent !== 'question';
  return {
    text,
    summary: summaryOf(parsed),
    category: isReport ? (parsed.category ?? 'other') : CONSULT.code,
    urgency: isReport ? parsed.urgency : 'normal',
    emergencyKind: isReport ? parsed.emergencyKind : null,
    building: parsed.building,
    unit: parsed.unit,
    room: parsed.room,
    communityId,
  };
}

function triageInput(parsed: ParseResult, decision: Decision, communityId: number | null, text: string) {
  return {
    text,
    summary: summaryOf(parsed),
    intent: parsed.intent,
    category: parsed.category,
    urgency: parsed.urgency,
    building: parsed.building,
    unit: parsed.unit,
    room: parsed.room,
    confidence: decision.confidence,
    communityId,
  };
}
