import type { ServiceCtx } from '../context';
import { ticketById } from '../../store/repos/tickets';
import { markSignedIfNot, setPlan } from '../../store/repos/sla';
import { planDeadlines } from '../../core/sla/ladder';
import { limitOfTicket, slaOf, stepsOf } from './runtime';

type Ctx = Pick<ServiceCtx, 'store' | 'now'>;

/**
 * Sets a ticket's deadlines from now and restarts its ladder: at open, and
 * again on transfer, escalation and reopen (a new handler gets a full clock
 * and must sign for it). Runs inside the caller's transaction. No history
 * event of its own: the open/transfer/escalate/reopen event already says why,
 * and 查 shows the deadlines.
 */
export function planTicketDeadlines(ctx: Ctx, ticketId: number): void {
  const { db } = ctx.store;
  const t = ticketById(db, ticketId);
  if (!t) return;
  const rt = slaOf(ctx.store);
  const now = ctx.now();
  const due = planDeadlines(now, limitOfTicket(rt, t), rt.calendar);
  const planned = { ...t, slaPlannedAt: now, ...due };
  const steps = stepsOf(rt, planned);
  setPlan(db, ticketId, { slaPlannedAt: now, ...due, signedAt: null, slaStage: 0, slaNextAt: steps[0]?.at ?? null, supervision: 0 });
}

/** 签收: a claim or the first note meets the sign-for deadline (later ones change nothing). */
export function markSigned(ctx: Ctx, ticketId: number): void {
  markSignedIfNot(ctx.store.db, ticketId, ctx.now());
}
