import type { Db } from '../db';
import { rawSql } from '../port';

/** What the reports read of a ticket: its deadlines and who/where, nothing derived. */
export interface ReportTicketRow {
  id: number;
  gridId: number | null;
  gridName: string | null;
  assigneeId: number | null;
  assigneeName: string | null;
  assigneeRole: string | null;
  status: string;
  createdAt: number;
  slaPlannedAt: number | null;
  signDueAt: number | null;
  resolveDueAt: number | null;
  departmentId: number | null;
  departmentName: string | null;
  deptDueAt: number | null;
  deptAnsweredAt: number | null;
}

export interface ReportEventRow {
  ticketId: number;
  type: string;
  note: string | null;
  at: number;
}

/** A still-open ticket from before the period, with its sign-for mark (tickets.signed_at). */
export interface OverdueTicketRow extends ReportTicketRow {
  signedAt: number | null;
}

const TICKET_COLUMNS = `t.id, t.grid_id AS "gridId", g.name AS "gridName", t.assignee_id AS "assigneeId", p.name AS "assigneeName",
            p.role AS "assigneeRole", t.status, t.created_at AS "createdAt", t.sla_planned_at AS "slaPlannedAt",
            t.sign_due_at AS "signDueAt", t.resolve_due_at AS "resolveDueAt",
            t.department_id AS "departmentId", d.name AS "departmentName", t.dept_due_at AS "deptDueAt",
            t.dept_answered_at AS "deptAnsweredAt"`;
const TICKET_JOINS = `LEFT JOIN departments d ON d.id = t.department_id
       LEFT JOIN grids g ON g.id = t.grid_id
       LEFT JOIN people p ON p.id = t.assignee_id`;
/** Opened before the end, and opened or due (any deadline) since the start. Params: end, start × 4. */
const IN_PERIOD = `t.created_at < ? AND (t.created_at >= ? OR t.sign_due_at >= ? OR t.resolve_due_at >= ? OR t.dept_due_at >= ?)`;
const periodParams = (start: Date, end: Date) => [end.getTime(), ...Array(4).fill(start.getTime())];

/**
 * Tickets the period's figures are about: opened before its end and opened or
 * due within it. One text for both engines.
 */
export async function reportTickets(db: Db, start: Date, end: Date): Promise<ReportTicketRow[]> {
  return rawSql(db).rows<ReportTicketRow>(
    `SELECT ${TICKET_COLUMNS}
       FROM tickets t
       ${TICKET_JOINS}
      WHERE ${IN_PERIOD}
      ORDER BY t.id`,
    periodParams(start, end),
  );
}

/** The history of the period's tickets (the event log the figures come from), oldest first: one read. */
export async function reportEvents(db: Db, start: Date, end: Date): Promise<ReportEventRow[]> {
  return rawSql(db).rows<ReportEventRow>(
    `SELECT e.ticket_id AS "ticketId", e.type, e.note, e.at
       FROM ticket_events e
       JOIN tickets t ON t.id = e.ticket_id
      WHERE ${IN_PERIOD}
      ORDER BY e.id`,
    periodParams(start, end),
  );
}

/**
 * The rest of what a report names: tickets from before the period (nothing of
 * them opened or fell due in it) still being worked and past a deadline now
 * (办结 passed, or 签收 passed and not signed for since the current plan).
 * They count only as 当前超期; tickets.signed_at stands in for their history.
 */
export async function overdueBeforePeriod(db: Db, start: Date, now: Date): Promise<OverdueTicketRow[]> {
  const from = start.getTime();
  const at = now.getTime();
  return rawSql(db).rows<OverdueTicketRow>(
    `SELECT ${TICKET_COLUMNS}, t.signed_at AS "signedAt"
       FROM tickets t
       ${TICKET_JOINS}
      WHERE t.status IN ('open', 'claimed', 'escalated', 'reopened')
        AND t.created_at < ? AND COALESCE(t.sign_due_at, 0) < ? AND COALESCE(t.resolve_due_at, 0) < ? AND COALESCE(t.dept_due_at, 0) < ?
        AND (t.resolve_due_at <= ? OR (t.sign_due_at <= ? AND t.signed_at IS NULL))
      ORDER BY t.id`,
    [from, from, from, from, at, at],
  );
}
