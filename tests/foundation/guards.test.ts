import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { compose, Composer, type Middleware } from '../../src/bot/composer';
import { BotContext, type BotDeps } from '../../src/bot/context';
import { BotRuntime } from '../../src/bot/runtime';
import { errorBoundary } from '../../src/handlers/error-boundary';
import { detectMention, dropOwnMessages, dropStaleMessages, STALE_AFTER_MS } from '../../src/handlers/guards';
import { identify } from '../../src/handlers/identify';
import { silentLogger } from '../../src/logger';
import { first, openStore } from '../../src/store/db';
import { inbox, outbox } from '../../src/store/schema';
import { createGroup } from '../../src/store/repos/groups';
import { inbound, startTestBot, type SimPerson, type TestBot } from '../helpers/app';

let t: TestBot;
let zhang: SimPerson; // grid worker, grid 1
let liu: SimPerson; // resident of building 1

beforeEach(async () => {
  // In memory for speed; the one restart test starts its own file-backed bot.
  t = await startTestBot({ dbPath: ':memory:' });
  zhang = await t.personNamed('张丽');
  liu = await t.personNamed('刘阿姨');
});
afterEach(async () => {
  await t.stop();
});

const inboxRow = async (bot: TestBot, messageId: string) =>
  first(await bot.bot.store.db.select().from(inbox).where(eq(inbox.messageId, messageId)));
const outboxCount = async (bot: TestBot) => (await bot.bot.store.db.select().from(outbox)).length;

/** A direct message always gets the help reply unless a guard drops it: a visible probe. */
async function acceptDirect(overrides: Parameters<typeof inbound>[0]): Promise<{ messageId: string; replies: string[] }> {
  const msg = inbound({ senderId: liu.id, senderName: liu.name, groupId: null, ...overrides });
  await t.bot.runtime.accept(msg);
  await t.bot.settle();
  return { messageId: msg.messageId, replies: await t.directTexts(liu.id) };
}

describe('own messages', () => {
  it('drops what the bot itself sent (Wechaty echoes it back)', async () => {
    const own = await acceptDirect({ fromSelf: true });
    expect(own.replies).toEqual([]);
    expect(await outboxCount(t)).toBe(0);
    expect(await inboxRow(t, own.messageId)).toMatchObject({ status: 'done', outcome: 'own-message' });

    // The same message not from the bot is answered: the probe works.
    const theirs = await acceptDirect({ fromSelf: false });
    expect(theirs.replies).toHaveLength(1);
  });
});

describe('stale messages', () => {
  it('drops a message sent more than 2 minutes before it was received', async () => {
    const msg = inbound({ senderId: liu.id, groupId: null, sentAt: new Date(Date.now() - STALE_AFTER_MS - 5_000) });
    await t.bot.runtime.accept(msg);
    await t.bot.settle();
    expect(await t.directTexts(liu.id)).toEqual([]);
    expect(await inboxRow(t, msg.messageId)).toMatchObject({ status: 'done', outcome: 'stale' });
  });

  it('handles a message sent just under 2 minutes before', async () => {
    const { replies } = await acceptDirect({ sentAt: new Date(Date.now() - STALE_AFTER_MS + 5_000) });
    expect(replies).toHaveLength(1);
  });

  it('compares with the time of receipt, not the time of handling', async () => {
    // Unit check on the guard: received 1 h ago, sent 10 s before that: not stale.
    const store = await openStore(':memory:');
    try {
      const deps = depsFor(store);
      const hourAgo = new Date(Date.now() - 3_600_000);
      const ctx = new BotContext(inbound({ sentAt: new Date(hourAgo.getTime() - 10_000) }), 1, hourAgo, deps);
      let reached = false;
      await compose<BotContext>([dropStaleMessages, () => void (reached = true)])(ctx, async () => {});
      expect(reached).toBe(true);
      const old = new BotContext(inbound({ sentAt: new Date(hourAgo.getTime() - 3 * 60_000) }), 2, hourAgo, deps);
      reached = false;
      await compose<BotContext>([dropStaleMessages, () => void (reached = true)])(old, async () => {});
      expect(reached).toBe(false);
      expect(old.outcome).toBe('stale');
    } finally {
      await store.close();
    }
  });
});

describe('duplicates', () => {
  it('handles one message id once', async () => {
    const msg = inbound({ senderId: liu.id, groupId: null });
    expect(await t.bot.runtime.accept(msg)).toEqual(expect.any(Number));
    expect(await t.bot.runtime.accept({ ...msg })).toBeNull();
    await t.bot.settle();
    expect(await t.bot.runtime.accept({ ...msg, text: '又一条' })).toBeNull();
    await t.bot.settle();
    expect(await t.directTexts(liu.id)).toHaveLength(1);
  });

  it('remembers message ids across a restart (new gridbot, same file)', async () => {
    await t.stop();
    t = await startTestBot();
    const msg = inbound({ senderId: liu.id, groupId: null });
    await t.bot.runtime.accept(msg);
    await t.bot.settle();
    expect(await outboxCount(t)).toBe(1);

    t = await t.restart();
    expect(await t.bot.runtime.accept({ ...msg, sentAt: new Date() })).toBeNull();
    await t.bot.settle();
    expect(await t.directTexts(liu.id)).toEqual([]);
    expect(await outboxCount(t)).toBe(1);
    // A new id from the same person is still handled.
    await t.bot.runtime.accept(inbound({ senderId: liu.id, groupId: null }));
    await t.bot.settle();
    expect(await t.directTexts(liu.id)).toHaveLength(1);
  });
});

describe('@bot-name fallback', () => {
  async function afterDetect(msg: ReturnType<typeof inbound>, botNames = ['网格小助手']): Promise<BotContext> {
    const store = await openStore(':memory:');
    try {
      const ctx = new BotContext(msg, 1, new Date(), { ...depsFor(store), botNames });
      await compose<BotContext>([detectMention])(ctx, async () => {});
      return ctx;
    } finally {
      await store.close();
    }
  }

  it.each([
    ['@网格小助手 3号楼电梯坏了', '3号楼电梯坏了'],
    ['＠网格小助手\u2005你好', '你好'],
    ['请问@网格小助手 社区几点上班', '请问 社区几点上班'],
    ['@网格小助手', ''],
  ])('sets addressedToBot and strips the name in %j', async (text, stripped) => {
    const ctx = await afterDetect(inbound({ groupId: 'g1', text, mentionsBot: false }));
    expect(ctx.addressedToBot).toBe(true);
    expect(ctx.msg.text).toBe(stripped);
  });

  it('leaves group messages without a mention alone', async () => {
    const ctx = await afterDetect(inbound({ groupId: 'g1', text: '网格小助手真好用 @张丽' }));
    expect(ctx.addressedToBot).toBe(false);
    expect(ctx.msg.text).toBe('网格小助手真好用 @张丽');
  });

  it('trusts the platform flag and direct chats', async () => {
    expect((await afterDetect(inbound({ groupId: 'g1', text: '你好', mentionsBot: true }))).addressedToBot).toBe(true);
    expect((await afterDetect(inbound({ groupId: null, text: '你好' }))).addressedToBot).toBe(true);
  });

  it('treats the bot name literally (no regex injection)', async () => {
    const ctx = await afterDetect(inbound({ groupId: 'g1', text: '@小助手(测试) 你好' }), ['小助手(测试)']);
    expect(ctx.addressedToBot).toBe(true);
    expect(ctx.msg.text).toBe('你好');
    expect((await afterDetect(inbound({ groupId: 'g1', text: '@小助手测试 你好' }), ['小助手(测试)'])).addressedToBot).toBe(false);
  });

  it('end to end: "@网格小助手 绑定 3号楼" from a puppet without mentionSelf still binds', async () => {
    const group = await createGroup(t.bot.store.db, { channel: 'simulator', externalId: 'sim-new', topic: '新建群', kind: 'unbound' });
    await t.bot.runtime.accept(inbound({ groupId: group.externalId, senderId: zhang.id, senderName: zhang.name, text: '@网格小助手 绑定 3号楼', mentionsBot: false }));
    await t.bot.settle();
    expect(await t.groupTexts('sim-new')).toEqual([expect.stringContaining('3号楼')]);
    expect((await t.groups()).find((g) => g.id === 'sim-new')).toMatchObject({ kind: 'building', building: '3' });
  });
});

describe('error boundary', () => {
  const boom: Middleware<BotContext> = async (ctx) => {
    if (ctx.msg.text.includes('boom')) throw new Error('boom: TypeError at handler (/app/src/secret.ts:12:3)');
    await ctx.tx(() => ctx.reply('收到'), 'ok');
  };

  /** The real boundary and guards in front of a handler that throws, on the test bot's store and channels. */
  function runtimeWith(...chain: Middleware<BotContext>[]): BotRuntime {
    const deps: BotDeps = { ...depsFor(t.bot.store), channels: t.bot.channels, kickOutbox: () => t.bot.sender.kick() };
    return new BotRuntime(deps, new Composer<BotContext>().use(...chain));
  }

  it('answers a failure with a short Chinese apology, marks the message failed, and goes on', async () => {
    const runtime = runtimeWith(errorBoundary, dropOwnMessages, identify, detectMention, boom);
    const msg = inbound({ groupId: 'sim-b1', senderId: liu.id, senderName: liu.name, text: 'boom 3号楼漏水' });
    await runtime.accept(msg);
    await runtime.whenIdle();
    await t.bot.settle();

    const replies = await t.groupTexts('sim-b1');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/抱歉/);
    expect(replies[0]).not.toMatch(/boom|Error|secret|\.ts|at /);
    expect(await inboxRow(t, msg.messageId)).toMatchObject({ status: 'failed', outcome: 'error' });

    // The process did not crash: the next message is handled normally, by both runtimes.
    await runtime.accept(inbound({ groupId: 'sim-b1', senderId: liu.id, senderName: liu.name, text: '你好' }));
    await runtime.whenIdle();
    await t.bot.settle();
    expect(await t.groupTexts('sim-b1')).toEqual([replies[0], '收到']);
    await t.dm(liu.id, '你好');
    expect(await t.directTexts(liu.id)).toHaveLength(1);
  });

  it('stays silent in an unbound group unless addressed, but still records the failure', async () => {
    await createGroup(t.bot.store.db, { channel: 'simulator', externalId: 'sim-x', topic: '陌生群', kind: 'unbound' });
    const runtime = runtimeWith(errorBoundary, identify, detectMention, boom);
    const quiet = inbound({ groupId: 'sim-x', senderId: liu.id, text: 'boom' });
    await runtime.accept(quiet);
    await runtime.whenIdle();
    await t.bot.settle();
    expect(await t.groupTexts('sim-x')).toEqual([]);
    expect(await inboxRow(t, quiet.messageId)).toMatchObject({ status: 'failed' });

    await runtime.accept(inbound({ groupId: 'sim-x', senderId: liu.id, text: '@网格小助手 boom' }));
    await runtime.whenIdle();
    await t.bot.settle();
    expect(await t.groupTexts('sim-x')).toEqual([expect.stringMatching(/抱歉/)]);
  });

  it('the runtime survives a throw even without the boundary', async () => {
    const runtime = runtimeWith(boom);
    await runtime.accept(inbound({ senderId: liu.id, text: 'boom' }));
    const ok = inbound({ senderId: liu.id, text: '你好' });
    await runtime.accept(ok);
    await expect(runtime.whenIdle()).resolves.toBeUndefined();
    await t.bot.settle();
    expect(await inboxRow(t, ok.messageId)).toMatchObject({ status: 'done', outcome: 'ok' });
    expect(await t.directTexts(liu.id)).toEqual(['收到']);
  });
});

function depsFor(store: BotDeps['store']): BotDeps {
  return {
    store,
    logger: silentLogger(),
    now: () => new Date(),
    channels: new Map(),
    botNames: ['网格小助手'],
    kickOutbox: () => {},
  };
}
