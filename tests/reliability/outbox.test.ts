/**
 * The outbox under a failing channel, at burst scale. The single-row cases
 * (one retry, maxAttempts, a permanent error, one hanging group next to one
 * other, crash parking) are in tests/foundation/outbox-sender.test.ts; these
 * add what only shows with many groups at once:
 *  - a channel down for the whole burst, then flaky, still delivers every row
 *    exactly once, and a group that is gone for good is failed (recorded) without
 *    holding up the rest;
 *  - hanging groups do not block 50 others; each lane sends one at a time.
 * Real OutboxSender on a real SQLite file; only the platform (the channel) is fake.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PermanentSendError, type Channel, type ChannelState, type OutboundMessage } from '../../src/bot/channel';
import { OutboxSender } from '../../src/bot/outbox-sender';
import { silentLogger } from '../../src/logger';
import { sql } from 'drizzle-orm';
import { openStore, type Store } from '../../src/store/db';
import { enqueueOutbound } from '../../src/store/repos/outbox';
import { tempDb, waitFor } from '../helpers/app';

/** The platform side: records every call; `behaviour` decides how each one ends. */
class FlakyPlatform implements Channel {
  readonly name = 'wechaty' as const;
  readonly minGapMs = 0;
  calls = 0;
  /** Text → successful deliveries. */
  readonly delivered = new Map<string, number>();
  readonly inFlight = new Map<string, number>();
  maxInFlightPerLane = 0;
  behaviour: (msg: OutboundMessage, call: number) => void | Promise<void> = () => {};
  /** Sends that never settle (the platform hangs); not counted as in flight once abandoned. */
  hangs: (msg: OutboundMessage) => boolean = () => false;
  state(): ChannelState {
    return 'logged_in';
  }
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  async send(msg: OutboundMessage): Promise<void> {
    if (this.hangs(msg)) {
      this.calls++;
      return new Promise<void>(() => {});
    }
    const lane = msg.groupId ?? `dm:${msg.toPerson}`;
    const now = (this.inFlight.get(lane) ?? 0) + 1;
    this.inFlight.set(lane, now);
    this.maxInFlightPerLane = Math.max(this.maxInFlightPerLane, now);
    try {
      await this.behaviour(msg, ++this.calls);
      this.delivered.set(msg.text, (this.delivered.get(msg.text) ?? 0) + 1);
    } finally {
      this.inFlight.set(lane, (this.inFlight.get(lane) ?? 1) - 1);
    }
  }
}

let store: Store | undefined;
let sender: OutboxSender | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  await sender?.stop();
  sender = undefined;
  await store?.close();
  store = undefined;
  for (const c of cleanups.splice(0)) c();
});

async function setup(platform: FlakyPlatform, opts: { maxAttempts?: number; sendTimeoutMs?: number } = {}): Promise<Store> {
  const db = tempDb();
  cleanups.push(db.cleanup);
  const opened = await openStore(db.path);
  store = opened;
  sender = new OutboxSender({
    store: opened,
    channels: new Map([['wechaty', platform]]),
    logger: silentLogger(),
    // 10, 20, 40, 80 … ms: the shape of the real backoff, scaled down.
    backoffMs: (n) => 10 * 2 ** (n - 1),
    random: () => 0,
    ...opts,
  });
  return opened;
}

/** `perGroup` rows for each of `groups` groups (interleaved, as a burst of acks would be) and one DM per group. */
async function enqueueBurst(s: Store, groups: number, perGroup: number): Promise<string[]> {
  const texts: string[] = [];
  const now = new Date();
  await s.transaction(async () => {
    for (let i = 0; i < perGroup; i++) {
      for (let g = 1; g <= groups; g++) {
        const text = `g${g}-${i}`;
        await enqueueOutbound(s.db, { channel: 'wechaty', groupExternalId: `g${g}`, text, mentions: [`u${g}-${i}`], ref: `ticket:${g}` }, now);
        texts.push(text);
      }
    }
    for (let g = 1; g <= groups; g++) {
      await enqueueOutbound(s.db, { channel: 'wechaty', toExternalId: `worker${g}`, text: `dm${g}`, ref: `ticket:${g}` }, now);
      texts.push(`dm${g}`);
    }
  });
  return texts;
}

const statusCounts = async (s: Store) =>
  Object.fromEntries((await s.execute<{ status: string; n: number }>(sql`SELECT status, count(*) n FROM outbox GROUP BY status`)).map((r) => [r.status, r.n]));

/** Nothing left to send or on the wire. */
const drained = async (s: Store) => {
  const c = await statusCounts(s);
  return (c.pending ?? 0) === 0 && (c.sending ?? 0) === 0;
};

describe('outbox under a failing channel (burst scale)', () => {
  it('a channel down for the whole burst, then flaky, delivers every row exactly once; a group gone for good is recorded as failed', async () => {
    const platform = new FlakyPlatform();
    const s = await setup(platform, { maxAttempts: 8 });
    const texts = await enqueueBurst(s, 50, 6); // 300 group rows + 50 DMs
    const downUntil = performance.now() + 150;
    platform.behaviour = (msg, call) => {
      if (msg.groupId === 'g13') throw new PermanentSendError('bot was removed from the group', 'left');
      if (performance.now() < downUntil) throw new Error('ECONNRESET');
      // Afterwards one call in five fails (deterministically).
      if (call % 5 === 0) throw new Error('ETIMEDOUT');
    };
    const t0 = performance.now();
    await sender!.start();
    await waitFor(() => drained(s), 20_000, 'the outbox to drain');
    await sender!.whenIdle(20_000);
    console.info(`outbox: ${texts.length} rows through an outage + 20% failures in ${Math.round(performance.now() - t0)} ms, ${platform.calls} calls`);

    const gone = texts.filter((t) => t.startsWith('g13-'));
    expect(await statusCounts(s)).toEqual({ sent: texts.length - gone.length, failed: gone.length });
    for (const t of texts) expect(platform.delivered.get(t) ?? 0, t).toBe(t.startsWith('g13-') ? 0 : 1);
    // The permanent failure is recorded at once, with its reason; nothing more was tried for it.
    const failed = await s.execute<{ attempts: number; e: string }>(sql`SELECT attempts, last_error e FROM outbox WHERE status = 'failed'`);
    expect(new Set(failed.map((f) => `${f.attempts} ${f.e}`))).toEqual(new Set(['1 bot was removed from the group']));
    // The outage really hit the burst: many rows needed more than one attempt, none exceeded the budget.
    const [retried] = await s.execute<{ n: number; m: number }>(sql`SELECT count(*) n, max(attempts) m FROM outbox WHERE status = 'sent' AND attempts > 1`);
    expect(retried!.n).toBeGreaterThanOrEqual(50);
    expect(retried!.m).toBeLessThanOrEqual(8);
    expect(platform.maxInFlightPerLane).toBe(1);
  }, 30_000);

  it('three hanging groups do not block 50 others; they time out into review and their next rows follow', async () => {
    const platform = new FlakyPlatform();
    const s = await setup(platform, { sendTimeoutMs: 1_000 });
    const hanging = new Set(['g7', 'g21', 'g42']);
    // The first send to a hanging group never settles.
    platform.hangs = (msg) => !!msg.groupId && hanging.has(msg.groupId) && msg.text.endsWith('-0');
    const texts = await enqueueBurst(s, 53, 4);
    const t0 = performance.now();
    await sender!.start();
    const others = texts.filter((t) => !/^g(7|21|42)-/.test(t));
    await waitFor(() => others.every((t) => platform.delivered.get(t) === 1), 5_000, 'the 50 other groups and the DMs');
    const servedMs = performance.now() - t0;
    // Everyone else was served while the hung sends were still on the wire (before their timeout).
    const hungRows = await s.execute<{ text: string; status: string }>(
      sql`SELECT text, status FROM outbox WHERE group_external_id IN ('g7', 'g21', 'g42') ORDER BY id`,
    );
    expect(hungRows.filter((r) => r.text.endsWith('-0')).map((r) => r.status)).toEqual(['sending', 'sending', 'sending']);

    await waitFor(() => drained(s), 5_000, 'the hung rows to time out');
    await sender!.whenIdle();
    console.info(`outbox: 50 groups served in ${Math.round(servedMs)} ms next to 3 hanging ones`);
    expect(await statusCounts(s)).toEqual({ sent: texts.length - 3, review: 3 });
    for (const g of hanging) {
      // Parked for a person to check (it may have arrived), never re-sent; the rest of the group went after it, in order.
      expect(await s.execute(sql`SELECT status, last_error e FROM outbox WHERE text = ${`${g}-0`}`)).toEqual([{ status: 'review', e: '发送超时' }]);
      for (let i = 1; i < 4; i++) expect(platform.delivered.get(`${g}-${i}`), `${g}-${i}`).toBe(1);
    }
    expect(platform.calls).toBe(texts.length);
    // Apart from the abandoned hung sends, one send at a time per group.
    expect(platform.maxInFlightPerLane).toBe(1);
  }, 30_000);
});
