import type { ServiceCtx } from '../context';
import type { Db } from '../../store/db';
import { DomainError } from '../../core/errors';
import { isStaff } from '../../core/permissions';
import { isActive, type TicketState } from '../../core/ticket-machine';
import { maskPersonalNumbers } from '../../core/mask';
import { unitBeyondRoster } from '../../core/unit-check';
import { buildingById } from '../../store/repos/area';
import { gridIdsOfStaff, personById } from '../../store/repos/people';
import { activeTicketsOf, eventsOf, isFollower, unclaimedTickets, type TicketRow } from '../../store/repos/tickets';
import { assertMayAct, loadTicket } from './change';
import { viewOf } from './view';
import * as t from '../../templates/tickets';
import { SYSTEM_NAME } from '../../templates/common';
import { pendingTriageText } from '../intake/triage-list';
import { deadlineLines, deadlineTag } from '../../templates/sla';
import { deadlineViews } from '../sla/deadline-view';

// Built once: constructing an Intl formatter costs far more than using it.
const TIME_FORMAT = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
const fmt = (d: Date) => TIME_FORMAT.format(d);

const line = (row: TicketRow) => t.ticketLine({ ...viewOf(row), state: row.status as TicketState, emergency: row.urgency === 'emergency' });

/** List lines with each ticket's deadline, 督办 and 延期 appended. */
async function lines(ctx: ServiceCtx, rows: TicketRow[]): Promise<string[]> {
  const dv = await deadlineViews(ctx.store.db, rows, ctx.now());
  return rows.map((r) => line(r) + deadlineTag(dv.get(r.id)!));
}

/** 我的: the actor's open tickets. */
export async function myTicketsText(ctx: ServiceCtx): Promise<string> {
  return t.mineList(await lines(ctx, await activeTicketsOf(ctx.store.db, ctx.actor.id)));
}

/**
 * 待办: unclaimed tickets in the grids the actor covers (leaders and office:
 * everything), then the unsure messages waiting for a look (待确认 M7 …).
 */
export async function openTicketsText(ctx: ServiceCtx): Promise<string> {
  const everything = ctx.actor.role === 'office' || ctx.actor.role === 'grid_leader';
  const rows = await unclaimedTickets(ctx.store.db, everything ? null : await gridIdsOfStaff(ctx.store.db, ctx.actor.id));
  const list = t.openList(await lines(ctx, rows));
  const triage = await pendingTriageText(ctx);
  return triage ? `${list}\n\n${triage}` : list;
}

/** 查 12: details and the full history, for staff who may act on the ticket. */
export async function showTicketText(ctx: ServiceCtx, id: number): Promise<string> {
  const ticket = await loadTicket(ctx, id);
  try {
    await assertMayAct(ctx, ticket);
  } catch (err) {
    // Looking is not handling: say "cannot view", not "cannot handle".
    if (err instanceof DomainError && err.code === 'not_allowed') err.details.view = 'staff';
    throw err;
  }
  return ticketDetailText(ctx.store.db, ticket, ctx.now());
}

/** Details and full history for staff (the original text, unmasked). Shared by `查 12` and the ticket page. */
export async function ticketDetailText(db: Db, ticket: TicketRow, now: Date = new Date()): Promise<string> {
  const id = ticket.id;
  // The same few people act on a ticket again and again: look each up once.
  const names = new Map<number, string>();
  const name = async (pid: number | null) => {
    if (!pid) return SYSTEM_NAME;
    let found = names.get(pid);
    if (found === undefined) names.set(pid, (found = (await personById(db, pid))?.name ?? `#${pid}`));
    return found;
  };
  const history: string[] = [];
  for (const e of await eventsOf(db, id)) history.push(t.historyLine(fmt(e.at), await name(e.actorId), e.type, e.note));
  const units = ticket.buildingId ? (await buildingById(db, ticket.buildingId))?.units : null;
  const unverified = ticket.building && unitBeyondRoster(ticket.unit, units) ? t.unverifiedLocation(ticket.building, units!) : null;
  return t.showTicket(
    {
      ...viewOf(ticket),
      state: ticket.status as TicketState,
      text: ticket.text,
      reporter: await name(ticket.reporterId),
      assignee: ticket.assigneeId ? await name(ticket.assigneeId) : null,
      createdAt: fmt(ticket.createdAt),
      unverified,
      // Only while it is being worked: a closed ticket's deadlines are history.
      deadline: isActive(ticket.status as TicketState) ? deadlineLines((await deadlineViews(db, [ticket], now)).get(ticket.id)!) : [],
    },
    history,
  );
}

/**
 * #12 进度: the state and last note. Residents may ask about tickets of their
 * own building or ones they reported or follow; numbers are masked.
 */
export async function ticketStatusText(ctx: ServiceCtx, id: number): Promise<string> {
  const ticket = await loadTicket(ctx, id);
  const mine = ticket.reporterId === ctx.actor.id || (await isFollower(ctx.store.db, id, ctx.actor.id));
  const sameBuilding = ctx.actor.buildingId !== null && ctx.actor.buildingId === ticket.buildingId;
  if (!isStaff(ctx.actor.role) && !mine && !sameBuilding) throw new DomainError('not_allowed', { ticket: id, view: 'resident' });
  const assignee = ticket.assigneeId ? await personById(ctx.store.db, ticket.assigneeId) : undefined;
  return t.statusReply(
    id,
    ticket.status as TicketState,
    assignee ? t.handlerName(assignee.name, assignee.role) : null,
    ticket.lastNote ? maskPersonalNumbers(ticket.lastNote) : null,
  );
}
