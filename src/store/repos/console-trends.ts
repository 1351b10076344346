/**
 * The overview's weekly trend and overdue list. Raw SQL like ticket-queries:
 * one grouped pass per figure, whatever the number of tickets. One text for
 * both engines (see the notes below); parameters are positional `?`.
 */
import type { Db } from '../db';
import { rawSql } from '../port';

const ACTIVE_SQL = "('open', 'claimed', 'escalated', 'reopened')";

// Notes that hold for every statement here:
// - `sum(cond)` is SQLite-only (PostgreSQL has no boolean sum);
//   sum(CASE WHEN cond THEN 1 ELSE 0 END) counts on both, as an integer.
// - Millisecond parameters are CAST(? AS BIGINT): PostgreSQL types a bare `?`
//   from the column next to it, and where there is none (CASE … THEN ? ELSE ?)
//   as text; SQLite gets its numbers as REAL from the driver, and the cast
//   makes them integers, so `(created_at - start) / week` is an integer
//   division (truncating) on both.
const countIf = (cond: string) => `coalesce(sum(CASE WHEN ${cond} THEN 1 ELSE 0 END), 0)`;
const MS = 'CAST(? AS BIGINT)';

export interface WeekFigures {
  week: number;
  opened: number;
  resolved: number;
  /** Resolved within the overdue limit (emergencies: their own, shorter one). */
  onTime: number;
  rated: number;
  satisfied: number;
}

export interface TrendOptions {
  /** Start of the first week (ms); weeks are 7 days each. */
  start: number;
  weeks: number;
  overdueMs: number;
  emergencyOverdueMs: number;
  satisfied: readonly string[];
}

const WEEK_MS = 7 * 24 * 3600_000;

/** Figures of the tickets opened in each week (the same cohort rule as /api/stats). */
export async function weeklyTrend(db: Db, o: TrendOptions): Promise<WeekFigures[]> {
  const raw = rawSql(db);
  const end = o.start + o.weeks * WEEK_MS;
  const main = await raw.rows<{ week: number; opened: number; resolved: number; onTime: number }>(
    `SELECT (created_at - ${MS}) / ${MS} AS week, count(*) AS opened,
       ${countIf("status = 'resolved'")} AS resolved,
       ${countIf(`status = 'resolved' AND resolved_at - created_at <=
         CASE WHEN urgency = 'emergency' THEN ${MS} ELSE ${MS} END`)} AS "onTime"
     FROM tickets WHERE created_at >= ? AND created_at < ? GROUP BY 1`,
    [o.start, WEEK_MS, o.emergencyOverdueMs, o.overdueMs, o.start, end],
  );
  const marks = o.satisfied.map(() => '?').join(', ') || 'NULL';
  const rates = await raw.rows<{ week: number; rated: number; satisfied: number }>(
    `SELECT (t.created_at - ${MS}) / ${MS} AS week, count(*) AS rated, ${countIf(`r.note IN (${marks})`)} AS satisfied
     FROM (SELECT e.ticket_id, e.note, row_number() OVER (PARTITION BY e.ticket_id, e.actor_id ORDER BY e.id DESC) AS rn
           FROM ticket_events e WHERE e.type = 'rated') r
     JOIN tickets t ON t.id = r.ticket_id
     WHERE r.rn = 1 AND t.created_at >= ? AND t.created_at < ? GROUP BY 1`,
    [o.start, WEEK_MS, ...o.satisfied, o.start, end],
  );
  return Array.from({ length: o.weeks }, (_, week) => {
    const m = main.find((x) => x.week === week);
    const r = rates.find((x) => x.week === week);
    return { week, opened: m?.opened ?? 0, resolved: m?.resolved ?? 0, onTime: m?.onTime ?? 0, rated: r?.rated ?? 0, satisfied: r?.satisfied ?? 0 };
  });
}

export interface OverdueRow {
  id: number;
  summary: string;
  status: string;
  urgency: string;
  createdAt: number;
  gridName: string | null;
  assigneeName: string | null;
}

/**
 * Open tickets past their limit, oldest first (the same rule as /api/stats'
 * overdue count); tickets opened in the same millisecond by id, so both
 * engines give the same order.
 */
export async function overdueTickets(db: Db, now: number, overdueMs: number, emergencyOverdueMs: number, limit: number): Promise<OverdueRow[]> {
  return rawSql(db).rows<OverdueRow>(
    `SELECT t.id, t.summary, t.status, t.urgency, t.created_at AS "createdAt", g.name AS "gridName", p.name AS "assigneeName"
     FROM tickets t LEFT JOIN grids g ON g.id = t.grid_id LEFT JOIN people p ON p.id = t.assignee_id
     WHERE t.status IN ${ACTIVE_SQL}
       AND ${MS} - t.created_at > CASE WHEN t.urgency = 'emergency' THEN ${MS} ELSE ${MS} END
     ORDER BY t.created_at, t.id LIMIT ?`,
    [now, emergencyOverdueMs, overdueMs, limit],
  );
}
