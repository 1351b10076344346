import type { Store } from '../store/db';
import type { Logger } from '../logger';
import { dueDeptTicketIds, dueSlaTicketIds, nextDeptAt, nextSlaAt } from '../store/repos/sla';
import { runDueDeptStep } from '../services/sla/run-dept-step';
import { runDueSlaStep } from '../services/sla/run-due-step';
import { Alarm, type SchedulerTimer } from './alarm';
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
  periodic?: { name: string; run: () => number; nextAt: () => Date | null }[];
  /** Signed ticket-page links for WeCom cards (only with GRIDBOT_PUBLIC_URL). */
  ticketLink?: (ticketId: number) => string | null;
}

/**
 * The one clock tick of the time limits. Deadlines and ladder positions live
 * on the tickets (columns), never only in memory: each tick takes every step
 * that is due (runDueSlaStep moves sla_stage conditionally, so a restart or a
 * second process never repeats one), then sleeps until the earliest next step
 * (re-armed whenever a verb plans a ticket) or at most `maxSleepMs`.
 */
export class SlaScheduler {
  private readonly alarm: Alarm;
  private readonly maxSleepMs: number;
  private running = false;
  private unsubscribe: (() => void) | null = null;
  /** The instant (on the injected clock) the armed timer is for. */
  private armedFor: number | null = null;

  constructor(private readonly o: SlaSchedulerOptions) {
    this.alarm = new Alarm(o.timer);
    this.maxSleepMs = o.maxSleepMs ?? 5 * 60_000;
  }

  get deps() {
    return { store: this.o.store, now: this.o.now, channels: new Set(this.o.channels()), ticketLink: this.o.ticketLink };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    // A new or re-planned ticket may be due before the armed wake-up (an emergency's 15-minute reminder).
    // Only when it is earlier than the wake-up already armed: planning is frequent, waking is not.
    this.unsubscribe = onSlaPlanned(this.o.store, (at) => {
      if (at && (this.armedFor === null || at.getTime() < this.armedFor)) this.arm();
    });
    this.tick();
  }

  stop(): void {
    this.running = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.disarm();
  }

  /** Takes every due step (several per ticket after downtime), runs the periodic jobs, re-arms. */
  tick(): number {
    if (!this.running) return 0;
    let done = 0;
    const deps = this.deps;
    for (let round = 0; round < 50; round++) {
      const ids = dueSlaTicketIds(this.o.store.db, this.o.now());
      let moved = 0;
      for (const id of ids) {
        try {
          const out = runDueSlaStep(deps, id);
          if (out === 'done') done++;
          if (out === 'done' || out === 'skipped') moved++;
        } catch (err) {
          this.o.logger.error({ err, ticketId: id }, 'time-limit step failed');
        }
      }
      if (!moved) break;
    }
    for (const id of dueDeptTicketIds(this.o.store.db, this.o.now())) {
      try {
        if (runDueDeptStep(deps, id) === 'done') done++;
      } catch (err) {
        this.o.logger.error({ err, ticketId: id }, 'department time-limit step failed');
      }
    }
    for (const job of this.o.periodic ?? []) {
      try {
        done += job.run();
      } catch (err) {
        this.o.logger.error({ err, job: job.name }, 'supervision report job failed');
      }
    }
    if (done) {
      this.o.logger.info({ steps: done }, 'time-limit reminders and escalations queued');
      this.o.kickOutbox();
    }
    this.arm();
    return done;
  }

  private arm(): void {
    this.disarm();
    if (!this.running) return;
    const times = [nextSlaAt(this.o.store.db), nextDeptAt(this.o.store.db), ...(this.o.periodic ?? []).map((j) => j.nextAt())].filter((d): d is Date => !!d);
    const next = times.length ? Math.min(...times.map((d) => d.getTime())) : null;
    const wait = Math.min(Math.max(next !== null ? next - this.o.now().getTime() : this.maxSleepMs, 1), this.maxSleepMs);
    this.armedFor = this.o.now().getTime() + wait;
    this.alarm.set(wait, () => {
      this.armedFor = null;
      this.tick();
    });
  }

  private disarm(): void {
    this.alarm.clear();
    this.armedFor = null;
  }
}
