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

/**
 * Tickets that can count in [start, end): opened before its end and either
 * opened, due or still open within it (a still-open one may be overdue now).
 * One text for both engines.
 */
export async function reportTickets(db: Db, start: Date, end: Date): Promise<ReportTicketRow[]> {
  const from = start.getTime();
  return rawSql(db).rows<ReportTicketRow>(
    `SELECT t.id, t.grid_id AS "gridId", g.name AS "gridName", t.assignee_id AS "assigneeId", p.name AS "assigneeName",
            p.role AS "assigneeRole", t.status, t.created_at AS "createdAt", t.sla_planned_at AS "slaPlannedAt",
            t.sign_due_at AS "signDueAt", t.resolve_due_at AS "resolveDueAt",
            t.department_id AS "departmentId", d.name AS "departmentName", t.dept_due_at AS "deptDueAt",
            t.dept_answered_at AS "deptAnsweredAt"
       FROM tickets t
       LEFT JOIN departments d ON d.id = t.department_id
       LEFT JOIN grids g ON g.id = t.grid_id
       LEFT JOIN people p ON p.id = t.assignee_id
      WHERE t.created_at < ?
        AND (t.created_at >= ? OR t.sign_due_at >= ? OR t.resolve_due_at >= ? OR t.dept_due_at >= ?
             OR t.status IN ('open', 'claimed', 'escalated', 'reopened'))
      ORDER BY t.id`,
    [end.getTime(), from, from, from, from],
  );
}

/** The history of those tickets (the event log the figures come from), oldest first. */
export async function reportEvents(db: Db, ticketIds: number[]): Promise<ReportEventRow[]> {
  if (!ticketIds.length) return [];
  const raw = rawSql(db);
  const out: ReportEventRow[] = [];
  // 500 ids per statement: far below either engine's limit on parameters
  // (SQLite 32,766; PostgreSQL 65,535), whatever the number of tickets.
  for (let i = 0; i < ticketIds.length; i += 500) {
    const chunk = ticketIds.slice(i, i + 500);
    out.push(
      ...(await raw.rows<ReportEventRow>(
        `SELECT ticket_id AS "ticketId", type, note, at FROM ticket_events WHERE ticket_id IN (${chunk.map(() => '?').join(',')}) ORDER BY id`,
        chunk,
      )),
    );
  }
  return out;
}
