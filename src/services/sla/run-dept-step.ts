import { addTicketEvent, ticketById } from '../../store/repos/tickets';
import { advanceDeptStage, holdDeptStage } from '../../store/repos/sla';
import { departmentById } from '../../store/repos/departments';
import { personById, type PersonRow } from '../../store/repos/people';
import { isActive, type TicketState } from '../../core/ticket-machine';
import { quietUntil } from '../../core/sla/ladder';
import { quietWindow } from '../../core/sla/config';
import { notifyPerson } from '../notify';
import { routingCandidates } from '../tickets/candidates';
import { viewOf } from '../tickets/view';
import * as s from '../../templates/sla';
import { limitOfTicket, slaOf } from './runtime';
import { notifyDepartment } from './departments';
import type { SlaDeps, StepOutcome } from './run-due-step';

/**
 * A department's own small ladder, until it first answers: at `yellowAt` of
 * its time a 催办 to the department; at its deadline 超期 to the department,
 * the ticket's owner and the grid leader (who 协调 with it). Same guarantee
 * as the ticket ladder: a conditional move of dept_stage, the event and the
 * outbox rows in one transaction.
 */
export async function runDueDeptStep(deps: SlaDeps, ticketId: number): Promise<StepOutcome> {
  const { db } = deps.store;
  return deps.store.transaction(async () => {
    const now = deps.now();
    const t = await ticketById(db, ticketId);
    if (!t || !isActive(t.status as TicketState) || !t.deptNextAt || t.deptNextAt > now || !t.departmentId || !t.deptDueAt) return 'none';
    const rt = slaOf(deps.store);
    const stage = t.deptStage;
    if (limitOfTicket(rt, t).tier !== 'emergency') {
      const until = quietUntil(now, quietWindow(rt.config));
      if (until) return (await holdDeptStage(db, t.id, stage, until)) ? 'held' : 'none';
    }
    const d = await departmentById(db, t.departmentId);
    const overdue = stage >= 1 || t.deptDueAt <= now;
    if (!(await advanceDeptStage(db, t.id, stage, { deptStage: overdue ? 2 : 1, deptNextAt: overdue ? null : t.deptDueAt }))) return 'none';
    if (!d) return 'skipped';
    const ref = `ticket:${t.id}`;
    const view = viewOf(t);
    if (!overdue) {
      await notifyDepartment(deps, d, s.deptUrge(view, d.name, t.deptDueAt), ref);
      await addTicketEvent(db, { ticketId: t.id, actorId: null, type: 'sla_urge', note: s.deptUrgeNote(d.name), at: now });
      return 'done';
    }
    await notifyDepartment(deps, d, s.deptOverdueToDept(view, d.name, t.deptDueAt), ref);
    const owner = t.assigneeId ? await personById(db, t.assigneeId) : undefined;
    const leader = (await routingCandidates(db, t.gridId, t.communityId).leaders())[0];
    const told: PersonRow[] = [];
    for (const p of [owner, leader]) {
      if (p && !told.some((x) => x.id === p.id) && (await notifyPerson(deps, p, s.deptOverdueToStaff(view, d.name, t.deptDueAt), { ref }))) told.push(p);
    }
    await addTicketEvent(db, { ticketId: t.id, actorId: null, type: 'sla_overdue', note: s.deptOverdueNote(d.name, told.map((p) => p.name).join('、')), at: now });
    return 'done';
  });
}
