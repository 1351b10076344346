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
  store?.close();
});

function setup(channel: FakeChannel, opts: Partial<OutboxSenderOptions> = {}): OutboxSender {
  store = openStore(':memory:');
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

function enqueue(msg: Partial<NewOutbound> & { text: string }): number {
  const id = enqueueOutbound(store.db, { channel: 'wechaty', groupExternalId: 'g1', ...msg }, new Date());
  sender?.kick();
  return id;
}

const row = (id: number) => outboundById(store.db, id)!;
const statusIs = (id: number, status: string) => () => row(id).status === status;

describe('OutboxSender', () => {
  it('keeps a lane within the channel limit per window (WeCom: 30 per member per minute)', async () => {
    const ch = new FakeChannel();
    ch.laneLimit = { max: 3, windowMs: 400 };
    setup(ch).start();
    const ids = Array.from({ length: 5 }, (_, i) => enqueue({ text: `m${i}`, groupExternalId: null, toExternalId: 'u1' }));
    const other = enqueue({ text: 'other', groupExternalId: null, toExternalId: 'u2' });
    await waitFor(statusIs(ids[4]!, 'sent'), 5_000);
    const at = ch.sends.filter((s) => s.msg.toPerson === 'u1').map((s) => s.at);
    expect(at).toHaveLength(5);
    // The 4th waits for the window of the 1st to pass; another member is not held up.
    expect(at[3]! - at[0]!).toBeGreaterThanOrEqual(390);
    expect(row(other).status).toBe('sent');
    expect(ch.sends.findIndex((s) => s.msg.toPerson === 'u2')).toBeLessThan(3);
  });

  it('holds rows while the channel is logged out instead of burning their attempts', async () => {
    const ch = new FakeChannel();
    ch.current = 'reconnecting';
    setup(ch).start();
    const id = enqueue({ text: '掉线期间的回复' });
    await new Promise((r) => setTimeout(r, 100));
    expect(row(id)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(ch.sends).toHaveLength(0);
    ch.current = 'logged_in';
    await waitFor(statusIs(id, 'sent'), 5_000);
    expect(row(id).attempts).toBe(1);
  });

  it('delivers a row and marks it sent', async () => {
    const ch = new FakeChannel();
    setup(ch).start();
    const g = enqueue({ text: '您好', mentions: ['u1'] });
    const d = enqueue({ text: '私聊', groupExternalId: null, toExternalId: 'u2' });
    await sender!.whenIdle();
    expect(row(g)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(row(g).sentAt).toBeInstanceOf(Date);
    expect(row(d).status).toBe('sent');
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
    setup(ch, { backoffMs: (n) => (backoffCalls.push(n), 20) }).start();
    const id = enqueue({ text: '重试我' });
    await waitFor(statusIs(id, 'sent'), 3000, 'the row to be sent');
    expect(row(id)).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
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
    setup(ch, { maxAttempts: 3 }).start();
    const id = enqueue({ text: '发不出去' });
    await waitFor(statusIs(id, 'failed'), 3000, 'the row to fail');
    expect(row(id)).toMatchObject({ status: 'failed', attempts: 3, lastError: 'network down' });
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
    setup(ch, { maxAttempts: 5 }).start();
    const id = enqueue({ text: '退群了' });
    await waitFor(statusIs(id, 'failed'), 3000, 'the row to fail');
    expect(row(id)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'recipient left the group' });
    await sender!.whenIdle();
    expect(ch.sends).toHaveLength(1);
  });

  it('fails rows for a channel that is not enabled', async () => {
    setup(new FakeChannel()).start();
    const id = enqueue({ text: 'x', channel: 'wecom' });
    await waitFor(statusIs(id, 'failed'), 3000, 'the row to fail');
    expect(row(id).lastError).toMatch(/wecom/);
  });

  it('keeps the minimum gap (plus jitter) within a group, not across groups', async () => {
    const ch = new FakeChannel(30);
    // random() = 1 makes the jitter its full 20 ms: a gap of 50 ms.
    setup(ch, { jitterMs: 20, random: () => 1 });
    for (let i = 0; i < 3; i++) enqueue({ text: `a${i}` });
    enqueue({ text: 'b0', groupExternalId: 'g2' });
    sender!.start();
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
    setup(ch, { sendTimeoutMs: 300 }).start();
    const hung = enqueue({ text: 'hang', groupExternalId: 'stuck' });
    const behind = enqueue({ text: 'after', groupExternalId: 'stuck' });
    await waitFor(() => ch.sends.length === 1, 1000, 'the hanging send to start');
    const others = [1, 2, 3].map((i) => enqueue({ text: `ok${i}`, groupExternalId: 'g-ok' }));
    await waitFor(() => others.every((id) => row(id).status === 'sent'), 250, 'the other group to be served');
    expect(row(hung).status).toBe('sending');

    // It may still arrive: parked for a person to check, never re-sent blindly.
    await waitFor(statusIs(hung, 'review'), 2000, 'the hung row to time out');
    expect(row(hung).lastError).toBe('发送超时');
    await waitFor(statusIs(behind, 'sent'), 2000, 'the next row in that group');
    expect(ch.textsTo('stuck')).toEqual(['hang', 'after']);
  });

  it('parks rows left "sending" by a crash for review instead of re-sending', async () => {
    const ch = new FakeChannel();
    setup(ch);
    const id = enqueue({ text: '发了一半' });
    expect(takeForSending(store.db, id)).toBe(true);
    const fresh = enqueue({ text: '新的' });
    sender!.start();
    await sender!.whenIdle();
    expect(row(id).status).toBe('review');
    expect(row(id).lastError).toMatch(/人工/);
    expect(row(fresh).status).toBe('sent');
    expect(ch.sends.map((s) => s.msg.text)).toEqual(['新的']);
  });

  it('sends priority rows first, within a group and across groups', async () => {
    const ch = new FakeChannel();
    setup(ch);
    enqueue({ text: 'old' });
    enqueue({ text: 'newer' });
    enqueue({ text: 'urgent', priority: 10 });
    enqueue({ text: 'other-normal', groupExternalId: 'g2' });
    enqueue({ text: 'other-urgent', groupExternalId: 'g3', priority: 5 });
    sender!.start();
    await sender!.whenIdle();
    expect(ch.textsTo('g1')).toEqual(['urgent', 'old', 'newer']);
    // The first sends of the first round go in priority order.
    expect(ch.sends.slice(0, 3).map((s) => s.msg.text)).toEqual(['urgent', 'other-urgent', 'other-normal']);
  });

  it('stop() waits for a send under way and takes nothing new', async () => {
    const ch = new FakeChannel();
    let release!: () => void;
    ch.behaviour = () => new Promise<void>((r) => (release = r));
    setup(ch).start();
    const id = enqueue({ text: '慢' });
    await waitFor(() => ch.sends.length === 1, 1000, 'the send to start');
    const stopped = sender!.stop();
    enqueue({ text: '停了以后' });
    release();
    await stopped;
    expect(row(id).status).toBe('sent');
    expect(ch.sends).toHaveLength(1);
  });
  it('sends rows another process committed, though nobody kicked it (npm run roster writes from the CLI)', async () => {
    const file = tempDb();
    const ch = new FakeChannel();
    store = openStore(file.path);
    sender = new OutboxSender({ store, channels: new Map([['wechaty', ch]]), logger: silentLogger(), pollMs: 20 });
    try {
      sender.start();
      // Once this own row is sent, the sender has drained and sleeps: nothing is due.
      const first = enqueue({ text: 'own', groupExternalId: null, toExternalId: 'u1' });
      await waitFor(statusIs(first, 'sent'), 2000, 'the own row to be sent');
      await sender.whenIdle();
      // A second connection, as the roster CLI opens: its commit reaches this sender only through the poll.
      const cli = openStore(file.path);
      const id = enqueueOutbound(cli.db, { channel: 'wechaty', toExternalId: 'u1', text: '名册调整' }, new Date());
      cli.close();
      await waitFor(statusIs(id, 'sent'), 2000, 'the row from the other connection to be sent');
      expect(ch.sends.map((s) => s.msg.text)).toEqual(['own', '名册调整']);
    } finally {
      await sender.stop();
      sender = null;
      store.close();
      file.cleanup();
    }
  });
});
