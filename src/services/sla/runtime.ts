import type { Store } from '../../store/db';
import { DEFAULT_SLA, limitFor, type ResolvedLimit, type SlaConfig } from '../../core/sla/config';
import { createCalendar, type WorkCalendar } from '../../core/sla/calendar';
import { ladderSteps, type LadderStep } from '../../core/sla/ladder';
import type { TicketRow } from '../../store/repos/tickets';

/**
 * The SLA configuration in force for a store. Set once by the composition
 * root (gridbot.ts) from GRIDBOT_SLA_FILE; ticket verbs look it up here so
 * their signatures and the bot context need not carry it.
 */
export interface SlaRuntime {
  config: SlaConfig;
  calendar: WorkCalendar;
}

const byStore = new WeakMap<Store, SlaRuntime>();

export function slaRuntime(config: SlaConfig): SlaRuntime {
  return { config, calendar: createCalendar(config.calendar, config.holidays) };
}

const DEFAULT_RUNTIME = slaRuntime(DEFAULT_SLA);

export function setSla(store: Store, rt: SlaRuntime): void {
  byStore.set(store, rt);
}

export function slaOf(store: Store): SlaRuntime {
  return byStore.get(store) ?? DEFAULT_RUNTIME;
}

export function limitOfTicket(rt: SlaRuntime, t: Pick<TicketRow, 'urgency' | 'category'>): ResolvedLimit {
  return limitFor(rt.config, t.urgency, t.category);
}

/** The ladder of a planned ticket (empty when it has no plan, e.g. opened before issue 15). */
export function stepsOf(rt: SlaRuntime, t: TicketRow): LadderStep[] {
  if (!t.slaPlannedAt || !t.signDueAt || !t.resolveDueAt) return [];
  return ladderSteps({ plannedAt: t.slaPlannedAt, signDueAt: t.signDueAt, resolveDueAt: t.resolveDueAt }, limitOfTicket(rt, t), rt.config, rt.calendar);
}

/**
 * A ticket's ladder changed (planned, extended, handed on): the scheduler
 * re-arms for the earliest step. Keyed by store like the announcements'
 * signal, since the verbs that plan do not know the scheduler.
 */
const listeners = new WeakMap<Store, Set<(firstStep: Date | null) => void>>();

export function onSlaPlanned(store: Store, fn: (firstStep: Date | null) => void): () => void {
  let set = listeners.get(store);
  if (!set) listeners.set(store, (set = new Set()));
  set.add(fn);
  return () => set.delete(fn);
}

/**
 * `firstStep`: when the changed ticket's next step is due. Called inside the
 * planning verb's transaction, so listeners must not touch the store.
 */
export function slaPlanned(store: Store, firstStep: Date | null): void {
  for (const fn of listeners.get(store) ?? []) fn(firstStep);
}
