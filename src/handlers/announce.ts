import type { Middleware } from '../bot/composer';
import type { BotContext } from '../bot/context';
import {
  AnnouncementError,
  cancelDraft,
  confirmDraft,
  draftAnnouncement,
  DRAFT_TTL_MS,
  mayPost,
  type Actor,
  type AnnouncementDeps,
  type DraftKey,
} from '../services/announcements';
import { closeDraft, pendingDraft } from '../store/repos/announcements';
import { allCommunities, gridsOfCommunity } from '../store/repos/area';
import { normalizeBuildingName } from '../core/building-name';
import { chatText } from '../core/chat-text';
import * as t from '../templates/announcements';

const NOTICE = /^\s*(定时通知|通知)[\s:：]+([\s\S]+)$/;
const CONFIRM = /^\s*(确认|確認|确定|確定)[。.!！]?\s*$/;
const CANCEL = /^\s*(取消)[。.!！]?\s*$/;
const BARE_NOTICE = /^\s*(定时通知|通知)[\s:：。.!！]*$/;
const DATETIME = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*(\d{1,2})[:：点時时](\d{2})?分?/;

/** A target word ends at a space, a list separator, a colon or the end. */
const END = '(?=[\\s、，,：:]|$)';
const ALL = new RegExp(`^(全体|全部|所有楼栋|全小区|全社区)${END}`);
const WORKERS = new RegExp(`^(网格工作群|工作群)${END}`);
const GRID = new RegExp(`^(第[一二三四五六七八九十\\d]+网格)${END}`);
const BUILDING_NO = '(?:\\d+|[０-９]+|[一二三四五六七八九十百两]+|[A-Za-z])';
const BUILDINGS = new RegExp(`^(${BUILDING_NO}(?:[、，,和及]${BUILDING_NO})*)(?:号楼|號樓|栋|棟|幢|座|#)${END}`);

/**
 * Office staff and grid leaders post notices from the workers' group or a
 * direct chat: `通知 3号楼 4号楼 明天9:00-17:00停水` or
 * `定时通知 2026-12-01 09:00 全体 …`. The bot answers with the exact text and
 * the targets and sends nothing before `确认` (the draft is kept in the store,
 * so a restart in between loses nothing). Building groups are left alone: a
 * resident saying "通知" there is just talking.
 */
export const announceCommand: Middleware<BotContext> = async (ctx, next) => {
  if (!ctx.isDirect && ctx.group?.kind !== 'workers') return next();
  // Matched in the form all chat text is (全體 is 全体, ３号楼 is 3号楼); the notice itself goes out as typed.
  const typed = ctx.msg.text;
  const text = chatText(typed);
  const m = NOTICE.exec(text);
  if (m) return handleNotice(ctx, m[1] === '定时通知', m[2]!, asTyped(typed, text, m[2]!));
  // A bare 通知 from someone who may post: show how, rather than the generic greeting.
  if (BARE_NOTICE.test(text) && ctx.actor && mayPost(actorOf(ctx)!)) {
    return ctx.tx(() => ctx.reply(t.announceUsage()), 'announce-usage');
  }
  if (CONFIRM.test(text) || CANCEL.test(text)) {
    // Only when this person has a draft here: otherwise the words belong to someone else's flow.
    const actor = ctx.actor;
    if (!actor) return next();
    const key = draftKey(ctx);
    const draft = await pendingDraft(ctx.db, key.channel, key.chatKey, actor.id);
    if (!draft) {
      // 确认 with nothing waiting, from someone who posts notices, in a direct chat: say so.
      if (ctx.isDirect && mayPost(actorOf(ctx)!)) return ctx.tx(() => ctx.reply(t.announceNothingPending()), 'announce-none');
      return next();
    }
    ctx.outcome = 'announce';
    if (CANCEL.test(text)) return run(ctx, 'announce-cancelled', async () => {
      await cancelDraft(depsOf(ctx), actorOf(ctx)!, key);
      await ctx.reply(t.announceDraftCancelled());
    });
    if (draft.expiresAt.getTime() < ctx.now().getTime()) {
      return ctx.tx(async () => {
        await closeDraft(ctx.db, draft.id, 'expired');
        await ctx.reply(t.announcementErrorText(new AnnouncementError('draft_expired')));
      }, 'announce-expired');
    }
    return run(ctx, 'announce-confirmed', async () => {
      const { announcement, groups } = await confirmDraft(depsOf(ctx), actorOf(ctx)!, key);
      await ctx.reply(
        announcement.status === 'scheduled' && announcement.nextRunAt
          ? t.announceScheduled(announcement.id, announcement.nextRunAt)
          : t.announceSent(announcement.id, groups),
      );
    });
  }
  return next();
};

async function handleNotice(ctx: BotContext, scheduled: boolean, args: string, typedArgs: (part: string) => string): Promise<void> {
  ctx.outcome = 'announce';
  const actor = actorOf(ctx);
  if (!actor || !mayPost(actor)) return ctx.tx(() => ctx.reply(t.announceNotAllowed()), 'announce-refused');

  let rest = args.trim();
  let sendAt: string | undefined;
  if (scheduled) {
    const d = DATETIME.exec(rest);
    if (!d) return ctx.tx(() => ctx.reply(t.announceBadTime(rest.split(/\s+/).slice(0, 2).join(' '))), 'announce-refused');
    const [, y, mo, day, h, mi] = d;
    sendAt = `${y}-${pad(mo!)}-${pad(day!)}T${pad(h!)}:${pad(mi ?? '0')}:00+08:00`;
    rest = rest.slice(d[0].length);
  }
  const parsed = await parseTargets(ctx, rest);
  if (!parsed.any || !parsed.text) return ctx.tx(() => ctx.reply(t.announceUsage()), 'announce-refused');

  const input: Record<string, unknown> = { text: typedArgs(parsed.text), targets: parsed.targets, ...(sendAt ? { sendAt } : {}) };
  return run(ctx, 'announce-draft', async () => {
    const { prepared } = await draftAnnouncement(depsOf(ctx), actor, draftKey(ctx), input);
    await ctx.reply(
      t.announcePreview({
        text: prepared.renderedText,
        targets: prepared.targetLabels,
        groupCount: prepared.groups.length,
        unreachable: prepared.unreachable,
        community: await communityLabel(ctx, prepared.communityId),
        sendAt: prepared.sendAt && prepared.sendAt > ctx.now() ? prepared.sendAt : null,
        minutes: Math.round(DRAFT_TTL_MS / 60_000),
        maskedNumbers: prepared.maskedNumbers,
      }),
    );
  });
}

/** Runs a step in the message's transaction; a domain error becomes a Chinese reply instead. */
async function run(ctx: BotContext, outcome: string, fn: () => Promise<void>): Promise<void> {
  try {
    await ctx.tx(fn, outcome);
  } catch (err) {
    if (!(err instanceof AnnouncementError)) throw err;
    // In chat, a bad time is "the time you typed", not an API field in ISO-8601 terms.
    const text = err.code === 'bad_time' ? t.announceBadTime(chatTime(String(err.details.value ?? ''))) : t.announcementErrorText(err);
    await ctx.tx(() => ctx.reply(text), `${outcome}-refused`);
  }
}

interface ParsedTargets {
  targets: { all?: boolean; grids?: string[]; buildings?: string[]; includeWorkers?: boolean };
  any: boolean;
  text: string;
}

/** Peels target words off the front of the message; what is left is the notice text. */
async function parseTargets(ctx: BotContext, input: string): Promise<ParsedTargets> {
  const communityId = ctx.actor?.communityId ?? null;
  const gridNames = communityId != null ? (await gridsOfCommunity(ctx.db, communityId)).map((g) => g.name) : [];
  const targets: ParsedTargets['targets'] = {};
  const grids: string[] = [];
  const buildings: string[] = [];
  let rest = input;
  for (;;) {
    rest = rest.replace(/^[\s、，,]+/, '');
    let m: RegExpExecArray | null;
    const grid = gridNames.find((n) => new RegExp(`^${escape(n)}${END}`).test(rest));
    if ((m = ALL.exec(rest))) targets.all = true;
    else if ((m = WORKERS.exec(rest))) targets.includeWorkers = true;
    else if (grid) {
      grids.push(grid);
      rest = rest.slice(grid.length);
      continue;
    } else if ((m = GRID.exec(rest))) grids.push(m[1]!);
    else if ((m = BUILDINGS.exec(rest))) {
      for (const no of m[1]!.split(/[、，,和及]/)) buildings.push(normalizeBuildingName(no) ?? no);
    } else break;
    rest = rest.slice(m[0].length);
  }
  if (grids.length) targets.grids = grids;
  if (buildings.length) targets.buildings = buildings;
  const any = !!(targets.all || grids.length || buildings.length || targets.includeWorkers);
  return { targets, any, text: rest.replace(/^[\s：:]+/, '').trim() };
}

function actorOf(ctx: BotContext): Actor | null {
  const p = ctx.actor;
  if (!p) return null;
  // personId: a grid leader's grids come from staff_grids of this person.
  return { kind: 'person', id: p.id, name: p.name, role: p.role, communityId: p.communityId, personId: p.id };
}

function depsOf(ctx: BotContext): AnnouncementDeps {
  return { store: ctx.deps.store, now: ctx.deps.now, channels: () => [...ctx.deps.channels.keys()] };
}

function draftKey(ctx: BotContext): DraftKey {
  return { channel: ctx.msg.channel, chatKey: ctx.isDirect ? `dm:${ctx.msg.senderId}` : ctx.msg.groupId! };
}

/**
 * The typed form of a tail of the normalised text: normalising keeps one
 * character for one almost always, and then the positions agree; otherwise
 * the normalised form is used.
 */
function asTyped(typed: string, normal: string, normalArgs: string): (part: string) => string {
  const argsAt = normal.length - normalArgs.length;
  return (part) => {
    if (typed.length !== normal.length) return part;
    const at = normal.lastIndexOf(part);
    return at >= argsAt ? typed.slice(at, at + part.length) : part;
  };
}

const pad = (s: string) => s.padStart(2, '0');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "2026-13-01T09:00:00+08:00" (built from what was typed) → "2026-13-01 09:00" for the reply. */
function chatTime(iso: string): string {
  return iso.replace('T', ' ').replace(/:00\+08:00$/, '');
}

/** The community's name when there are several (with one, naming it adds nothing). */
async function communityLabel(ctx: BotContext, communityId: number): Promise<string | null> {
  const all = await allCommunities(ctx.db);
  return all.length > 1 ? (all.find((c) => c.id === communityId)?.name ?? null) : null;
}
