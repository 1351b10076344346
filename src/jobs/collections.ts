import type { Logger } from '../logger';
import { runCollectionTick, type CollectionDeps } from '../services/collections';
import { Alarm, type SchedulerTimer } from './alarm';

/**
 * Drives the time-driven side of collections (batched confirmations,
 * reminders, closing at the deadline, purges). Every step is a conditional
 * write in the store, so a tick is idempotent: a fixed short period is simpler
 * than arming for the next due time and costs one indexed query when idle.
 */
export class CollectionScheduler {
  private running = false;
  private readonly alarm: Alarm;

  constructor(
    private readonly o: { deps: CollectionDeps; logger: Logger; kickOutbox: () => void; timer?: SchedulerTimer; periodMs?: number },
  ) {
    this.alarm = new Alarm(o.timer);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.tick();
  }

  stop(): void {
    this.running = false;
    this.alarm.clear();
  }

  /** Runs what is due now; tests call it after moving their clock. */
  tick(): void {
    try {
      const out = runCollectionTick(this.o.deps);
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
