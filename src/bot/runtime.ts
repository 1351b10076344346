import type { Composer } from './composer';
import { BotContext, type BotDeps } from './context';
import type { InboundMessage } from './channel';
import { inboundById, pendingInbound, recordInbound } from '../store/repos/inbox';

type StoredInbound = Omit<InboundMessage, 'sentAt'> & { sentAt: string };

/**
 * Takes inbound messages from every channel: records each one durably (the
 * persisted duplicate guard), then handles them one at a time, in order, down
 * the handler chain. Handling one at a time keeps the SQLite writes simple and
 * the chat order intact; each message takes well under a millisecond.
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
  accept(msg: InboundMessage): number | null {
    if (this.stopped) throw new Error('runtime is stopping');
    const stored: StoredInbound = { ...msg, sentAt: msg.sentAt.toISOString() };
    const id = recordInbound(this.deps.store.db, msg.channel, msg.messageId, stored, this.deps.now());
    if (id === null) {
      this.deps.logger.info({ channel: msg.channel, messageId: msg.messageId, outcome: 'duplicate' }, 'message');
      return null;
    }
    this.schedule(id);
    return id;
  }

  /** For channels that push messages: accept and wait until handled. */
  async receive(msg: InboundMessage): Promise<void> {
    if (this.accept(msg) !== null) await this.whenIdle();
  }

  /** Handles rows a crash left unhandled (accepted but not finished). */
  resumePending(): number {
    const rows = pendingInbound(this.deps.store.db);
    for (const row of rows) this.schedule(row.id);
    if (rows.length) this.deps.logger.warn({ count: rows.length }, 'resuming messages accepted before a restart');
    return rows.length;
  }

  whenIdle(): Promise<void> {
    return this.tail;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.tail;
  }

  get backlog(): number {
    return this.queued;
  }

  private schedule(inboxId: number): void {
    this.queued++;
    this.tail = this.tail.then(() => this.handle(inboxId)).finally(() => this.queued--);
  }

  private async handle(inboxId: number): Promise<void> {
    const row = inboundById(this.deps.store.db, inboxId);
    if (!row || row.status !== 'pending') return;
    const stored = row.payload as StoredInbound;
    const msg: InboundMessage = { ...stored, sentAt: new Date(stored.sentAt) };
    const ctx = new BotContext(msg, row.id, row.receivedAt, this.deps);
    const started = performance.now();
    try {
      await this.chain.run(ctx);
      if (!ctx.isFinished) ctx.markHandled('done');
    } catch (err) {
      // The chain has its own error boundary; this is the last line of defence.
      this.deps.logger.error({ err, inboxId }, 'message handling crashed outside the error boundary');
    } finally {
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
    }
  }
}
