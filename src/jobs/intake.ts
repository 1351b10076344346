import type { Store } from '../store/db';
import type { Logger } from '../logger';
import { runTriageClock } from '../services/intake/send-digests';
import { Alarm, OneAtATime, type SchedulerTimer } from './alarm';

export interface IntakeSchedulerOptions {
  store: Store;
  logger: Logger;
  now: () => Date;
  channels: () => readonly string[];
  kickOutbox: () => void;
  timer?: SchedulerTimer;
  /** Longest single sleep: new triage items are picked up at least this often. */
  maxSleepMs?: number;
}

type TriageRun = Awaited<ReturnType<typeof runTriageClock>>;

/**
 * The triage clock (digests to workers, expiry after three days). Everything
 * it needs is in the store, so at start it simply runs: what came due while
 * gridbot was down goes out then. Ticks never overlap (OneAtATime).
 */
export class IntakeScheduler {
  private readonly alarm: Alarm;
  private readonly ticks = new OneAtATime(() => this.runTick());
  private readonly maxSleepMs: number;
  private running = false;

  constructor(private readonly o: IntakeSchedulerOptions) {
    this.alarm = new Alarm((err) => o.logger.error({ err }, 'triage clock wake failed'), o.timer);
    this.maxSleepMs = o.maxSleepMs ?? 60_000;
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
    this.disarm();
    await this.ticks.idle();
  }

  /** Resolves once no tick is running or queued. */
  idle(): Promise<void> {
    return this.ticks.idle();
  }

  /** Runs what is due now and re-arms. Resolves to the run (tests read it); never rejects: failures are logged. */
  tick(): Promise<TriageRun | null> {
    return this.ticks.run();
  }

  private async runTick(): Promise<TriageRun | null> {
    if (!this.running) return null;
    let run: TriageRun | null = null;
    try {
      run = await runTriageClock({ store: this.o.store, now: this.o.now, channels: new Set(this.o.channels()) });
      if (run.sent) this.o.kickOutbox();
      if (run.sent || run.expired) this.o.logger.info({ digests: run.sent, expired: run.expired }, 'triage clock ran');
    } catch (err) {
      this.o.logger.error({ err }, 'triage clock failed');
    }
    this.arm(run?.nextDueAt ?? null);
    return run;
  }

  private arm(next: Date | null): void {
    this.disarm();
    if (!this.running) return;
    const wait = next ? Math.max(0, next.getTime() - this.o.now().getTime()) : this.maxSleepMs;
    this.alarm.set(Math.min(wait, this.maxSleepMs), () => this.tick());
  }

  private disarm(): void {
    this.alarm.clear();
  }
}
