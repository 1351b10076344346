import type { Middleware } from '../bot/composer';
import type { BotContext } from '../bot/context';
import { parseCommand } from '../core/commands';
import { isStaff } from '../core/permissions';
import { bindDepartmentGroup, departmentByGroup, departmentByName, departmentByWecomUser, allDepartments } from '../store/repos/departments';
import { departmentAnswer } from '../services/sla/departments';
import { DepartmentRefused } from '../services/sla/errors';
import { departmentRefusal } from './sla-commands';
import * as s from '../templates/sla';

const BIND_DEPT = /^\s*(?:绑定|綁定|\/bind)\s*部门\s*(\S.*)?$/i;

/**
 * 社区吹哨、部门报到, before the group guards (a department's group is not a
 * building or workers' group, and its people are not in the roster):
 * - `绑定 部门 物业` from staff in a group binds it to that department;
 * - `进度 12 …` / `办结 12 …` in a department's group, or directly from one of
 *   its WeCom contacts, is that department's answer. Everything else said in
 *   a department group is left alone.
 */
export const departmentMessages: Middleware<BotContext> = async (ctx, next) => {
  const bind = BIND_DEPT.exec(ctx.msg.text);
  if (bind && ctx.group && !ctx.isDirect && ctx.actor && isStaff(ctx.actor.role)) {
    const name = (bind[1] ?? '').trim();
    const group = ctx.group;
    return ctx.tx(async () => {
      const d = name ? await departmentByName(ctx.db, name) : undefined;
      if (!d) return ctx.reply(s.deptUnknown(name, (await allDepartments(ctx.db)).map((x) => x.name)));
      await bindDepartmentGroup(ctx.db, d.id, group.id);
      await ctx.reply(s.deptBound(group.topic, d.name));
    }, 'bound-department');
  }

  const dept =
    !ctx.isDirect && ctx.group
      ? await departmentByGroup(ctx.db, ctx.group.id)
      : ctx.msg.channel === 'wecom' && !ctx.actor
        ? await departmentByWecomUser(ctx.db, ctx.msg.senderId)
        : undefined;
  if (!dept) return next();
  const cmd = parseCommand(ctx.msg.text);
  if (!cmd || (cmd.verb !== 'note' && cmd.verb !== 'done')) {
    // Staff in a department group keep their usual commands; the department's own chatter is not for the bot.
    if (ctx.actor && isStaff(ctx.actor.role)) return next();
    ctx.outcome = 'department-chatter';
    return;
  }
  const deps = { store: ctx.deps.store, now: ctx.deps.now, channels: new Set(ctx.deps.channels.keys()) };
  return ctx.tx(async () => {
    let text: string;
    try {
      await departmentAnswer(deps, dept, cmd.ticket, cmd.verb === 'done' ? 'done' : 'note', cmd.text, ctx.msg.senderName);
      text = cmd.verb === 'done' ? s.deptDoneOk(cmd.ticket) : s.deptNotedOk(cmd.ticket);
      ctx.outcome = `department:${cmd.verb}`;
    } catch (err) {
      if (!(err instanceof DepartmentRefused)) throw err;
      text = departmentRefusal(err);
      ctx.outcome = `department:${cmd.verb}:refused`;
    }
    await ctx.reply(text, { mentionSender: true });
  });
};
