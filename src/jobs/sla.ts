import type { Store } from '../store/db';
import type { Logger } from '../logger';
import { dueDeptTicketIds, dueSlaTicketIds, nextDeptAt, nextSlaAt } from '../store/repos/sla';
import { runDueDeptStep } from '../services/sla/run-dept-step';
import { runDueSlaStep } from '../services/sla/run-due-step';
import { Alarm, OneAtATime, type SchedulerTimer } from './alarm';
import { onSlaPlanned } from '../services/sla/runtime';

export interface SlaSchedulerOptions {
  store: Store;
  logger: Logger;
  now: () => Date;
  channels: () => readonly string[];
  kickOutbox: () => void;
  timer?: SchedulerTimer;
  /** Longest sleep (default 5 min): a wall-clock jump or another process's tickets are noticed at least this often. */
  maxSleepMs?: number;
  /** Periodic jobs (supervision reports) run at each tick; they return when they next want to run. */
  periodic?: { name: string; run: () => Promise<number>; nextAt: () => Date | null }[];
  /** Signed ticket-page links for WeCom cards (only with GRIDBOT_PUBLIC_URL). */
  ticketLink?: (ticketId: number) => string | null;
}

/**
 * The one clock tick of the time limits. Deadlines and ladder positions live
 * on the tickets (columns), never only in memory: each tick takes every step
 * that is due (runDueSlaStep moves sla_stage conditionally, so a restart or a
 * second process never repeats one), then sleeps until the earliest next step
 * (re-armed whenever a verb plans a ticket) or at most `maxSleepMs`. Ticks
 * never overlap (OneAtATime).
 */
export class SlaScheduler {
  private readonly alarm: Alarm;
  private readonly ticks = new OneAtATime(() => this.runTick());
  private readonly maxSleepMs: number;
  private running = false;
  private unsubscribe: (() => void) | null = null;
  /** The instant (on the injected clock) the armed timer is for. */
  private armedFor: number | null = null;
  /**
   * The earliest step a verb reported since the last arm: its transaction may
   * not have committed when arm() reads the store, so arm() counts it too.
   */
  private plannedHint: number | null = null;

  constructor(private readonly o: SlaSchedulerOptions) {
    this.alarm = new Alarm((err) => o.logger.error({ err }, 'time-limit wake failed'), o.timer);
    this.maxSleepMs = o.maxSleepMs ?? 5 * 60_000;
  }

  get deps() {
    return { store: this.o.store, now: this.o.now, channels: new Set(this.o.channels()), ticketLink: this.o.ticketLink };
  }

  /** Resolves after the first tick. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    // A new or re-planned ticket may be due before the armed wake-up (an emergency's 15-minute reminder).
    // Only when it is earlier than the wake-up already armed: planning is frequent, waking is not.
    // Called inside the planning verb's transaction, so no store work here: the wake is set for that
    // instant, and the tick it runs re-arms from the store.
    this.unsubscribe = onSlaPlanned(this.o.store, (at) => {
      if (!at || !this.running) return;
      const t = at.getTime();
      this.plannedHint = Math.min(this.plannedHint ?? t, t);
      if (this.armedFor === null || t < this.armedFor) this.setAlarm(t);
    });
    await this.tick();
  }

  /** Stops waking up; resolves once a tick in progress has finished with the store. */
  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.disarm();
    await this.ticks.idle();
  }

  /** Resolves once no tick is running or queued. */
  idle(): Promise<void> {
    return this.ticks.idle();
  }

  /** Takes every due step (several per ticket after downtime), runs the periodic jobs, re-arms. Never rejects: failures are logged. */
  tick(): Promise<number> {
    return this.ticks.run();
  }

  private async runTick(): Promise<number> {
    if (!this.running) return 0;
    let done = 0;
    const deps = this.deps;
    try {
      for (let round = 0; round < 50; round++) {
        const ids = await dueSlaTicketIds(this.o.store.db, this.o.now());
        let moved = 0;
        for (const id of ids) {
          try {
            const out = await runDueSlaStep(deps, id);
            if (out === 'done') done++;
            if (out === 'done' || out === 'skipped') moved++;
          } catch (err) {
            this.o.logger.error({ err, ticketId: id }, 'time-limit step failed');
          }
        }
        if (!moved) break;
      }
      for (const id of await dueDeptTicketIds(this.o.store.db, this.o.now())) {
        try {
          if ((await runDueDeptStep(deps, id)) === 'done') done++;
        } catch (err) {
          this.o.logger.error({ err, ticketId: id }, 'department time-limit step failed');
        }
      }
    } catch (err) {
      this.o.logger.error({ err }, 'could not read the due time-limit steps');
    }
    for (const job of this.o.periodic ?? []) {
      try {
        done += await job.run();
      } catch (err) {
        this.o.logger.error({ err, job: job.name }, 'supervision report job failed');
      }
    }
    if (done) {
      this.o.logger.info({ steps: done }, 'time-limit reminders and escalations queued');
      this.o.kickOutbox();
    }
    await this.arm();
    return done;
  }

  private async arm(): Promise<void> {
    this.disarm();
    if (!this.running) return;
    const times: Date[] = [];
    try {
      times.push(...[await nextSlaAt(this.o.store.db), await nextDeptAt(this.o.store.db)].filter((d): d is Date => !!d));
    } catch (err) {
      // Still re-armed (at most maxSleepMs): the store is tried again at the next wake.
      this.o.logger.error({ err }, 'could not read the next time-limit step');
    }
    if (!this.running) return;
    for (const j of this.o.periodic ?? []) {
      const at = j.nextAt();
      if (at) times.push(at);
    }
    const next = Math.min(...times.map((d) => d.getTime()), this.plannedHint ?? Infinity);
    this.plannedHint = null;
    this.setAlarm(Number.isFinite(next) ? next : null);
  }

  /** Wakes at `at` (null: after maxSleepMs), never later than maxSleepMs from now. */
  private setAlarm(at: number | null): void {
    const wait = Math.min(Math.max(at !== null ? at - this.o.now().getTime() : this.maxSleepMs, 1), this.maxSleepMs);
    this.armedFor = this.o.now().getTime() + wait;
    this.alarm.set(wait, () => {
      this.armedFor = null;
      return this.tick();
    });
  }

  private disarm(): void {
    this.alarm.clear();
    this.armedFor = null;
  }
}
