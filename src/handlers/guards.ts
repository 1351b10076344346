import { claimGroupAccount } from '../store/repos/groups';
import type { Middleware } from '../bot/composer';
import type { BotContext } from '../bot/context';

/** Wechaty echoes the bot's own messages back: never handle them. */
export const dropOwnMessages: Middleware<BotContext> = (ctx, next) => {
  if (ctx.msg.fromSelf) {
    ctx.outcome = 'own-message';
    return;
  }
  return next();
};

export const STALE_AFTER_MS = 2 * 60_000;

/**
 * After a re-login a puppet replays old messages. Compared with the time we
 * accepted the message (not "now"), so a message recorded before a crash and
 * handled after the restart is not mistaken for a replay.
 */
export const dropStaleMessages: Middleware<BotContext> = (ctx, next) => {
  // A channel that never replays has no old messages to drop; its "sent"
  // times come from another clock that may be minutes off ours.
  if (ctx.deps.channels.get(ctx.msg.channel)?.replaysHistory === false) return next();
  if (ctx.receivedAt.getTime() - ctx.msg.sentAt.getTime() > STALE_AFTER_MS) {
    ctx.outcome = 'stale';
    return;
  }
  return next();
};

/**
 * Some puppets report mentionSelf() unreliably: also accept "@<bot name>" in
 * the text, and strip it so later handlers see the plain request.
 */
export const detectMention: Middleware<BotContext> = (ctx, next) => {
  if (ctx.isDirect || ctx.msg.mentionsBot) ctx.addressedToBot = true;
  for (const name of ctx.deps.botNames) {
    const at = new RegExp(`[@＠]${escapeRegExp(name)}[\\s\\u2005]*`, 'g');
    if (at.test(ctx.msg.text)) {
      ctx.addressedToBot = true;
      ctx.msg.text = ctx.msg.text.replace(at, ' ').trim();
    }
  }
  return next();
};

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Several processes (bot accounts) on one store: a group belongs to the
 * account that sits in it, and only that account's process handles it (and
 * sends to it). The first account to hear from a group takes it; a group
 * whose account is no longer running (or a store from one process under
 * another name) is taken over. Runs right after identify.
 */
export const requireOwnAccount: Middleware<BotContext> = async (ctx, next) => {
  const group = ctx.group;
  const me = ctx.deps.instance ?? 'main';
  if (group && group.account !== me) {
    if (group.account && ctx.deps.livePeers?.().has(group.account)) {
      ctx.outcome = 'other-account';
      return;
    }
    if (!(await claimGroupAccount(ctx.db, group.id, me, group.account))) {
      ctx.outcome = 'other-account'; // another process took it this very moment
      return;
    }
    ctx.group = { ...group, account: me };
  }
  return next();
};

/** Direct chats from people we do not know, and unbound groups, get nothing more than binding. */
export const requireKnownGroup: Middleware<BotContext> = (ctx, next) => {
  if (!ctx.isDirect && (!ctx.group || ctx.group.kind === 'unbound')) {
    ctx.outcome = 'unbound-group';
    return;
  }
  return next();
};
