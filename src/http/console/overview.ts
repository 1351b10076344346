import type { FastifyPluginAsync } from 'fastify';
import { allGridRefs, ticketStats } from '../../store/repos/ticket-queries';
import { overdueTickets, weeklyTrend } from '../../store/repos/console-trends';
import { DISSATISFIED, SATISFIED } from '../../services/tickets/rate-ticket';
import { EMERGENCY_OVERDUE_HOURS, OVERDUE_HOURS, emptyBucket, figures } from '../routes/api/stats';
import * as ov from '../../templates/console/overview';
import { page } from '../../templates/console/layout';
import { sendHtml, viewerOf } from './session';
import type { ConsoleDeps } from './deps';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const BJ_MS = 8 * HOUR_MS;
const TREND_WEEKS = 8;

/** Monday 00:00 Beijing time of the week containing `now`. */
export function weekStart(now: Date): Date {
  const bj = now.getTime() + BJ_MS;
  const day = Math.floor(bj / DAY_MS);
  const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  return new Date((day - weekday) * DAY_MS - BJ_MS);
}

const bjDate = (ms: number) => new Date(ms + BJ_MS).toISOString().slice(0, 10);
const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);

/**
 * The overview: the same figures as GET /api/stats (all tickets for what is
 * open and overdue, `?from=<this Monday>` for the week), a weekly trend and
 * the overdue list.
 */
export const overviewRoutes: FastifyPluginAsync<{ deps: ConsoleDeps }> = async (app, { deps }) => {
  app.get('/console', async (req, reply) => {
    const { db } = deps.store;
    const now = deps.now();
    const monday = weekStart(now);
    const opts = { now, overdueMs: OVERDUE_HOURS * HOUR_MS, emergencyOverdueMs: EMERGENCY_OVERDUE_HOURS * HOUR_MS, satisfied: SATISFIED, dissatisfied: DISSATISFIED };
    const all = await ticketStats(db, opts);
    const week = await ticketStats(db, { ...opts, from: monday });
    const rowOf = (name: string, gridId: number | null, total = false): ov.GridRowView => {
      const a = figures(total ? all.total : (all.grids.find((b) => b.gridId === gridId) ?? emptyBucket(gridId)));
      const w = figures(total ? week.total : (week.grids.find((b) => b.gridId === gridId) ?? emptyBucket(gridId)));
      return {
        grid: name,
        open: a.opened - a.closed,
        overdue: a.overdue,
        weekOpened: w.opened,
        weekResolved: w.resolved,
        satisfied: a.satisfaction.satisfiedShare,
        rated: a.satisfaction.rated,
      };
    };
    const rows = (await allGridRefs(db)).map((g) => rowOf(g.name, g.id));
    if (all.grids.some((b) => b.gridId === null)) rows.push(rowOf(ov.NO_GRID_LABEL, null));
    const start = monday.getTime() - (TREND_WEEKS - 1) * 7 * DAY_MS;
    const weeks = await weeklyTrend(db, { start, weeks: TREND_WEEKS, overdueMs: opts.overdueMs, emergencyOverdueMs: opts.emergencyOverdueMs, satisfied: SATISFIED });
    const trend: ov.TrendView = {
      weeks: weeks.map((w) => bjDate(start + w.week * 7 * DAY_MS).slice(5).replace('-', '/')),
      opened: weeks.map((w) => w.opened),
      resolved: weeks.map((w) => w.resolved),
      onTimePct: weeks.map((w) => share(w.onTime, w.resolved)),
      satisfiedPct: weeks.map((w) => share(w.satisfied, w.rated)),
    };
    const overdue = (await overdueTickets(db, now.getTime(), opts.overdueMs, opts.emergencyOverdueMs, 50)).map((o) => ({
      id: o.id,
      summary: o.summary.replace(/^[^｜]{1,8}｜/, ''),
      grid: o.gridName,
      assignee: o.assigneeName,
      createdAt: o.createdAt,
      urgent: o.urgency === 'emergency',
    }));
    const body = ov.overviewBody({
      weekStart: bjDate(monday.getTime()),
      overdueHours: OVERDUE_HOURS,
      rows,
      total: rowOf(ov.TOTAL_LABEL, null, true),
      trend,
      overdue,
    });
    return sendHtml(reply, page({ title: ov.OVERVIEW_TITLE, current: '/console', viewer: viewerOf(req), body, charts: true }));
  });
};
