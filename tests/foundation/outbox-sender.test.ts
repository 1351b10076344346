import { afterEach, describe, expect, it } from 'vitest';
import { PermanentSendError, type Channel, type ChannelState, type OutboundMessage } from '../../src/bot/channel';
import { OutboxSender, type OutboxSenderOptions } from '../../src/bot/outbox-sender';
import { silentLogger } from '../../src/logger';
import { openStore, type Store } from '../../src/store/db';
import { enqueueOutbound, outboundById, takeForSending, type NewOutbound } from '../../src/store/repos/outbox';
import { tempDb, waitFor } from '../helpers/app';

/** A Channel whose `send` records each call and then does whatever the test says. */
class FakeChannel implements Channel {
  readonly name = 'wechaty' as const;
  readonly sends: { msg: OutboundMessage; at: number }[] = [];
  /** Called after recording; throw or return a never-settling promise to simulate failures. */
  behaviour: (msg: OutboundMessage, call: number) => void | Promise<void> = () => {};

  laneLimit?: { max: number; windowMs: number };
  constructor(readonly minGapMs = 0) {}

  current: ChannelState = 'logged_in';
  state(): ChannelState {
    return this.current;
  }
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  async send(msg: OutboundMessage): Promise<void> {
    this.sends.push({ msg, at: performance.now() });
    await this.behaviour(msg, this.sends.length);
  }
  textsTo(groupId: string): string[] {
    return this.sends.filter((s) => s.msg.groupId === groupId).map((s) => s.msg.text);
  }
}

let store: Store;
let sender: OutboxSender | null = null;
afterEach(async () => {
  await sender?.stop();
  sender = null;
  await store?.close();
});

async function setup(channel: FakeChannel, opts: Partial<OutboxSenderOptions> = {}): Promise<OutboxSender> {
  store = await openStore(':memory:');
  sender = new OutboxSender({
    store,
    channels: new Map([['wechaty', channel]]),
    logger: silentLogger(),
    backoffMs: () => 10,
    random: () => 0,
    ...opts,
  });
  return sender;
}

/** Writes a row without waking the sender. */
function insertRow(msg: Partial<NewOutbound> & { text: string }): Promise<number> {
  return enqueueOutbound(store.db, { channel: 'wechaty', groupExternalId: 'g1', ...msg }, new Date());
}

/** Writes a row and wakes the sender, as every writer does after its commit. */
async function enqueue(msg: Partial<NewOutbound> & { text: string }): Promise<number> {
  const id = await insertRow(msg);
  sender?.kick();
  return id;
}

const row = async (id: number) => (await outboundById(store.db, id))!;
const statusIs = (id: number, status: string) => async () => (await row(id)).status === status;

describe('OutboxSender', () => {
  it('keeps a lane within the channel limit per window (WeCom: 30 per member per minute)', async () => {
    const ch = new FakeChannel();
    ch.laneLimit = { max: 3, windowMs: 400 };
    await (await setup(ch)).start();
    // All six rows are written before the sender is woken, so it sees them together.
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push(await insertRow({ text: `m${i}`, groupExternalId: null, toExternalId: 'u1' }));
    const other = await insertRow({ text: 'other', groupExternalId: null, toExternalId: 'u2' });
    sender!.kick();
    await waitFor(statusIs(ids[4]!, 'sent'), 5_000);
    const at = ch.sends.filter((s) => s.msg.toPerson === 'u1').map((s) => s.at);
    expect(at).toHaveLength(5);
    // The 4th waits for the window of the 1st to pass; another member is not held up.
    expect(at[3]! - at[0]!).toBeGreaterThanOrEqual(390);
    expect((await row(other)).status).toBe('sent');
    expect(ch.sends.findIndex((s) => s.msg.toPerson === 'u2')).toBeLessThan(3);
  });

  it('holds rows while the channel is logged out instead of burning their attempts', async () => {
    const ch = new FakeChannel();
    ch.current = 'reconnecting';
    await (await setup(ch)).start();
    const id = await enqueue({ text: '掉线期间的回复' });
    await new Promise((r) => setTimeout(r, 100));
    expect(await row(id)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(ch.sends).toHaveLength(0);
    ch.current = 'logged_in';
    await waitFor(statusIs(id, 'sent'), 5_000);
    expect((await row(id)).attempts).toBe(1);
  });

  it('delivers a row and marks it sent', async () => {
    const ch = new FakeChannel();
    await (await setup(ch)).start();
    const g = await enqueue({ text: '您好', mentions: ['u1'] });
    const d = await enqueue({ text: '私聊', groupExternalId: null, toExternalId: 'u2' });
    await sender!.whenIdle();
    expect(await row(g)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect((await row(g)).sentAt).toBeInstanceOf(Date);
    expect((await row(d)).status).toBe('sent');
    expect(ch.sends.map((s) => s.msg)).toEqual(
      expect.arrayContaining([
        { groupId: 'g1', toPerson: null, text: '您好', mentions: ['u1'] },
        { groupId: null, toPerson: 'u2', text: '私聊', mentions: [] },
      ]),
    );
    expect(ch.sends).toHaveLength(2);
  });

  it('retries transient failures with backoff, then delivers', async () => {
    const ch = new FakeChannel();
    ch.behaviour = (_m, call) => {
      if (call <= 2) throw new Error('网络抖动');
    };
    const backoffCalls: number[] = [];
    await (await setup(ch, { backoffMs: (n) => (backoffCalls.push(n), 20) })).start();
    const id = await enqueue({ text: '重试我' });
    await waitFor(statusIs(id, 'sent'), 3000, 'the row to be sent');
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    expect(ch.sends).toHaveLength(3);
    expect(backoffCalls).toEqual([1, 2]);
    // Each retry waited its backoff.
    expect(ch.sends[1]!.at - ch.sends[0]!.at).toBeGreaterThanOrEqual(19);
    expect(ch.sends[2]!.at - ch.sends[1]!.at).toBeGreaterThanOrEqual(19);
  });

  it('records the final failure after maxAttempts', async () => {
    const ch = new FakeChannel();
    ch.behaviour = () => {
      throw new Error('network down');
    };
    await (await setup(ch, { maxAttempts: 3 })).start();
    const id = await enqueue({ text: '发不出去' });
    await waitFor(statusIs(id, 'failed'), 3000, 'the row to fail');
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: 3, lastError: 'network down' });
    expect(ch.sends).toHaveLength(3);
    // Failed for good: nothing more is tried.
    await sender!.whenIdle();
    expect(ch.sends).toHaveLength(3);
  });

  it('fails a PermanentSendError at once', async () => {
    const ch = new FakeChannel();
    ch.behaviour = () => {
      throw new PermanentSendError('recipient left the group', 40003);
    };
    await (await setup(ch, { maxAttempts: 5 })).start();
    const id = await enqueue({ text: '退群了' });
    await waitFor(statusIs(id, 'failed'), 3000, 'the row to fail');
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'recipient left the group' });
    await sender!.whenIdle();
    expect(ch.sends).toHaveLength(1);
  });

  it('fails rows for a channel that is not enabled', async () => {
    await (await setup(new FakeChannel())).start();
    const id = await enqueue({ text: 'x', channel: 'wecom' });
    await waitFor(statusIs(id, 'failed'), 3000, 'the row to fail');
    expect((await row(id)).lastError).toMatch(/wecom/);
  });

  it('keeps the minimum gap (plus jitter) within a group, not across groups', async () => {
    const ch = new FakeChannel(30);
    // random() = 1 makes the jitter its full 20 ms: a gap of 50 ms.
    await setup(ch, { jitterMs: 20, random: () => 1 });
    for (let i = 0; i < 3; i++) await enqueue({ text: `a${i}` });
    await enqueue({ text: 'b0', groupExternalId: 'g2' });
    await sender!.start();
    await waitFor(() => ch.sends.length === 4, 3000, 'four sends');

    const times = (g: string) => ch.sends.filter((s) => s.msg.groupId === g).map((s) => s.at);
    const a = times('g1');
    expect(ch.textsTo('g1')).toEqual(['a0', 'a1', 'a2']);
    for (let i = 1; i < a.length; i++) expect(a[i]! - a[i - 1]!, `gap ${i}`).toBeGreaterThanOrEqual(49);
    // g2 did not wait behind g1's gap.
    expect(times('g2')[0]! - a[0]!).toBeLessThan(30);
  });

  it('a hanging send in one group does not block another group, and times out into review', async () => {
    const ch = new FakeChannel();
    ch.behaviour = (msg) => (msg.groupId === 'stuck' && msg.text === 'hang' ? new Promise<void>(() => {}) : undefined);
    await (await setup(ch, { sendTimeoutMs: 300 })).start();
    const hung = await enqueue({ text: 'hang', groupExternalId: 'stuck' });
    const behind = await enqueue({ text: 'after', groupExternalId: 'stuck' });
    await waitFor(() => ch.sends.length === 1, 1000, 'the hanging send to start');
    const others: number[] = [];
    for (const i of [1, 2, 3]) others.push(await enqueue({ text: `ok${i}`, groupExternalId: 'g-ok' }));
    const allSent = async () => {
      for (const id of others) if ((await row(id)).status !== 'sent') return false;
      return true;
    };
    await waitFor(allSent, 250, 'the other group to be served');
    expect((await row(hung)).status).toBe('sending');

    // It may still arrive: parked for a person to check, never re-sent blindly.
    await waitFor(statusIs(hung, 'review'), 2000, 'the hung row to time out');
    expect((await row(hung)).lastError).toBe('发送超时');
    await waitFor(statusIs(behind, 'sent'), 2000, 'the next row in that group');
    expect(ch.textsTo('stuck')).toEqual(['hang', 'after']);
  });

  it('parks rows left "sending" by a crash for review instead of re-sending', async () => {
    const ch = new FakeChannel();
    await setup(ch);
    const id = await enqueue({ text: '发了一半' });
    expect(await takeForSending(store.db, id)).toBe(true);
    const fresh = await enqueue({ text: '新的' });
    await sender!.start();
    await sender!.whenIdle();
    expect((await row(id)).status).toBe('review');
    expect((await row(id)).lastError).toMatch(/人工/);
    expect((await row(fresh)).status).toBe('sent');
    expect(ch.sends.map((s) => s.msg.text)).toEqual(['新的']);
  });

  it('sends priority rows first, within a group and across groups', async () => {
    const ch = new FakeChannel();
    await setup(ch);
    await enqueue({ text: 'old' });
    await enqueue({ text: 'newer' });
    await enqueue({ text: 'urgent', priority: 10 });
    await enqueue({ text: 'other-normal', groupExternalId: 'g2' });
    await enqueue({ text: 'other-urgent', groupExternalId: 'g3', priority: 5 });
    await sender!.start();
    await sender!.whenIdle();
    expect(ch.textsTo('g1')).toEqual(['urgent', 'old', 'newer']);
    // The first sends of the first round go in priority order.
    expect(ch.sends.slice(0, 3).map((s) => s.msg.text)).toEqual(['urgent', 'other-urgent', 'other-normal']);
  });

  it('stop() waits for a send under way and takes nothing new', async () => {
    const ch = new FakeChannel();
    let release!: () => void;
    ch.behaviour = () => new Promise<void>((r) => (release = r));
    await (await setup(ch)).start();
    const id = await enqueue({ text: '慢' });
    await waitFor(() => ch.sends.length === 1, 1000, 'the send to start');
    const stopped = sender!.stop();
    await enqueue({ text: '停了以后' });
    release();
    await stopped;
    expect((await row(id)).status).toBe('sent');
    expect(ch.sends).toHaveLength(1);
  });
  it('sends rows another process committed, though nobody kicked it (npm run roster writes from the CLI)', async () => {
    const file = tempDb();
    const ch = new FakeChannel();
    store = await openStore(file.path);
    sender = new OutboxSender({ store, channels: new Map([['wechaty', ch]]), logger: silentLogger(), pollMs: 20 });
    try {
      await sender.start();
      // Once this own row is sent, the sender has drained and sleeps: nothing is due.
      const first = await enqueue({ text: 'own', groupExternalId: null, toExternalId: 'u1' });
      await waitFor(statusIs(first, 'sent'), 2000, 'the own row to be sent');
      await sender.whenIdle();
      // A second connection, as the roster CLI opens: its commit reaches this sender only through the poll.
      const cli = await openStore(file.path);
      const id = await enqueueOutbound(cli.db, { channel: 'wechaty', toExternalId: 'u1', text: '名册调整' }, new Date());
      await cli.close();
      await waitFor(statusIs(id, 'sent'), 2000, 'the row from the other connection to be sent');
      expect(ch.sends.map((s) => s.msg.text)).toEqual(['own', '名册调整']);
    } finally {
      await sender.stop();
      sender = null;
      await store.close();
      file.cleanup();
    }
  });
});
