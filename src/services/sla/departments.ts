import { z } from 'zod';
import type { ServiceCtx } from '../context';
import type { Store } from '../../store/db';
import { isActive, type TicketState } from '../../core/ticket-machine';
import { addDuration, shareOf } from '../../core/sla/calendar';
import { stageAfter } from '../../core/sla/ladder';
import { addTicketEvent, ticketById } from '../../store/repos/tickets';
import { setPlan } from '../../store/repos/sla';
import { markDepartmentAnswered, setTicketDepartment } from '../../store/repos/departments';
import { allDepartments, departmentByName, departmentWecomUsers, upsertDepartments, type DepartmentRow } from '../../store/repos/departments';
import { groupById } from '../../store/repos/groups';
import { personById } from '../../store/repos/people';
import { enqueueOutbound } from '../../store/repos/outbox';
import { assertMayAct, loadTicket } from '../tickets/change';
import { notifyPerson, notifyReporters, postToGroup } from '../notify';
import { viewOf } from '../tickets/view';
import { handlerName } from '../../templates/tickets';
import * as s from '../../templates/sla';
import { slaOf, slaPlanned, stepsOf } from './runtime';
import { DepartmentRefused } from './errors';
import type { SlaDeps } from './run-due-step';

/** The SLA file's departments into the table (at start). */
export async function syncDepartments(store: Store): Promise<void> {
  await upsertDepartments(store.db, slaOf(store).config.departments);
}

/** Queues a message to a department: its bound group and its WeCom contacts. Returns how many places it went. */
export async function notifyDepartment(deps: SlaDeps, d: DepartmentRow, text: string, ref: string): Promise<number> {
  let reached = 0;
  const group = d.groupId ? await groupById(deps.store.db, d.groupId) : undefined;
  if (group && deps.channels.has(group.channel)) {
    await postToGroup(deps, group, text, [], { ref });
    reached++;
  }
  if (deps.channels.has('wecom')) {
    for (const user of departmentWecomUsers(d)) {
      await enqueueOutbound(deps.store.db, { channel: 'wecom', toExternalId: user, text, ref }, deps.now());
      reached++;
    }
  }
  return reached;
}

const handInput = z.object({ ticketId: z.number().int().positive(), department: z.string().trim().min(1).max(40), note: z.string().trim().max(300).default('') });

/**
 * 转部门 12 物业 请尽快派人 (社区吹哨、部门报到): the department's contacts get
 * the card and their own deadline; the grid worker stays the owner. With
 * `department.pauseTicketClock`, the ticket's resolve deadline waits for the
 * department's.
 */
export async function handToDepartment({ ctx, input: raw }: { ctx: ServiceCtx; input: z.input<typeof handInput> }) {
  const { ticketId, department, note } = handInput.parse(raw);
  const { db } = ctx.store;
  const rt = slaOf(ctx.store);
  return ctx.store.transaction(async () => {
    const t = await loadTicket(ctx, ticketId);
    await assertMayAct(ctx, t);
    if (!isActive(t.status as TicketState)) throw new DepartmentRefused('dept_not_active', ticketId, department);
    const d = await departmentByName(db, department);
    if (!d) throw new DepartmentRefused('dept_unknown', ticketId, department, (await allDepartments(db)).map((x) => x.name));
    const now = ctx.now();
    const limit = rt.config.departments.find((x) => x.name === d.name)?.resolve ?? rt.config.department.resolve;
    const due = addDuration(now, limit, rt.calendar, false);
    // The department's own ladder: 催办 at yellowAt of its time, 超期 at its deadline (see runDueDeptStep).
    const urgeAt = shareOf(now, due, rt.config.yellowAt, rt.calendar, false);
    await setTicketDepartment(db, ticketId, { departmentId: d.id, deptHandedAt: now, deptDueAt: due, deptAnsweredAt: null, deptStage: 0, deptNextAt: urgeAt });
    slaPlanned(ctx.store, urgeAt);
    if (rt.config.department.pauseTicketClock && t.resolveDueAt && t.resolveDueAt < due) {
      const steps = stepsOf(rt, { ...t, resolveDueAt: due });
      const stage = stageAfter(steps, now);
      await setPlan(db, ticketId, { resolveDueAt: due, slaStage: stage, slaNextAt: steps[stage]?.at ?? null });
      slaPlanned(ctx.store, steps[stage]?.at ?? null);
    }
    await addTicketEvent(db, { ticketId, actorId: ctx.actor.id, type: 'dept_handed', note: s.deptHandedNote(d.name, note), at: now });
    const ref = `ticket:${ticketId}`;
    const reached = await notifyDepartment(ctx, d, s.deptCard(viewOf(t), d.name, handlerName(ctx.actor.name, ctx.actor.role), note, due), ref);
    const owner = t.assigneeId ? await personById(db, t.assigneeId) : undefined;
    if (owner && owner.id !== ctx.actor.id) await notifyPerson(ctx, owner, s.deptHandedOk(ticketId, d.name, due, reached > 0), { ref });
    await notifyReporters(ctx, t, s.deptHandedToResident(ticketId, d.name), { ref });
    return { ticketId, department: d, due, reached };
  });
}

/**
 * A department's 进度 12 … / 办结 12 … (from its bound group or a WeCom
 * contact): recorded in the history, passed on to the residents and the
 * owner, and the first answer stops the department's clock. 办结 from a
 * department does not close the ticket: the grid worker checks and closes it.
 */
export async function departmentAnswer(deps: SlaDeps, d: DepartmentRow, ticketId: number, kind: 'note' | 'done', text: string, who: string) {
  const { db } = deps.store;
  return deps.store.transaction(async () => {
    const t = await ticketById(db, ticketId);
    if (!t || t.departmentId !== d.id || !isActive(t.status as TicketState)) throw new DepartmentRefused('dept_not_theirs', ticketId, d.name);
    const now = deps.now();
    await markDepartmentAnswered(db, ticketId, now);
    const label = `${d.name}${who ? ` ${who}` : ''}`;
    await addTicketEvent(db, { ticketId, actorId: null, type: kind === 'done' ? 'dept_done' : 'dept_note', note: s.deptNote(label, text), at: now });
    const ref = `ticket:${ticketId}`;
    await notifyReporters(deps, t, kind === 'done' ? s.deptDoneToResident(ticketId, d.name, text) : s.deptProgressToResident(ticketId, d.name, text), { ref });
    const owner = t.assigneeId ? await personById(db, t.assigneeId) : undefined;
    if (owner) await notifyPerson(deps, owner, kind === 'done' ? s.deptDoneToOwner(ticketId, d.name, text) : s.deptProgressToOwner(ticketId, d.name, text), { ref });
    return { ticketId };
  });
}
