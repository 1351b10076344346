import type { ServiceCtx } from '../context';
import { addTicketEvent, eventsOf, ticketById, type TicketRow } from '../../store/repos/tickets';
import { advanceStage, holdStage } from '../../store/repos/sla';
import { personById, type PersonRow } from '../../store/repos/people';
import { isActive, type TicketState } from '../../core/ticket-machine';
import { quietUntil, type LadderStep } from '../../core/sla/ladder';
import { quietWindow } from '../../core/sla/config';
import { notifyPerson, notifyReporters, personDestination, type Destination } from '../notify';
import { enqueueOutbound } from '../../store/repos/outbox';
import { routingCandidates } from '../tickets/candidates';
import { viewOf } from '../tickets/view';
import { handlerName } from '../../templates/tickets';
import * as s from '../../templates/sla';
import { limitOfTicket, slaOf, stepsOf } from './runtime';

export type SlaDeps = Pick<ServiceCtx, 'store' | 'now' | 'channels' | 'ticketLink'>;

export type StepOutcome = 'none' | 'held' | 'skipped' | 'done';

/** Someone a 督办 rung can reach: a roster person, or a street contact from the SLA file. */
interface RungContact {
  id: number | null;
  name: string;
  wecomUserId: string | null;
}

/**
 * Takes the next ladder step of one ticket if it is due, in one transaction:
 * the conditional move of sla_stage (a second process or a restart finds
 * nothing to do), the history event and the outbox rows.
 *
 * - Sign-for steps are skipped once the ticket is signed.
 * - A reminder already overtaken by the next step (after downtime) is skipped:
 *   one 催办 is enough. 督办 rungs are never skipped.
 * - Quiet hours hold every non-emergency step until the window ends.
 */
export async function runDueSlaStep(deps: SlaDeps, ticketId: number): Promise<StepOutcome> {
  const { db } = deps.store;
  return deps.store.transaction(async () => {
    const now = deps.now();
    const t = await ticketById(db, ticketId);
    if (!t || !isActive(t.status as TicketState) || !t.slaNextAt || t.slaNextAt > now) return 'none';
    const rt = slaOf(deps.store);
    const lim = limitOfTicket(rt, t);
    const steps = stepsOf(rt, t);
    const stage = t.slaStage;
    const step = steps[stage];
    if (!step) {
      await advanceStage(db, t.id, stage, { slaStage: stage, slaNextAt: null });
      return 'skipped';
    }
    const next = steps[stage + 1];
    const moveOn = (supervision?: number) =>
      advanceStage(db, t.id, stage, { slaStage: stage + 1, slaNextAt: next ? (next.at > now ? next.at : now) : null, supervision });

    const signedAway = step.clock === 'sign' && t.signedAt !== null;
    const overtaken = step.kind !== 'overdue' && next !== undefined && next.at <= now;
    if (signedAway || overtaken) return (await moveOn()) ? 'skipped' : 'none';

    if (lim.tier !== 'emergency') {
      const until = quietUntil(now, quietWindow(rt.config));
      if (until) return (await holdStage(db, t.id, stage, until)) ? 'held' : 'none';
    }

    if (step.kind === 'overdue') return (await escalate(deps, t, step, moveOn)) ? 'done' : 'none';
    if (!(await moveOn())) return 'none';
    await remind(deps, t, step);
    return 'done';
  });
}

function dueOf(t: TicketRow, step: LadderStep): Date {
  return step.clock === 'sign' ? t.signDueAt! : t.resolveDueAt!;
}

async function assigneeOf(deps: SlaDeps, t: TicketRow): Promise<PersonRow | undefined> {
  return t.assigneeId ? personById(deps.store.db, t.assigneeId) : undefined;
}

/** 50%: the assignee (unclaimed and unassigned: the grid's workers). 80%: 催办 to the assignee and the grid leader. */
async function remind(deps: SlaDeps, t: TicketRow, step: LadderStep): Promise<void> {
  const view = viewOf(t);
  const due = dueOf(t, step);
  const ref = `ticket:${t.id}`;
  const assignee = await assigneeOf(deps, t);
  const cands = routingCandidates(deps.store.db, t.gridId, t.communityId);
  const handler = handlerName(assignee?.name ?? null, assignee?.role ?? null);
  const told: PersonRow[] = [];
  const tell = async (p: PersonRow | undefined, text: string) => {
    if (p && !told.some((x) => x.id === p.id) && (await notifyPerson(deps, p, text, { ref }))) told.push(p);
  };
  if (step.kind === 'nudge') {
    const text = s.nudge(view, step.clock, due);
    if (assignee) await tell(assignee, text);
    else for (const w of await cands.workers()) await tell(w, text);
  } else {
    const text = s.urge(view, step.clock, due, handler);
    await tell(assignee, text);
    if (!assignee) for (const w of await cands.workers()) await tell(w, text);
    await tell((await cands.leaders())[0], text);
  }
  await addTicketEvent(deps.store.db, {
    ticketId: t.id,
    actorId: null,
    type: step.kind === 'urge' ? 'sla_urge' : 'sla_nudge',
    note: s.reminderNote(step.kind === 'urge' ? 'urge' : 'nudge', step.clock, told.map((p) => p.name).join('、') || '无人可通知'),
    at: deps.now(),
  });
}

/** Raises 督办 one rung (grid leader → community office → street); a rung with nobody routes to the next. */
async function escalate(deps: SlaDeps, t: TicketRow, step: LadderStep, moveOn: (supervision?: number) => Promise<boolean>): Promise<boolean> {
  const { db } = deps.store;
  const rt = slaOf(deps.store);
  const cands = routingCandidates(db, t.gridId, t.communityId);
  const assignee = await assigneeOf(deps, t);
  const asContact = (p: PersonRow | undefined): RungContact[] => (p ? [{ id: p.id, name: p.name, wecomUserId: p.wecomUserId }] : []);
  const rungs: Record<number, RungContact[]> = {
    1: asContact((await cands.leaders()).find((p) => p.id !== assignee?.id)),
    2: asContact((await cands.offices()).find((p) => p.id !== assignee?.id)),
    3: rt.config.street.map((c) => ({ id: null, name: c.name, wecomUserId: c.wecomUserId ?? null })),
  };
  // Each rung's contacts with where a message to them goes (none reachable: the rung is passed over).
  const reachableAt = async (r: number) => {
    const out: { contact: RungContact; to: Destination }[] = [];
    for (const contact of rungs[r]!) {
      const to = await personDestination(deps, contact);
      if (to) out.push({ contact, to });
    }
    return out;
  };
  let rung = Math.min(3, t.supervision + 1);
  let reached = await reachableAt(rung);
  while (rung < 3 && !reached.length) reached = await reachableAt(++rung);
  const contacts = reached.map((x) => x.contact);
  const supervision = Math.max(t.supervision, contacts.length ? rung : t.supervision);
  if (!(await moveOn(supervision))) return false;

  const now = deps.now();
  const view = viewOf(t);
  const due = dueOf(t, step);
  const ref = `ticket:${t.id}`;
  const handler = handlerName(assignee?.name ?? null, assignee?.role ?? null);
  // Where the channel can (WeCom, with a public URL), the rung gets a card that opens the ticket page.
  const link = deps.ticketLink?.(t.id) ?? null;
  const card = link ? s.superviseCard(view, rung, `${view.where}｜${view.summary}\n${s.RUNG_LABEL[rung]}督办：超过${step.clock === 'sign' ? '签收' : '办结'}时限 ${s.fmtDue(due)}`, link) : null;
  for (const { to } of reached) {
    await enqueueOutbound(db, { ...to, text: s.superviseToRung(view, step.clock, due, handler, rung), ref, card }, now);
  }
  // The handler hears it once per missed deadline; the later rungs are for the supervisors.
  if (assignee && contacts.length && step.n === 1) await notifyPerson(deps, assignee, s.overdueToAssignee(view, step.clock, due, rung), { ref });
  await addTicketEvent(db, {
    ticketId: t.id,
    actorId: null,
    type: 'sla_overdue',
    note: contacts.length ? s.overdueNote(step.clock, rung, contacts.map((c) => c.name).join('、')) : s.nobodyAtRung(step.clock, rung),
    at: now,
  });
  // The resident hears once, at the first 督办, never again for the same ticket.
  if (contacts.length && !(await eventsOf(db, t.id)).some((e) => e.type === 'sla_resident_told')) {
    await notifyReporters(deps, t, s.residentPassedUp(t.id, rung), { ref });
    await addTicketEvent(db, { ticketId: t.id, actorId: null, type: 'sla_resident_told', note: s.residentPassedUp(t.id, rung), at: now });
  }
  return true;
}
