/** A timer that can be replaced in tests (a fake clock moves time; the fake timer fires). */
export interface SchedulerTimer {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimer: SchedulerTimer = {
  set(fn, ms) {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clear: (h) => clearTimeout(h as NodeJS.Timeout),
};

/**
 * The one pending wake-up of a scheduler: setting it again replaces it, so a
 * scheduler never has two timers running. Shared by the announcement, time
 * limit, triage and collection schedulers.
 */
export class Alarm {
  private handle: unknown = null;

  constructor(private readonly timer: SchedulerTimer = realTimer) {}

  set(ms: number, fn: () => void): void {
    this.clear();
    this.handle = this.timer.set(() => {
      this.handle = null;
      fn();
    }, ms);
  }

  clear(): void {
    if (this.handle !== null) this.timer.clear(this.handle);
    this.handle = null;
  }
}
