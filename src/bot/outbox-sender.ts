import { dataVersion, type Store } from '../store/db';
import type { Logger } from '../logger';
import { PermanentSendError, type Channel, type OutboundMessage } from './channel';
import {
  markFailed,
  markRetry,
  markReview,
  markSent,
  nextDueAt,
  outboundById,
  parkInFlight,
  takeForSending,
  type OutboxRow,
} from '../store/repos/outbox';
import { nextRowPerLane } from '../store/repos/outbox-lanes';

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
  onParked?: (rows: OutboxRow[]) => void;
  /** How often to look for rows another process committed (see pollOtherWriters); 0 turns it off. */
  pollMs?: number;
}

interface Lane {
  busy: boolean;
  readyAt: number;
  /** Times of recent sends, kept only for channels with a laneLimit. */
  recent: number[];
}

/** How often rows of a logged-out channel are looked at again. */
const OFFLINE_RECHECK_MS = 2_000;

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
  private seenVersion = 0;
  private scheduled = false;
  private running = false;
  private readonly o: Required<Omit<OutboxSenderOptions, 'store' | 'channels' | 'logger' | 'onParked'>>;

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
  }

  /** Parks rows a crash left in flight, then starts delivering. */
  start(): void {
    const parked = parkInFlight(this.opts.store.db);
    if (parked.length > 0) {
      this.opts.logger.warn({ parked: parked.length }, 'outbox rows interrupted by a restart were parked for review');
      this.opts.onParked?.(parked);
    }
    this.running = true;
    this.seenVersion = dataVersion(this.opts.store);
    if (this.o.pollMs > 0 && !this.poll) {
      this.poll = setInterval(() => this.pollOtherWriters(), this.o.pollMs);
      this.poll.unref?.();
    }
    this.kick();
  }

  /**
   * In this process every writer kicks the sender after its commit. Another
   * process cannot: `npm run roster -- import --reassign-to` commits the new
   * assignees' messages from the CLI. Those rows are found here: every pollMs
   * the connection's data_version is compared, and a commit by any other
   * connection wakes a drain, which sends whatever is due. A quiet store costs
   * one pragma per poll, no query.
   */
  private pollOtherWriters(): void {
    // A caller that closes the store without stop() must not get a throw from a timer.
    if (!this.running || !this.opts.store.sqlite.open) return;
    const v = dataVersion(this.opts.store);
    if (v === this.seenVersion) return;
    this.seenVersion = v;
    this.kick();
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
      this.drain();
    });
  }

  /** Stops taking new rows and waits for sends already under way. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await Promise.allSettled([...this.inflight]);
  }

  /** Resolves once nothing is in flight and nothing is due (for tests and shutdown). */
  async whenIdle(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.inflight.size === 0) {
        const due = nextDueAt(this.opts.store.db);
        if (!due || due.getTime() > this.o.now().getTime() + 50) return;
      }
      if (Date.now() > deadline) throw new Error('outbox did not become idle in time');
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  private drain(): void {
    if (!this.running) return;
    const now = this.o.now().getTime();
    let wakeAt = Infinity;
    for (const id of nextRowPerLane(this.opts.store, new Date(now), 500)) {
      const row = outboundById(this.opts.store.db, id);
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
      if (!takeForSending(this.opts.store.db, row.id)) continue;
      lane.busy = true;
      const p = this.deliver(row, lane).finally(() => {
        this.inflight.delete(p);
        lane.busy = false;
        this.kick();
      });
      this.inflight.add(p);
    }
    const due = nextDueAt(this.opts.store.db)?.getTime() ?? Infinity;
    if (due > now) wakeAt = Math.min(wakeAt, due);
    this.wakeAt(wakeAt);
  }

  private wakeAt(at: number): void {
    if (at === Infinity || at >= this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerAt = Infinity;
      this.drain();
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
      markFailed(db, row.id, `channel ${row.channel} is not enabled`);
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
    try {
      await Promise.race([
        channel.send(msg),
        new Promise((_, reject) => {
          timeout = setTimeout(() => reject(new SendTimeout()), this.o.sendTimeoutMs);
        }),
      ]);
      markSent(db, row.id, this.o.now());
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      const attempts = row.attempts + 1;
      if (err instanceof SendTimeout) {
        // It may still arrive: never re-send blindly.
        markReview(db, row.id, reason);
        log.error({ outboxId: row.id }, 'send timed out; parked for review');
        this.opts.onParked?.([{ ...row, status: 'review', lastError: reason }]);
      } else if (err instanceof PermanentSendError || attempts >= this.o.maxAttempts) {
        markFailed(db, row.id, reason);
        log.error({ outboxId: row.id, attempts, code: (err as PermanentSendError).code, reason }, 'send failed for good');
      } else {
        const retryAt = new Date(this.o.now().getTime() + this.o.backoffMs(attempts));
        markRetry(db, row.id, reason, retryAt);
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
