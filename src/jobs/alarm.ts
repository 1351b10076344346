import { AsyncResource } from 'node:async_hooks';

/** A timer that can be replaced in tests (a fake clock moves time; the fake timer fires). */
export interface SchedulerTimer {
  /**
   * Calls `fn` once after `ms`. `fn` returns the wake's work so that a fake
   * timer can await it; it never rejects (the Alarm logs what failed).
   */
  set(fn: () => Promise<void>, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimer: SchedulerTimer = {
  set(fn, ms) {
    // Fire-and-forget: nothing awaits a timer. `fn` already catches and logs
    // (see Alarm); this catch only keeps a stray rejection from crashing the process.
    const t = setTimeout(() => void fn().catch((err: unknown) => process.emitWarning(`gridbot: scheduler wake failed: ${String(err)}`)), ms);
    t.unref?.();
    return t;
  },
  clear: (h) => clearTimeout(h as NodeJS.Timeout),
};

/** Made at module load, outside any request or transaction. */
const rootScope = new AsyncResource('gridbot-scheduler');

/**
 * Runs `fn` outside the caller's async context. The store remembers a
 * transaction for its async call chain, and timers and promise callbacks
 * inherit that chain: a scheduler woken or signalled from inside a verb's
 * transaction (slaPlanned, announcementsChanged) would otherwise send its
 * own queries into that transaction, or into its connection after it ended.
 */
export function outsideTransactions<T>(fn: () => T): T {
  return rootScope.runInAsyncScope(fn);
}

/**
 * The one pending wake-up of a scheduler: setting it again replaces it, so a
 * scheduler never has two timers running. Shared by the announcement, time
 * limit, triage and collection schedulers.
 */
export class Alarm {
  private handle: unknown = null;

  /** `onError`: where a wake that failed is logged (a rejected timer callback must not crash the process). */
  constructor(
    private readonly onError: (err: unknown) => void,
    private readonly timer: SchedulerTimer = realTimer,
  ) {}

  set(ms: number, fn: () => Promise<unknown>): void {
    this.clear();
    this.handle = this.timer.set(async () => {
      this.handle = null;
      try {
        await outsideTransactions(fn);
      } catch (err) {
        this.onError(err);
      }
    }, ms);
  }

  clear(): void {
    if (this.handle !== null) this.timer.clear(this.handle);
    this.handle = null;
  }
}

/**
 * Runs an async job one call at a time. A call made while the job runs does
 * not start a second, overlapping run (a tick slower than its interval, a
 * signal during a tick): it is folded into one more run right after the
 * current one, so work that came due meanwhile is still done, and receives
 * that run's result. Calls made while one is already queued share it.
 */
export class OneAtATime<T> {
  private running: Promise<T> | null = null;
  private queued: Promise<T> | null = null;

  constructor(private readonly job: () => Promise<T>) {}

  run(): Promise<T> {
    if (this.queued) return this.queued;
    if (!this.running) return this.begin();
    const after = () => {
      this.queued = null;
      return this.begin();
    };
    this.queued = this.running.then(after, after);
    return this.queued;
  }

  /** Resolves once no run is in progress or queued (never rejects). */
  async idle(): Promise<void> {
    for (let p = this.queued ?? this.running; p; p = this.queued ?? this.running) {
      await p.then(
        () => undefined,
        () => undefined,
      );
    }
  }

  private begin(): Promise<T> {
    const p = this.job();
    this.running = p;
    // Registered before any queued run's `then`, so the slot is free exactly when that run begins.
    const done = () => {
      if (this.running === p) this.running = null;
    };
    p.then(done, done);
    return p;
  }
}
