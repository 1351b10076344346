import type { Store } from '../store/db';
import type { Logger } from '../logger';
import { PermanentSendError, type Channel, type OutboundMessage } from './channel';
import {
  markFailed,
  markRetry,
  markReview,
  markSent,
  nextDueAt,
  outboundById,
  claimRows,
  parkInFlight,
  takeForSending,
  unclaimRows,
  type OutboxRow,
} from '../store/repos/outbox';
import { nextRowPerLane, type SendScope } from '../store/repos/outbox-lanes';

export interface OutboxSenderOptions {
  store: Store;
  channels: ReadonlyMap<string, Channel>;
  logger: Logger;
  /** Extra random delay added to a channel's minimum gap, in ms. */
  jitterMs?: number;
  maxAttempts?: number;
  /** Delay before retry number `attempt` (1-based). */
  backoffMs?: (attempt: number) => number;
  /** A send that takes longer is parked for review (it may still arrive). */
  sendTimeoutMs?: number;
  now?: () => Date;
  random?: () => number;
  /** Told about rows parked for review (in flight at a crash, or timed out): someone must check them. */
  onParked?: (rows: OutboxRow[]) => void | Promise<void>;
  /** How often to look for rows another process committed (see pollOtherWriters); 0 turns it off. */
  pollMs?: number;
  /**
   * This process's name (GRIDBOT_INSTANCE): rows are claimed in its name, and
   * only rows of its channels and of groups its account sits in are taken.
   */
  instance?: string;
  /** Channels other live processes serve (their rows are theirs when this process lacks the channel). */
  peerChannels?: () => ReadonlySet<string>;
}

interface Lane {
  busy: boolean;
  readyAt: number;
  /** Times of recent sends, kept only for channels with a laneLimit. */
  recent: number[];
}

/** How often rows of a logged-out channel are looked at again. */
const OFFLINE_RECHECK_MS = 2_000;
/** After a drain failed (the store busy or unreachable), when to try again. */
const DRAIN_RETRY_MS = 2_000;

const defaultBackoff = (attempt: number) => Math.min(2 ** (attempt - 1) * 1000, 5 * 60_000);

/**
 * Delivers outbox rows. One lane per destination: a lane sends one row at a
 * time and waits the channel's minimum gap (plus jitter) before the next, so a
 * group never receives a burst, while other lanes go on in parallel — a hanging
 * group does not block the rest.
 */
export class OutboxSender {
  private readonly lanes = new Map<string, Lane>();
  private readonly inflight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;
  private poll: NodeJS.Timeout | null = null;
  private polling = false;
  private seenMark: number | null = null;
  private scheduled = false;
  private running = false;
  /** The drain under way: one at a time, so two never pick the same lane's row. */
  private draining: Promise<void> | null = null;
  /** Woken while draining: drain once more right after. */
  private drainAgain = false;
  private readonly o: Required<Omit<OutboxSenderOptions, 'store' | 'channels' | 'logger' | 'onParked' | 'instance' | 'peerChannels'>>;
  private readonly instance: string;

  constructor(private readonly opts: OutboxSenderOptions) {
    this.o = {
      jitterMs: opts.jitterMs ?? 0,
      maxAttempts: opts.maxAttempts ?? 5,
      backoffMs: opts.backoffMs ?? defaultBackoff,
      sendTimeoutMs: opts.sendTimeoutMs ?? 60_000,
      now: opts.now ?? (() => new Date()),
      random: opts.random ?? Math.random,
      pollMs: opts.pollMs ?? 1000,
    };
    this.instance = opts.instance ?? 'main';
  }

  /** Parks rows a crash left in flight, then starts delivering. */
  async start(): Promise<void> {
    const parked = await parkInFlight(this.opts.store.db, this.instance);
    if (parked.length > 0) {
      this.opts.logger.warn({ parked: parked.length }, 'outbox rows interrupted by a restart were parked for review');
      await this.opts.onParked?.(parked);
    }
    this.running = true;
    this.seenMark = await this.opts.store.changeMark();
    if (this.o.pollMs > 0 && !this.poll) {
      this.poll = setInterval(() => {
        // A caller that closes the store without stop() must not get a throw from a timer:
        // a failed look is only logged, the next one tries again.
        void this.pollOtherWriters().catch((err: unknown) => this.opts.logger.debug({ err }, 'outbox poll failed'));
      }, this.o.pollMs);
      this.poll.unref?.();
    }
    this.kick();
  }

  /**
   * In this process every writer kicks the sender after its commit. Another
   * process cannot: `npm run roster -- import --reassign-to` commits the new
   * assignees' messages from the CLI. Those rows are found here: every pollMs
   * the store's change mark is compared (SQLite: data_version), and a commit by
   * any other connection wakes a drain, which sends whatever is due. A quiet
   * SQLite store costs one pragma per poll, no query. PostgreSQL has no such
   * mark: there every poll wakes a drain (two small queries).
   */
  private async pollOtherWriters(): Promise<void> {
    if (!this.running || this.polling) return;
    this.polling = true;
    try {
      const mark = await this.opts.store.changeMark();
      if (mark !== null && mark === this.seenMark) return;
      this.seenMark = mark;
      this.kick();
    } finally {
      this.polling = false;
    }
  }

  /** Call after committing new rows: delivery starts on the next tick. */
  kick(): void {
    if (!this.running || this.scheduled) return;
    this.scheduled = true;
    // After pending I/O callbacks, not as a microtask: a burst of handled
    // messages then wakes the sender once, not once per message (each wake
    // runs a query over the pending rows).
    setImmediate(() => {
      this.scheduled = false;
      this.startDrain();
    });
  }

  /** Stops taking new rows and waits for sends already under way. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // A drain under way takes no row once running is false; its queries finish before the store may close.
    await this.draining;
    await Promise.allSettled([...this.inflight]);
  }

  /** Resolves once nothing is in flight and nothing is due (for tests and shutdown). */
  async whenIdle(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      // A drain under way may have taken a row it has not yet started to send.
      if (this.inflight.size === 0 && !this.draining) {
        const due = await nextDueAt(this.opts.store.db);
        if (!due || due.getTime() > this.o.now().getTime() + 50) return;
      }
      if (Date.now() > deadline) throw new Error('outbox did not become idle in time');
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** Drains now, or right after the drain under way. */
  private startDrain(): void {
    if (!this.running) return;
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.draining = this.drainWhileWoken();
  }

  /** Never rejects: a failed drain is logged and tried again shortly. */
  private async drainWhileWoken(): Promise<void> {
    try {
      do {
        this.drainAgain = false;
        try {
          await this.drain();
        } catch (err) {
          this.opts.logger.error({ err }, 'outbox drain failed; trying again shortly');
          this.wakeAt(this.o.now().getTime() + DRAIN_RETRY_MS);
        }
      } while (this.drainAgain && this.running);
    } finally {
      this.draining = null;
    }
  }

  private async drain(): Promise<void> {
    const { db } = this.opts.store;
    const now = this.o.now().getTime();
    let wakeAt = Infinity;
    // Lane heads this process may send now; several processes may be looking at the same rows.
    const ready: { row: OutboxRow; lane: Lane }[] = [];
    for (const id of await nextRowPerLane(db, new Date(now), 500, this.scope())) {
      if (!this.running) return;
      const row = await outboundById(db, id);
      if (!row) continue;
      const lane = this.lane(laneKey(row));
      if (lane.busy) continue; // the lane kicks again when its send finishes
      // A channel that is logged out would burn the row's attempts in seconds:
      // hold its rows (they stay pending) and look again shortly.
      const state = this.opts.channels.get(row.channel)?.state();
      if (state === 'reconnecting' || state === 'down') {
        wakeAt = Math.min(wakeAt, now + OFFLINE_RECHECK_MS);
        continue;
      }
      if (lane.readyAt > now) {
        wakeAt = Math.min(wakeAt, lane.readyAt);
        continue;
      }
      ready.push({ row, lane });
    }
    // One claim for the batch (PostgreSQL: FOR UPDATE SKIP LOCKED): rows another process took are skipped.
    const claimed = new Set(await claimRows(db, ready.map((r) => r.row.id), this.instance, new Date(now)));
    for (const [i, { row, lane }] of ready.entries()) {
      if (!claimed.has(row.id)) continue;
      if (!this.running) {
        // Stopping: what was claimed and not handed over goes back for anyone.
        await unclaimRows(db, ready.slice(i).map((r) => r.row.id).filter((id) => claimed.has(id)), this.instance);
        return;
      }
      if (!(await takeForSending(db, row.id, this.instance))) continue;
      lane.busy = true;
      const p = this.deliver(row, lane)
        // Only the store can fail here (recording the outcome): the row stays 'sending' and is parked at the next start.
        .catch((err: unknown) => this.opts.logger.error({ err, outboxId: row.id }, 'could not record a send'))
        .finally(() => {
          this.inflight.delete(p);
          lane.busy = false;
          this.kick();
        });
      this.inflight.add(p);
    }
    const due = (await nextDueAt(db))?.getTime() ?? Infinity;
    if (due > now) wakeAt = Math.min(wakeAt, due);
    this.wakeAt(wakeAt);
  }

  /** Not the rows of channels only other processes serve; only groups this account sits in (or none has claimed). */
  private scope(): SendScope {
    const mine = this.opts.channels;
    const othersOnly = [...(this.opts.peerChannels?.() ?? [])].filter((c) => !mine.has(c));
    return { othersOnly, account: this.instance };
  }

  private wakeAt(at: number): void {
    if (at === Infinity || at >= this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerAt = Infinity;
      this.startDrain();
    }, Math.max(0, at - this.o.now().getTime()));
    this.timer.unref?.();
  }

  private lane(key: string): Lane {
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = { busy: false, readyAt: 0, recent: [] };
      this.lanes.set(key, lane);
    }
    return lane;
  }

  private async deliver(row: OutboxRow, lane: Lane): Promise<void> {
    const { db } = this.opts.store;
    const log = this.opts.logger;
    const channel = this.opts.channels.get(row.channel);
    if (!channel) {
      await markFailed(db, row.id, `channel ${row.channel} is not enabled`);
      log.error({ outboxId: row.id, channel: row.channel }, 'outbox row for a disabled channel marked failed');
      return;
    }
    const msg: OutboundMessage = {
      groupId: row.groupExternalId,
      toPerson: row.toExternalId,
      text: row.text,
      mentions: row.mentions,
      card: row.card ?? undefined,
    };
    let timeout: NodeJS.Timeout | undefined;
    let delivered = false;
    try {
      await Promise.race([
        channel.send(msg),
        new Promise((_, reject) => {
          timeout = setTimeout(() => reject(new SendTimeout()), this.o.sendTimeoutMs);
        }),
      ]);
      delivered = true;
      await markSent(db, row.id, this.o.now());
    } catch (err) {
      // Sent, but the store failed to say so: never retry a delivered message (the row is parked at the next start).
      if (delivered) throw err;
      const reason = err instanceof Error ? err.message : String(err);
      const attempts = row.attempts + 1;
      if (err instanceof SendTimeout) {
        // It may still arrive: never re-send blindly.
        await markReview(db, row.id, reason);
        log.error({ outboxId: row.id }, 'send timed out; parked for review');
        await this.opts.onParked?.([{ ...row, status: 'review', lastError: reason }]);
      } else if (err instanceof PermanentSendError || attempts >= this.o.maxAttempts) {
        await markFailed(db, row.id, reason);
        log.error({ outboxId: row.id, attempts, code: (err as PermanentSendError).code, reason }, 'send failed for good');
      } else {
        const retryAt = new Date(this.o.now().getTime() + this.o.backoffMs(attempts));
        await markRetry(db, row.id, reason, retryAt);
        log.warn({ outboxId: row.id, attempts, reason }, 'send failed; will retry');
      }
    } finally {
      clearTimeout(timeout);
      const now = this.o.now().getTime();
      const gap = channel.minGapMs;
      lane.readyAt = now + (gap > 0 ? gap + this.o.random() * this.o.jitterMs : 0);
      const limit = channel.laneLimit;
      if (limit) {
        lane.recent = lane.recent.filter((t) => t > now - limit.windowMs);
        lane.recent.push(now);
        // Window full: wait until its oldest send leaves it.
        if (lane.recent.length >= limit.max) lane.readyAt = Math.max(lane.readyAt, lane.recent[0]! + limit.windowMs);
      }
    }
  }
}

class SendTimeout extends Error {
  constructor() {
    super('发送超时');
  }
}

function laneKey(row: OutboxRow): string {
  return `${row.channel}|${row.groupExternalId ?? `dm:${row.toExternalId}`}`;
}
