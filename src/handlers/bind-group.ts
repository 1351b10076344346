import type { Middleware } from '../bot/composer';
import type { BotContext } from '../bot/context';
import { buildingByName, buildingsOfCommunity, allCommunities } from '../store/repos/area';
import { bindGroup } from '../store/repos/groups';
import * as t from '../templates/common';
import { normalizeBuildingName } from '../core/building-name';
import { chatText } from '../core/chat-text';

const BIND = /^\s*(?:绑定|綁定|\/bind)\s*(.*)$/i;
const STAFF = new Set(['grid_worker', 'grid_leader', 'office']);
const WORKERS = /工作群|网格群|workers?/i;
/** What a building argument looks like: "3号楼", "三栋", "B座", "12#". */
const BUILDING_ARG = /^[0-9０-９零〇一二两三四五六七八九十百A-Za-zＡ-Ｚａ-ｚ]{1,4}\s*(?:号楼|號樓|栋|棟|幢|座|号|號|#|楼|樓)?$/;

/** `绑定 3号楼` / `绑定 工作群` typed in a group ties that group to a building or makes it the workers' group. */
export const bindGroupCommand: Middleware<BotContext> = async (ctx, next) => {
  // In chat-text form, as every command: 綁定 工作羣 / 绑定 ３号楼 mean what their plain forms mean.
  const m = BIND.exec(chatText(ctx.msg.text));
  if (!m) return next();
  const arg = (m[1] ?? '').trim();
  const isStaff = !!ctx.actor && STAFF.has(ctx.actor.role);
  // "绑定社保卡需要带什么" from a resident is a question for later handlers, not a command to refuse.
  if (!isStaff && arg && !WORKERS.test(arg) && !BUILDING_ARG.test(arg)) return next();
  ctx.outcome = 'bind';
  if (ctx.isDirect || !ctx.group) return ctx.tx(() => ctx.reply(t.bindOnlyInGroup()), 'bind-refused');
  if (!ctx.actor || !isStaff) return ctx.tx(() => ctx.reply(t.bindNotAllowed()), 'bind-refused');

  const group = ctx.group;
  const communityId = ctx.actor.communityId ?? (await allCommunities(ctx.db))[0]?.id ?? null;
  if (!arg || communityId == null) return ctx.tx(() => ctx.reply(t.bindUsage()), 'bind-refused');

  if (WORKERS.test(arg)) {
    return ctx.tx(async () => {
      await bindGroup(ctx.db, group.id, { kind: 'workers', buildingId: null, communityId });
      await ctx.reply(t.boundToWorkers(group.topic));
    }, 'bound-workers');
  }
  const name = normalizeBuildingName(arg);
  const building = name ? await buildingByName(ctx.db, communityId, name) : undefined;
  if (!building) {
    const known = (await buildingsOfCommunity(ctx.db, communityId)).map((b) => b.name);
    // The template adds 号楼 itself: pass the bare name ("9"), not what was typed ("9号楼").
    return ctx.tx(() => ctx.reply(t.bindUnknownBuilding(name ?? arg, known)), 'bind-refused');
  }
  return ctx.tx(async () => {
    await bindGroup(ctx.db, group.id, { kind: 'building', buildingId: building.id, communityId });
    await ctx.reply(t.boundToBuilding(group.topic, building.name));
  }, 'bound-building');
};
