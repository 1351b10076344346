import { addDuration, shareOf, type WorkCalendar } from './calendar';
import { durationMs } from './duration';
import type { ResolvedLimit, SlaConfig } from './config';

/**
 * The reminder and escalation ladder of one ticket, as a pure list of steps
 * computed from its deadlines. The ticket stores only the index of the next
 * step (sla_stage) and when to look at it (sla_next_at); the scheduler's tick
 * moves the index with a conditional update, so each step happens once.
 *
 * Sign-for clock (skipped once signed): an early nudge (nudgeAfter), reminders
 * at the remindAt shares, then at the deadline and after it one rung of 督办
 * per step. Resolve clock: the same, measured to the resolve deadline.
 */
export type StepKind = 'nudge' | 'urge' | 'overdue';
export type Clock = 'sign' | 'resolve';

export interface LadderStep {
  at: Date;
  clock: Clock;
  kind: StepKind;
  /** overdue steps: 1 at the deadline, 2 and 3 after it (each raises 督办 one rung). */
  n?: number;
}

export interface Plan {
  plannedAt: Date;
  signDueAt: Date;
  resolveDueAt: Date;
}

export function planDeadlines(start: Date, lim: ResolvedLimit, cal: WorkCalendar): { signDueAt: Date; resolveDueAt: Date } {
  return {
    signDueAt: addDuration(start, lim.signFor, cal, lim.natural),
    resolveDueAt: addDuration(start, lim.resolve, cal, lim.natural),
  };
}

export function ladderSteps(plan: Plan, lim: ResolvedLimit, cfg: SlaConfig, cal: WorkCalendar): LadderStep[] {
  const steps: LadderStep[] = [];
  const clockSteps = (clock: Clock, due: Date) => {
    const reminders = cfg.remindAt.map((share) => ({
      at: shareOf(plan.plannedAt, due, share, cal, lim.natural),
      kind: (share >= cfg.yellowAt ? 'urge' : 'nudge') as StepKind,
    }));
    if (clock === 'sign' && lim.nudgeAfter && durationMs(lim.nudgeAfter) > 0) {
      const early = addDuration(plan.plannedAt, lim.nudgeAfter, cal, lim.natural);
      if (early < due && !reminders.some((r) => Math.abs(r.at.getTime() - early.getTime()) < 60_000)) reminders.push({ at: early, kind: 'nudge' });
    }
    for (const r of reminders) if (r.at > plan.plannedAt && r.at < due) steps.push({ ...r, clock });
    const e = lim.escalate;
    [e.leader, e.office, e.street].forEach((offset, i) => {
      steps.push({ at: addDuration(due, offset, cal, lim.natural), clock, kind: 'overdue', n: i + 1 });
    });
  };
  clockSteps('sign', plan.signDueAt);
  clockSteps('resolve', plan.resolveDueAt);
  // Stable: by time, the sign-for clock first on a tie.
  return steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.at.getTime() - b.s.at.getTime() || a.i - b.i)
    .map((x) => x.s);
}

/** The index of the first step after `now` (used when a plan changes mid-way, e.g. an approved 延期). */
export function stageAfter(steps: LadderStep[], now: Date): number {
  const i = steps.findIndex((s) => s.at > now);
  return i === -1 ? steps.length : i;
}

/**
 * Quiet hours: when `at` falls inside the window, the instant the window ends
 * (the morning); otherwise null. The window may cross midnight (22:00-07:30).
 */
export function quietUntil(at: Date, win: { from: number; to: number } | null): Date | null {
  if (!win || win.from === win.to) return null;
  const OFFSET = 8 * 3_600_000;
  const local = at.getTime() + OFFSET;
  const dayStartLocal = Math.floor(local / 86_400_000) * 86_400_000;
  const minute = (local - dayStartLocal) / 60_000;
  const crosses = win.from > win.to;
  const inside = crosses ? minute >= win.from || minute < win.to : minute >= win.from && minute < win.to;
  if (!inside) return null;
  const endDay = crosses && minute >= win.from ? dayStartLocal + 86_400_000 : dayStartLocal;
  return new Date(endDay + win.to * 60_000 - OFFSET);
}
