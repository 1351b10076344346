import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { InboundMessage } from '../../src/bot/channel';
import { Composer } from '../../src/bot/composer';
import type { BotContext, BotDeps } from '../../src/bot/context';
import { BotRuntime } from '../../src/bot/runtime';
import { silentLogger } from '../../src/logger';
import { first, openStore } from '../../src/store/db';
import { recordMessage } from '../../src/bot/inbox-record';
import { inbox, outbox } from '../../src/store/schema';
import { inbound, startTestBot, tempDb, type TestBot } from '../helpers/app';

let t: TestBot | null = null;
let cleanup: (() => void) | null = null;
afterEach(async () => {
  await t?.stop();
  cleanup?.();
  t = null;
  cleanup = null;
});

/** What a crash leaves behind: a row accepted (recorded) but never handled, written as the runtime writes it. */
async function insertAccepted(path: string, msg: InboundMessage, receivedAt: Date): Promise<void> {
  const store = await openStore(path);
  try {
    const id = await recordMessage(store.db, msg, receivedAt);
    expect(id).not.toBeNull();
  } finally {
    await store.close();
  }
}

/** Deps for a runtime of our own beside the test bot's: its store (or a wrapped one) and channels. */
function runtimeDeps(bot: TestBot, store: BotDeps['store'] = bot.bot.store): BotDeps {
  return { store, logger: silentLogger(), now: () => new Date(), channels: bot.bot.channels, botNames: ['网格小助手'], kickOutbox: () => {} };
}

describe('BotRuntime.resumePending', () => {
  it('handles rows accepted before a crash at the next start, exactly once', async () => {
    const db = tempDb();
    cleanup = db.cleanup;
    // First run: seeds the demo community, then "crashes" (nothing pending yet).
    t = await startTestBot({ dbPath: db.path });
    const liu = await t.personNamed('刘阿姨');
    await t.stop();

    // Accepted an hour ago, sent 10 s before that: must be handled, not taken for a stale replay.
    const hourAgo = new Date(Date.now() - 3_600_000);
    const crashed = inbound({ senderId: liu.id, senderName: liu.name, groupId: null, sentAt: new Date(hourAgo.getTime() - 10_000) });
    await insertAccepted(db.path, crashed, hourAgo);

    t = await startTestBot({ dbPath: db.path });
    await t.bot.settle();
    expect(await t.directTexts(liu.id)).toHaveLength(1);
    const row = first(await t.bot.store.db.select().from(inbox).where(eq(inbox.messageId, crashed.messageId)));
    expect(row).toMatchObject({ status: 'done', outcome: 'direct-help' });

    // Scheduling the same rows again (a second resume) must not handle them twice.
    expect(await t.bot.runtime.resumePending()).toBe(0);
    await t.bot.settle();

    // And a further restart finds nothing left to do.
    t = await t.restart();
    await t.bot.settle();
    expect(await t.directTexts(liu.id)).toEqual([]);
    const sends = await t.bot.store.db.select().from(outbox).where(eq(outbox.toExternalId, liu.id));
    expect(sends).toHaveLength(1);
    expect(sends[0]!.status).toBe('sent');
  });

  it('a row scheduled twice (accepted, then resumed before handling) is handled once', async () => {
    t = await startTestBot();
    const liu = await t.personNamed('刘阿姨');
    await t.bot.runtime.accept(inbound({ senderId: liu.id, groupId: null }));
    // Still pending: resumePending schedules it a second time.
    expect(await t.bot.runtime.resumePending()).toBe(1);
    await t.bot.settle();
    expect(await t.directTexts(liu.id)).toHaveLength(1);
  });

  it('handles messages one at a time, in the order accepted', async () => {
    t = await startTestBot();
    const seen: string[] = [];
    // Earlier messages take longer: handled concurrently, they would finish in reverse.
    const slow = new Composer<BotContext>().use(async (ctx) => {
      seen.push(`start ${ctx.msg.text}`);
      await new Promise((r) => setTimeout(r, 5 * (5 - Number(ctx.msg.text))));
      seen.push(`end ${ctx.msg.text}`);
    });
    const runtime = new BotRuntime(runtimeDeps(t), slow);
    for (let i = 0; i < 4; i++) await runtime.accept(inbound({ text: String(i) }));
    expect(runtime.backlog).toBe(4);
    await runtime.whenIdle();
    expect(runtime.backlog).toBe(0);
    expect(seen).toEqual(['0', '1', '2', '3'].flatMap((i) => [`start ${i}`, `end ${i}`]));
  });

  it('stop() finishes what was accepted, then refuses new messages', async () => {
    const db = tempDb();
    cleanup = db.cleanup;
    t = await startTestBot({ dbPath: db.path });
    const liu = await t.personNamed('刘阿姨');
    const msg = inbound({ senderId: liu.id, groupId: null });
    await t.bot.runtime.accept(msg);
    await t.bot.runtime.stop();
    await expect(t!.bot.runtime.accept(inbound({ senderId: liu.id }))).rejects.toThrow();
    await t.stop();

    const store = await openStore(db.path);
    try {
      expect(first(await store.db.select().from(inbox).where(eq(inbox.messageId, msg.messageId)))?.status).toBe('done');
    } finally {
      await store.close();
    }
  });

  it('acceptGrouped: messages arriving together share one commit; duplicates resolve to null; order is kept', async () => {
    t = await startTestBot();
    const seen: string[] = [];
    let transactions = 0;
    const store = t.bot.store;
    const deps = runtimeDeps(t, { ...store, transaction: (fn) => (transactions++, store.transaction(fn)) });
    const runtime = new BotRuntime(deps, new Composer<BotContext>().use((ctx) => void seen.push(ctx.msg.text)));
    const msgs = [0, 1, 2, 3].map((i) => inbound({ text: String(i) }));
    const ids = await Promise.all([...msgs, msgs[1]!].map((m) => runtime.acceptGrouped(m)));
    expect(transactions).toBe(1);
    expect(ids.slice(0, 4).every((id) => typeof id === 'number')).toBe(true);
    expect(ids[4], 'the repeat within the group').toBeNull();
    expect(await runtime.acceptGrouped(msgs[2]!), 'a repeat in a later group').toBeNull();
    await runtime.whenIdle();
    expect(seen).toEqual(['0', '1', '2', '3']);
    for (const m of msgs) {
      expect(first(await store.db.select().from(inbox).where(eq(inbox.messageId, m.messageId)))?.status).toBe('done');
    }
  });

  it('stop() writes and finishes messages still waiting for their group commit, then refuses new ones', async () => {
    const db = tempDb();
    cleanup = db.cleanup;
    t = await startTestBot({ dbPath: db.path });
    const liu = await t.personNamed('刘阿姨');
    const msg = inbound({ senderId: liu.id, groupId: null });
    const accepted = t.bot.runtime.acceptGrouped(msg);
    await t.bot.runtime.stop();
    expect(await accepted).toEqual(expect.any(Number));
    await expect(t.bot.runtime.acceptGrouped(inbound({ senderId: liu.id }))).rejects.toThrow('stopping');
    await t.stop();

    const store = await openStore(db.path);
    try {
      expect(first(await store.db.select().from(inbox).where(eq(inbox.messageId, msg.messageId)))?.status).toBe('done');
    } finally {
      await store.close();
    }
  });
});
