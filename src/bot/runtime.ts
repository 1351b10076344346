import type { Composer } from './composer';
import { BotContext, type BotDeps } from './context';
import type { InboundMessage } from './channel';
import { inboundById, pendingInbound } from '../store/repos/inbox';
import { recordMessage, storedMessage } from './inbox-record';
import { recordFailure } from './failure';
import { groupCommit } from '../store/group-commit';

/** How long message handling may hold the event loop before letting I/O and timers run. */
const YIELD_EVERY_MS = 10;

/** An inbox insert's outcome: the new row's id, or null for a duplicate. */
interface Recorded {
  id: number | null;
  msg: InboundMessage;
  receivedAt: Date;
}

/**
 * Takes inbound messages from every channel: records each one durably (the
 * persisted duplicate guard), then handles them one at a time, in order, down
 * the handler chain. Handling one at a time keeps the store writes simple and
 * the chat order intact; each message takes well under a millisecond on SQLite.
 */
export class BotRuntime {
  private tail: Promise<void> = Promise.resolve();
  private queued = 0;
  private stopped = false;

  constructor(
    private readonly deps: BotDeps,
    private readonly chain: Composer<BotContext>,
  ) {}

  /**
   * Records the message and queues it. Returns the inbox id, or null for a
   * duplicate (same channel + message id seen before, even before a restart).
   */
  async accept(msg: InboundMessage): Promise<number | null> {
    if (this.stopped) throw new Error('runtime is stopping');
    const recording = this.record(msg);
    // stop() waits for it: a message accepted before the stop is queued, never lost half-way.
    this.recording.add(recording);
    try {
      return this.queue(await recording);
    } finally {
      this.recording.delete(recording);
    }
  }

  /** Inbox writes of accept() under way. */
  private readonly recording = new Set<Promise<Recorded>>();

  /**
   * accept() for callers that must answer only once the row is committed and
   * can wait a moment (the WeCom callback): messages arriving in the same turn
   * of the event loop share one commit. Resolves like accept() returns.
   */
  acceptGrouped(msg: InboundMessage): Promise<number | null> {
    if (this.stopped) return Promise.reject(new Error('runtime is stopping'));
    return this.grouped.add(msg);
  }

  private readonly grouped = groupCommit(async (msgs: readonly InboundMessage[]) => {
    const recorded = await this.deps.store.transaction(async () => {
      const out: Recorded[] = [];
      for (const msg of msgs) out.push(await this.record(msg));
      return out;
    });
    // Queued only after the commit: a rolled-back row must never be handled.
    return recorded.map((r) => this.queue(r));
  });

  private async record(msg: InboundMessage): Promise<Recorded> {
    const receivedAt = this.deps.now();
    return { id: await recordMessage(this.deps.store.db, msg, receivedAt, this.deps.instance ?? 'main'), msg, receivedAt };
  }

  private queue({ id, msg, receivedAt }: Recorded): number | null {
    if (id === null) {
      this.deps.logger.info({ channel: msg.channel, messageId: msg.messageId, outcome: 'duplicate' }, 'message');
      return null;
    }
    // Just recorded as pending: handle it from memory, no need to read it back.
    this.schedule(id, { msg: { ...msg }, receivedAt });
    return id;
  }

  /** For channels that push messages: accept and wait until handled. */
  async receive(msg: InboundMessage): Promise<void> {
    if ((await this.accept(msg)) !== null) await this.whenIdle();
  }

  /** Handles rows a crash left unhandled (accepted but not finished). */
  async resumePending(): Promise<number> {
    const rows = await pendingInbound(this.deps.store.db, this.deps.instance ?? 'main');
    for (const row of rows) this.schedule(row.id);
    if (rows.length) this.deps.logger.warn({ count: rows.length }, 'resuming messages accepted before a restart');
    return rows.length;
  }

  /** Handles rows adopted from a process that died (already re-assigned to this one in the store). */
  adopt(inboxIds: readonly number[]): void {
    if (this.stopped) return;
    for (const id of inboxIds) this.schedule(id);
  }

  /** Resolves when the queue is empty and no deferred work is left. */
  async whenIdle(): Promise<void> {
    for (;;) {
      await this.tail;
      if (this.deferred.size === 0) return;
      await Promise.allSettled([...this.deferred]);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    // Messages waiting for their group's commit, or for their own insert, are written (and queued) first.
    await this.grouped.drain();
    await Promise.allSettled([...this.recording]);
    await this.whenIdle();
  }

  get backlog(): number {
    return this.queued;
  }

  /** Messages finishing off the queue (ctx.defer), awaited by whenIdle and stop. */
  private readonly deferred = new Set<Promise<void>>();

  /** Ids queued and not yet handled: a row resumed at start may also arrive live. */
  private readonly scheduled = new Set<number>();

  private schedule(inboxId: number, live?: { msg: InboundMessage; receivedAt: Date }): void {
    if (this.scheduled.has(inboxId)) return;
    this.scheduled.add(inboxId);
    this.queued++;
    this.tail = this.tail
      .then(() => this.handle(inboxId, live))
      // One message's failure must never stall the queue behind it.
      .catch((err: unknown) => this.deps.logger.error({ err, inboxId }, 'message handling failed before the chain'))
      .then(() => this.yieldNow())
      .finally(() => {
        this.scheduled.delete(inboxId);
        this.queued--;
      });
  }

  private lastYield = performance.now();

  /**
   * Handling is a chain of promises; without a pause a burst of thousands of
   * messages would hold the event loop for seconds: no HTTP answers, no timers,
   * no sends (emergency alerts included). Give it a turn every few ms.
   */
  private async yieldNow(): Promise<void> {
    if (performance.now() - this.lastYield < YIELD_EVERY_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.lastYield = performance.now();
  }

  private async handle(inboxId: number, live?: { msg: InboundMessage; receivedAt: Date }): Promise<void> {
    let msg: InboundMessage;
    let receivedAt: Date;
    if (live) {
      ({ msg, receivedAt } = live);
    } else {
      const row = await inboundById(this.deps.store.db, inboxId);
      if (!row || row.status !== 'pending') return;
      msg = storedMessage(row.payload);
      receivedAt = row.receivedAt;
    }
    const ctx = new BotContext(msg, inboxId, receivedAt, this.deps);
    const started = performance.now();
    const done = () => {
      this.deps.kickOutbox();
      this.deps.logger.info(
        {
          channel: msg.channel,
          messageId: msg.messageId,
          group: ctx.group?.id ?? null,
          person: ctx.actor?.id ?? null,
          outcome: ctx.outcome,
          ms: Math.round((performance.now() - started) * 100) / 100,
        },
        'message',
      );
    };
    try {
      await this.chain.run(ctx);
    } catch (err) {
      // The chain has its own error boundary; this is the last line of defence.
      this.deps.logger.error({ err, inboxId }, 'message handling crashed outside the error boundary');
    }
    if (ctx.deferred) {
      // Finishes off the queue: the next message is handled meanwhile.
      const work: Promise<void> = this.finishDeferred(ctx, ctx.deferred).finally(() => {
        this.deferred.delete(work);
        done();
      });
      this.deferred.add(work);
      return;
    }
    try {
      if (!ctx.isFinished) await ctx.markHandled('done');
    } finally {
      done();
    }
  }

  /** Waits for a message's deferred work, then marks it handled (or failed); never rejects. */
  private async finishDeferred(ctx: BotContext, deferred: Promise<unknown>): Promise<void> {
    try {
      try {
        await deferred;
      } catch (err) {
        await recordFailure(ctx, err);
        return;
      }
      if (!ctx.isFinished) await ctx.markHandled('done');
    } catch (err) {
      this.deps.logger.error({ err, inboxId: ctx.inboxId }, 'deferred message handling failed');
    }
  }
}
