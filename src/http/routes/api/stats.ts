import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { categoryLabel } from '../../../core/categories';
import { allGridRefs, ticketStats, type GridRef, type StatsBucket } from '../../../store/repos/ticket-queries';
import { DISSATISFIED, SATISFIED } from '../../../services/tickets/rate-ticket';
import { docSchema } from '../../openapi';
import { parse } from '../../validate';
import { triageCounts } from '../../../store/repos/intake';
import { checkPeriod, periodFields, scopeOf, type OfficeDeps } from './tickets';

const HOUR_MS = 3_600_000;
/** An open ticket is overdue after 72 hours; an emergency after one. */
export const OVERDUE_HOURS = 72;
export const EMERGENCY_OVERDUE_HOURS = 1;

const statsQuery = z.object(periodFields);

const round = (x: number | null, digits: number) => (x === null ? null : Number(x.toFixed(digits)));
const share = (part: number, whole: number) => (whole ? round(part / whole, 4) : null);

export function figures(b: StatsBucket) {
  const closed = b.resolved + b.rejected;
  return {
    opened: b.opened,
    closed,
    resolved: b.resolved,
    rejected: b.rejected,
    closureRate: share(closed, b.opened),
    hoursToClaim: { count: b.claimCount, median: round(b.claimMedianH, 2), p90: round(b.claimP90H, 2) },
    hoursToResolve: { count: b.resolveCount, median: round(b.resolveMedianH, 2), p90: round(b.resolveP90H, 2) },
    overdue: b.overdue,
    satisfaction: {
      rated: b.rated,
      satisfied: b.satisfied,
      dissatisfied: b.dissatisfied,
      satisfiedShare: share(b.satisfied, b.rated),
      dissatisfiedShare: share(b.dissatisfied, b.rated),
    },
    byCategory: b.byCategory.map((c) => ({ category: c.category, label: categoryLabel(c.category), count: c.count })),
  };
}

export const emptyBucket = (gridId: number | null): StatsBucket => ({
  gridId,
  opened: 0,
  resolved: 0,
  rejected: 0,
  overdue: 0,
  claimCount: 0,
  claimMedianH: null,
  claimP90H: null,
  resolveCount: 0,
  resolveMedianH: null,
  resolveP90H: null,
  rated: 0,
  satisfied: 0,
  dissatisfied: 0,
  byCategory: [],
});

/**
 * The grid's figures for the office: per grid and in total, over the tickets
 * opened in [from, to). Every grid is listed, with zeros when it had none;
 * tickets outside any grid get a bucket of their own (grid: null).
 */
export const statsRoutes: FastifyPluginAsync<OfficeDeps> = async (app, deps) => {
  app.get('/stats', { schema: docSchema({ summary: '各网格统计（受理、办结、超时、时长、满意度）', tags: ['工单与统计'], auth: true, querystring: statsQuery }) }, async (req, reply) => {
    const q = parse(statsQuery, req.query, reply);
    if (!q || !checkPeriod(q, reply)) return reply;
    const scope = await scopeOf(deps.store, q, reply);
    if (scope === false) return reply;
    const { grid, community } = scope;
    const now = deps.now();
    const s = await ticketStats(deps.store.db, {
      from: q.from,
      to: q.to,
      gridId: grid?.id,
      communityId: community?.id,
      now,
      overdueMs: OVERDUE_HOURS * HOUR_MS,
      emergencyOverdueMs: EMERGENCY_OVERDUE_HOURS * HOUR_MS,
      satisfied: SATISFIED,
      dissatisfied: DISSATISFIED,
    });
    const grids = grid ? [grid] : await allGridRefs(deps.store.db, community?.id);
    const buckets: ({ grid: GridRef | null } & ReturnType<typeof figures>)[] = grids.map((g) => ({
      grid: g,
      ...figures(s.grids.find((b) => b.gridId === g.id) ?? emptyBucket(g.id)),
    }));
    const outside = s.grids.find((b) => b.gridId === null);
    if (outside && !grid) buckets.push({ grid: null, ...figures(outside) });
    return {
      from: q.from?.toISOString() ?? null,
      to: q.to?.toISOString() ?? null,
      at: now.toISOString(),
      community: community ? { id: community.id, name: community.name } : null,
      overdueHours: OVERDUE_HOURS,
      emergencyOverdueHours: EMERGENCY_OVERDUE_HOURS,
      total: figures(s.total),
      grids: buckets,
      /** Unsure messages (action triage) received in the period, by what became of them. */
      triage: await triageCounts(deps.store.db, q.from, q.to, grid?.id),
    };
  });
};
