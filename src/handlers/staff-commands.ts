import type { Middleware } from '../bot/composer';
import type { BotContext } from '../bot/context';
import { INTAKE_TOPICS, parseCommand, type Command } from '../core/commands';
import { isStaff } from '../core/permissions';
import type { ServiceCtx } from '../services/context';
import { claimTicket } from '../services/tickets/claim-ticket';
import { addNote } from '../services/tickets/add-note';
import { resolveTicket } from '../services/tickets/resolve-ticket';
import { transferTicket } from '../services/tickets/transfer-ticket';
import { escalateTicket } from '../services/tickets/escalate-ticket';
import { rejectTicket } from '../services/tickets/reject-ticket';
import { myTicketsText, openTicketsText, showTicketText, ticketStatusText } from '../services/tickets/queries';
import { explain, serviceCtx } from './service-ctx';
import { recategorizeTicket } from '../services/tickets/recategorize-ticket';
import { confirmTriage } from '../services/intake/confirm-triage';
import { dismissTriage } from '../services/intake/dismiss-triage';
import { categoryLabel } from '../core/categories';
import * as t from '../templates/tickets';
import * as it from '../templates/intake';

/**
 * Ticket commands (接单 12, 进度 12 …, 办结 12 …). Staff run them in a direct
 * chat, the workers' group, or any group they are in. A resident typing one
 * gets a polite refusal and nothing changes; `#12 进度` works for everyone.
 */
export const ticketCommands: Middleware<BotContext> = async (ctx, next) => {
  const cmd = parseCommand(ctx.msg.text);
  if (!cmd) return next();
  const actor = ctx.actor;

  if (!actor || !isStaff(actor.role)) return residentCommand(ctx, cmd, next);
  let masked = false;
  const sctx = { ...serviceCtx(ctx, actor), onMasked: () => void (masked = true) };
  await ctx.tx(async () => {
    let text: string;
    try {
      text = await runStaffCommand(sctx, cmd);
      // Once per command, however many numbers or groups: the worker learns what residents saw.
      if (masked) text += `\n${t.numbersMasked()}`;
      ctx.outcome = `cmd:${cmd.verb}`;
    } catch (err) {
      text = explain(err);
      ctx.outcome = `cmd:${cmd.verb}:refused`;
    }
    await ctx.reply(text, { mentionSender: true });
  });
};

async function runStaffCommand(sctx: ServiceCtx, cmd: Command): Promise<string> {
  switch (cmd.verb) {
    case 'claim':
      return t.claimedOk((await claimTicket({ ctx: sctx, input: { ticketId: cmd.ticket } })).id);
    case 'note':
      return t.notedOk((await addNote({ ctx: sctx, input: { ticketId: cmd.ticket, note: cmd.text } })).id);
    case 'done':
      return t.resolvedOk((await resolveTicket({ ctx: sctx, input: { ticketId: cmd.ticket, outcome: cmd.text } })).id);
    case 'reject':
      return t.rejectedOk((await rejectTicket({ ctx: sctx, input: { ticketId: cmd.ticket, reason: cmd.text } })).id);
    case 'transfer': {
      const r = await transferTicket({ ctx: sctx, input: { ticketId: cmd.ticket, to: cmd.to } });
      return t.transferredOk(r.ticket.id, t.handlerName(r.target.name, r.target.role));
    }
    case 'escalate': {
      const r = await escalateTicket({ ctx: sctx, input: { ticketId: cmd.ticket, reason: cmd.text } });
      return t.escalatedOk(r.ticket.id, t.handlerName(r.target.name, r.target.role));
    }
    case 'show':
      return showTicketText(sctx, cmd.ticket);
    case 'status':
      return ticketStatusText(sctx, cmd.ticket);
    case 'mine':
      return myTicketsText(sctx);
    case 'open':
      return openTicketsText(sctx);
    case 'help':
      return t.workerHelp();
    case 'recategorize': {
      const r = await recategorizeTicket({ ctx: sctx, input: { ticketId: cmd.ticket, category: cmd.category } });
      return it.recategorizedOk(r.ticket.id, categoryLabel(r.ticket.category), r.rerouted ? t.handlerName(r.rerouted.name, r.rerouted.role) : null);
    }
    case 'confirm': {
      const r = await confirmTriage({ ctx: sctx, input: { item: cmd.item, category: cmd.category } });
      return r.result.kind === 'opened' ? it.triageConfirmedOk(r.ref, r.result.ticket.id) : it.triageConfirmedDuplicate(r.ref, r.result.ticket.id);
    }
    case 'dismiss':
      return it.triageDismissedOk((await dismissTriage({ ctx: sctx, input: { item: cmd.item } })).ref);
    case 'usage':
      return t.usage(cmd.of);
    case 'unknown':
      return t.unknownCommand(cmd.word);
  }
}

/**
 * Residents: `#12 进度` / `查询 12` / `进度 12` ask for status; `帮助` gets the
 * resident help; worker verbs with a number are refused politely. Bare words
 * like 我的/待办 are ordinary chat for residents and pass on.
 */
function residentCommand(ctx: BotContext, cmd: Command, next: () => Promise<void>) {
  // An unknown "/word" from a resident is ordinary text to them: intake and the fallback decide.
  if (cmd.verb === 'unknown') return next();
  const ticket = 'ticket' in cmd ? (cmd.ticket ?? null) : null;
  // "进度 12" without a note parses as the note verb's usage; from a resident it is a status question.
  const asksStatus = cmd.verb === 'status' || cmd.verb === 'show' || (cmd.verb === 'usage' && cmd.of === 'note');
  if (asksStatus && ticket && ctx.actor) {
    const sctx = serviceCtx(ctx, ctx.actor);
    return ctx.tx(async () => {
      let text: string;
      try {
        text = await ticketStatusText(sctx, ticket);
      } catch (err) {
        text = explain(err);
      }
      await ctx.reply(text, { mentionSender: true });
    }, 'status');
  }
  if (cmd.verb === 'help' && (ctx.isDirect || ctx.addressedToBot || ctx.group?.kind === 'building')) {
    return ctx.tx(() => ctx.reply(t.residentHelp(), { mentionSender: true }), 'resident-help');
  }
  // 立单/忽略/改类 are everyday words ("忽略吧"): from a resident they are chat, not a refused command.
  if (cmd.verb === 'confirm' || cmd.verb === 'dismiss' || (cmd.verb === 'usage' && INTAKE_TOPICS.includes(cmd.of))) return next();
  if (ticket !== null || cmd.verb === 'usage') {
    return ctx.tx(() => ctx.reply(t.residentCannot(), { mentionSender: true }), 'cmd-refused-resident');
  }
  return next();
}
