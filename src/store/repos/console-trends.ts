/**
 * The overview's weekly trend and overdue list. Raw SQL like ticket-queries:
 * one grouped pass per figure, whatever the number of tickets.
 */
import type Database from 'better-sqlite3';
import type { Db } from '../db';

const client = (db: Db) => (db as Db & { $client: Database.Database }).$client;
const ACTIVE_SQL = "('open', 'claimed', 'escalated', 'reopened')";

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
export function weeklyTrend(db: Db, o: TrendOptions): WeekFigures[] {
  const named = { start: o.start, end: o.start + o.weeks * WEEK_MS, week: WEEK_MS, overdue: o.overdueMs, emergency: o.emergencyOverdueMs };
  const main = client(db)
    .prepare(
      `SELECT CAST((created_at - @start) / @week AS INTEGER) AS week, count(*) AS opened,
         coalesce(sum(status = 'resolved'), 0) AS resolved,
         coalesce(sum(status = 'resolved' AND resolved_at - created_at <=
           CASE WHEN urgency = 'emergency' THEN @emergency ELSE @overdue END), 0) AS onTime
       FROM tickets WHERE created_at >= @start AND created_at < @end GROUP BY 1`,
    )
    .all(named) as { week: number; opened: number; resolved: number; onTime: number }[];
  const marks = o.satisfied.map(() => '?').join(', ') || 'NULL';
  const rates = client(db)
    .prepare(
      `SELECT CAST((t.created_at - @start) / @week AS INTEGER) AS week, count(*) AS rated, coalesce(sum(r.note IN (${marks})), 0) AS satisfied
       FROM (SELECT e.ticket_id, e.note, row_number() OVER (PARTITION BY e.ticket_id, e.actor_id ORDER BY e.id DESC) AS rn
             FROM ticket_events e WHERE e.type = 'rated') r
       JOIN tickets t ON t.id = r.ticket_id
       WHERE r.rn = 1 AND t.created_at >= @start AND t.created_at < @end GROUP BY 1`,
    )
    .all(...o.satisfied, named) as { week: number; rated: number; satisfied: number }[];
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

/** Open tickets past their limit, oldest first (the same rule as /api/stats' overdue count). */
export function overdueTickets(db: Db, now: number, overdueMs: number, emergencyOverdueMs: number, limit: number): OverdueRow[] {
  return client(db)
    .prepare(
      `SELECT t.id, t.summary, t.status, t.urgency, t.created_at AS createdAt, g.name AS gridName, p.name AS assigneeName
       FROM tickets t LEFT JOIN grids g ON g.id = t.grid_id LEFT JOIN people p ON p.id = t.assignee_id
       WHERE t.status IN ${ACTIVE_SQL}
         AND @now - t.created_at > CASE WHEN t.urgency = 'emergency' THEN @emergency ELSE @overdue END
       ORDER BY t.created_at LIMIT @limit`,
    )
    .all({ now, overdue: overdueMs, emergency: emergencyOverdueMs, limit }) as OverdueRow[];
}
