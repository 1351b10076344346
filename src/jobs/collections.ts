import type { Logger } from '../logger';
import { runCollectionTick, type CollectionDeps } from '../services/collections';
import { Alarm, OneAtATime, type SchedulerTimer } from './alarm';

/**
 * Drives the time-driven side of collections (batched confirmations,
 * reminders, closing at the deadline, purges). Every step is a conditional
 * write in the store, so a tick is idempotent: a fixed short period is simpler
 * than arming for the next due time and costs one indexed query when idle.
 * Ticks never overlap: the next is armed only when one has finished.
 */
export class CollectionScheduler {
  private running = false;
  private readonly alarm: Alarm;
  private readonly ticks = new OneAtATime(() => this.runTick());

  constructor(
    private readonly o: { deps: CollectionDeps; logger: Logger; kickOutbox: () => void; timer?: SchedulerTimer; periodMs?: number },
  ) {
    this.alarm = new Alarm((err) => o.logger.error({ err }, 'collections wake failed'), o.timer);
  }

  /** Resolves after the first tick. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.tick();
  }

  /** Stops waking up; resolves once a tick in progress has finished with the store. */
  async stop(): Promise<void> {
    this.running = false;
    this.alarm.clear();
    await this.ticks.idle();
  }

  /** Resolves once no tick is running or queued. */
  idle(): Promise<void> {
    return this.ticks.idle();
  }

  /** Runs what is due now; tests call it after moving their clock. Never rejects: failures are logged. */
  tick(): Promise<void> {
    return this.ticks.run();
  }

  private async runTick(): Promise<void> {
    try {
      const out = await runCollectionTick(this.o.deps);
      if (out.summaries + out.reminders + out.closed + out.purged > 0) {
        this.o.logger.info(out, 'collections: due work done');
        this.o.kickOutbox();
      }
    } catch (err) {
      this.o.logger.error({ err }, 'collections tick failed; retried at the next tick');
    }
    if (!this.running) return;
    this.alarm.set(this.o.periodMs ?? 30_000, () => this.tick());
  }
}
