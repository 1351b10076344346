import type { Middleware } from '../bot/composer';
import type { BotContext } from '../bot/context';
import { chatText } from '../core/chat-text';
import { isStaff } from '../core/permissions';
import { parseDeadline } from '../core/collections/deadline';
import { parseReply } from '../core/collections/reply';
import { looksLikeStart, parseStartCommand } from '../core/collections/start-command';
import { normalizeBuildingName } from '../core/building-name';
import { addBuildingLead, buildingsLedBy, collectionsOfGroup, hasPersonEvent, insertCollectionEvent } from '../store/repos/collections';
import { buildingById } from '../store/repos/area';
import { peopleNamed } from '../store/repos/people';
import {
  closeCollection,
  CollectionError,
  compiledSpecOf,
  createCollection,
  recordReply,
  type CollectionDeps,
} from '../services/collections';
import type { Actor } from '../services/announcements';
import type { AnnouncementTargets } from '../store/schema';
import * as t from '../templates/collections';

/** Late answers are told "已截止" for this long after a close; later they are ordinary messages again. */
const LATE_WINDOW_MS = 3 * 86_400_000;
const SET_LEAD = /^\s*(?:设|设置|指定)(?:团购长|楼长)\s*@?(\S{1,20})\s*$/;
const CLOSE = /^\s*(?:结束|截止|关闭)(?:接龙|登记)\s*#?(\d+)\s*$/;

function actorOf(ctx: BotContext): Actor | null {
  const a = ctx.actor;
  if (!a) return null;
  return { kind: 'person', id: a.id, name: a.name, role: a.role, communityId: a.communityId, personId: a.id };
}

function depsOf(ctx: BotContext): CollectionDeps {
  return ctx.deps.collections!;
}

function errorText(err: unknown): string {
  if (!(err instanceof CollectionError)) throw err;
  if (err.code === 'not_allowed') return t.collectionNotAllowed();
  return (t.collectionErrorText[err.code] ?? t.collectionErrorText.bad_input!)(err.details);
}

/** 范围：全体 | 3号楼 5号楼 | 第一网格 → the targets of the API. */
function targetsFrom(words: string[]): AnnouncementTargets {
  if (words.some((w) => /^(全体|全部|全小区|全社区)$/.test(w))) return { all: true };
  const grids = words.filter((w) => /网格$/.test(w));
  const buildings = words
    .filter((w) => !/网格$/.test(w))
    .map((w) => normalizeBuildingName(w))
    .filter((b): b is string => !!b);
  return { grids, buildings };
}

/**
 * Starting and closing collections, and naming a building's group-buy lead:
 * staff anywhere they may post, a lead in their own building's group or a
 * direct chat. `接龙 …` without 截止 is a resident's answer: it passes on.
 */
export const collectionCommands: Middleware<BotContext> = async (ctx, next) => {
  if (!ctx.deps.collections || !ctx.actor) return next();
  const text = chatText(ctx.msg.text);
  const actor = ctx.actor;
  const staff = isStaff(actor.role);
  const inBuildingGroup = ctx.group?.kind === 'building';

  const lead = SET_LEAD.exec(text);
  if (lead && staff && inBuildingGroup && ctx.building) {
    const building = ctx.building;
    const found = (await peopleNamed(ctx.db, lead[1]!.replace(/^@/, ''))).filter((p) => p.buildingId === building.id);
    return ctx.tx(async () => {
      if (found.length !== 1) return ctx.reply(t.leadNotFound(lead[1]!));
      await addBuildingLead(ctx.db, building.id, found[0]!.id, ctx.now());
      await ctx.reply(t.leadSet(found[0]!.name, building.name));
    }, 'collection-lead');
  }

  const close = CLOSE.exec(text);
  if (close && (staff || (await buildingsLedBy(ctx.db, actor.id)).length > 0)) {
    return ctx.tx(async () => {
      try {
        await closeCollection(depsOf(ctx), Number(close[1]), { personId: actor.id, reason: 'manual' });
        await ctx.reply(t.collectionClosedByYou(Number(close[1])));
      } catch (err) {
        await ctx.reply(errorText(err));
      }
    }, 'collection-close');
  }

  if (!looksLikeStart(text)) return next();
  const led = staff ? [] : await buildingsLedBy(ctx.db, actor.id);
  if (!staff && led.length === 0) return next(); // a resident's "接龙 … 截止…" is just talk
  if (!ctx.isDirect && !inBuildingGroup && ctx.group?.kind !== 'workers') return next();

  const parsed = parseStartCommand(text);
  if (!parsed.ok) return ctx.tx(() => ctx.reply(`${errorText(new CollectionError(parsed.error))}\n${t.collectionUsage()}`), 'collection-usage');
  const cmd = parsed.command;
  const deadline = parseDeadline(cmd.deadlinePhrase, ctx.now());
  let targets: AnnouncementTargets | 'all' | null = null;
  if (cmd.targets) targets = targetsFrom(cmd.targets);
  else if (inBuildingGroup && ctx.building) targets = { buildings: [ctx.building.name] };
  else if (led.length > 0) {
    const buildings: string[] = [];
    for (const id of led) {
      const name = (await buildingById(ctx.db, id))?.name;
      if (name) buildings.push(name);
    }
    targets = { buildings };
  }

  return ctx.tx(async () => {
    try {
      if (!deadline) throw new CollectionError('bad_deadline', { deadline: cmd.deadlinePhrase });
      if (!targets) throw new CollectionError('no_targets');
      const created = await createCollection(depsOf(ctx), actorOf(ctx)!, {
        kind: cmd.kind,
        title: cmd.title,
        targets,
        deadline: deadline.toISOString(),
        items: cmd.items,
        fields: cmd.fields,
        perHouseholdLimit: cmd.perHouseholdLimit,
        ...(cmd.visible !== null ? { visible: cmd.visible } : {}),
      });
      // In a building group the post itself is the answer; elsewhere say where it went.
      if (!inBuildingGroup || created.unreachable.length > 0) {
        await ctx.reply(
          t.collectionStarted({
            id: created.collection.id,
            title: created.collection.title,
            groups: created.groups,
            deadline: created.collection.deadline,
            unreachable: created.unreachable,
          }),
        );
      }
    } catch (err) {
      await ctx.reply(errorText(err));
    }
  }, 'collection-start');
};

/**
 * A resident's line in a building group while a collection is open there:
 * recorded silently (the batched summary confirms it), asked about at once
 * only when it cannot be understood. Answers are never tickets. After the
 * close, a late answer hears "已截止" once.
 */
export const collectionReplies: Middleware<BotContext> = async (ctx, next) => {
  const deps = ctx.deps.collections;
  const actor = ctx.actor;
  const group = ctx.group;
  if (!deps || !actor || !group || group.kind !== 'building' || isStaff(actor.role)) return next();
  const open = await collectionsOfGroup(ctx.db, group.id, 'open');
  const buildingName = ctx.building?.name ?? null;
  for (const c of open) {
    const parsed = parseReply(ctx.msg.text, compiledSpecOf(c), buildingName);
    if (parsed.type === 'none') continue;
    const handled = await ctx.tx(async () => {
      const out = await recordReply(deps, { collection: c, groupId: group.id, personId: actor.id, parsed });
      switch (out.kind) {
        case 'not_ours':
          return false;
        case 'unreadable':
          await ctx.reply(t.replyUnreadable(c.title, c.kind, c.fields), { mentionSender: true });
          break;
        case 'needs_room':
          await ctx.reply(t.replyNeedsRoom(c.title, c.kind, c.fields), { mentionSender: true });
          break;
        case 'nothing_to_change':
          await ctx.reply(t.replyNothingToChange(c.title), { mentionSender: true });
          break;
        case 'recorded':
          if (out.clamped) await ctx.reply(t.replyOverLimit(out.clamped), { mentionSender: true });
          break;
      }
      ctx.outcome = `collection:${out.kind}`;
      return true;
    });
    if (handled) return;
  }
  const cutoff = ctx.now().getTime() - LATE_WINDOW_MS;
  for (const c of await collectionsOfGroup(ctx.db, group.id, 'closed')) {
    if (!c.closedAt || c.closedAt.getTime() < cutoff) continue;
    const parsed = parseReply(ctx.msg.text, compiledSpecOf(c), buildingName);
    if (parsed.type !== 'entries' && parsed.type !== 'change' && parsed.type !== 'unreadable') continue;
    return ctx.tx(async () => {
      // Told once per person: a second late line is simply not counted.
      if (!(await hasPersonEvent(ctx.db, c.id, 'late', actor.id))) await ctx.reply(t.replyLate(c.title), { mentionSender: true });
      await insertCollectionEvent(ctx.db, { collectionId: c.id, type: 'late', personId: actor.id, at: ctx.now() });
    }, 'collection:late');
  }
  return next();
};
