import type { Middleware } from '../bot/composer';
import type { BotContext } from '../bot/context';
import { parseSlaCommand, type SlaCommand } from '../core/sla/commands';
import { isStaff } from '../core/permissions';
import type { ServiceCtx } from '../services/context';
import { requestExtension } from '../services/sla/request-extension';
import { decideExtension } from '../services/sla/decide-extension';
import { DepartmentRefused, ExtensionRefused } from '../services/sla/errors';
import { handToDepartment } from '../services/sla/departments';
import { explain, serviceCtx } from './service-ctx';
import { handlerName, residentCannot } from '../templates/tickets';
import * as s from '../templates/sla';

/**
 * 延期 12 3天 原因 / 同意延期 12 / 不同意延期 12 — staff only, anywhere the
 * ticket commands work. Runs before the ticket commands (their verbs never
 * start with 延期/同意/不同意, so nothing is taken from them).
 */
export const slaCommands: Middleware<BotContext> = async (ctx, next) => {
  const cmd = parseSlaCommand(ctx.msg.text);
  if (!cmd) return next();
  const actor = ctx.actor;
  if (!actor || !isStaff(actor.role)) {
    if (cmd.verb === 'sla_usage' || cmd.verb === 'dept_usage') return next();
    return ctx.tx(() => ctx.reply(residentCannot(), { mentionSender: true }), 'cmd-refused-resident');
  }
  const sctx = serviceCtx(ctx, actor);
  return ctx.tx(async () => {
    let text: string;
    try {
      text = await run(sctx, cmd);
      ctx.outcome = `cmd:${cmd.verb}`;
    } catch (err) {
      text =
        err instanceof ExtensionRefused
          ? s.EXTENSION_ERRORS[err.code]!(err.ticketId, err.maxDays)
          : err instanceof DepartmentRefused
            ? departmentRefusal(err)
            : explain(err);
      ctx.outcome = `cmd:${cmd.verb}:refused`;
    }
    await ctx.reply(text, { mentionSender: true });
  });
};

async function run(sctx: ServiceCtx, cmd: SlaCommand): Promise<string> {
  switch (cmd.verb) {
    case 'extend': {
      const r = await requestExtension({ ctx: sctx, input: { ticketId: cmd.ticket, days: cmd.days, reason: cmd.reason } });
      return s.extensionRequestedOk(cmd.ticket, cmd.days, r.decider ? handlerName(r.decider.name, r.decider.role) : null);
    }
    case 'approve_extension': {
      const r = await decideExtension({ ctx: sctx, input: { ticketId: cmd.ticket, approve: true } });
      return s.extensionApprovedOk(cmd.ticket, r.resolveDueAt!);
    }
    case 'refuse_extension':
      await decideExtension({ ctx: sctx, input: { ticketId: cmd.ticket, approve: false } });
      return s.extensionRefusedOk(cmd.ticket);
    case 'to_department': {
      const r = await handToDepartment({ ctx: sctx, input: { ticketId: cmd.ticket, department: cmd.department, note: cmd.note } });
      return s.deptHandedOk(cmd.ticket, r.department.name, r.due, r.reached > 0);
    }
    case 'dept_usage':
      return s.deptUsage();
    case 'sla_usage':
      return s.extensionUsage();
  }
}

export function departmentRefusal(err: DepartmentRefused): string {
  if (err.code === 'dept_unknown') return s.deptUnknown(err.department, err.known);
  if (err.code === 'dept_not_active') return s.deptNotActive(err.ticketId);
  return s.deptNotTheirs(err.ticketId, err.department);
}
