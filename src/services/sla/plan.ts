import type { ServiceCtx } from '../context';
import { ticketById, type TicketRow } from '../../store/repos/tickets';
import { markSignedIfNot, setFreshPlan, setPlan, unplannedActiveTickets } from '../../store/repos/sla';
import { planDeadlines, stageAfter } from '../../core/sla/ladder';
import { limitOfTicket, slaOf, slaPlanned, stepsOf } from './runtime';

type Ctx = Pick<ServiceCtx, 'store' | 'now'>;

/**
 * Sets a ticket's deadlines from now and restarts its ladder: at open, and
 * again on transfer, escalation and reopen (a new handler gets a full clock
 * and must sign for it). Runs inside the caller's transaction. No history
 * event of its own: the open/transfer/escalate/reopen event already says why,
 * and 查 shows the deadlines.
 */
export async function planTicketDeadlines(ctx: Ctx, ticketId: number, fresh?: TicketRow): Promise<void> {
  const { db } = ctx.store;
  // `fresh`: the row the caller has just inserted in this transaction (opening), so not read again.
  const t = fresh?.id === ticketId ? fresh : await ticketById(db, ticketId);
  if (!t) return;
  const rt = slaOf(ctx.store);
  const now = ctx.now();
  const due = planDeadlines(now, limitOfTicket(rt, t), rt.calendar);
  const planned = { ...t, slaPlannedAt: now, ...due };
  const steps = stepsOf(rt, planned);
  await setFreshPlan(db, ticketId, { slaPlannedAt: now, ...due, slaNextAt: steps[0]?.at ?? null });
  slaPlanned(ctx.store, steps[0]?.at ?? null);
}

/** 签收: a claim or the first note meets the sign-for deadline (later ones change nothing). */
export async function markSigned(ctx: Ctx, ticketId: number): Promise<void> {
  await markSignedIfNot(ctx.store.db, ticketId, ctx.now());
}

/**
 * At start: tickets opened before the time limits existed get deadlines
 * counted from their opening, with the ladder placed at now: of the steps
 * already past only the latest 督办 (else the latest reminder) is taken, once,
 * and what follows it; not the whole ladder in a burst.
 */
export async function planUnplannedTickets(ctx: Ctx): Promise<number> {
  const { db } = ctx.store;
  const rt = slaOf(ctx.store);
  const now = ctx.now();
  const rows = await unplannedActiveTickets(db);
  await ctx.store.transaction(async () => {
    for (const t of rows) {
      const due = planDeadlines(t.createdAt, limitOfTicket(rt, t), rt.calendar);
      const steps = stepsOf(rt, { ...t, slaPlannedAt: t.createdAt, ...due });
      const passed = stageAfter(steps, now);
      const lastOverdue = steps.slice(0, passed).map((s) => s.kind).lastIndexOf('overdue');
      const stage = lastOverdue >= 0 ? lastOverdue : Math.max(0, passed - 1);
      const at = steps[stage]?.at ?? null;
      await setPlan(db, t.id, { slaPlannedAt: t.createdAt, ...due, slaStage: stage, slaNextAt: at && at < now ? now : at });
    }
  });
  return rows.length;
}
