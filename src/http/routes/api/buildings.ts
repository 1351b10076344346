import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { buildingCoverage } from '../../../store/repos/area';
import { buildingLabel } from '../../../templates/announcements';
import { docSchema } from '../../openapi';
import { parse } from '../../validate';
import { communityOf, type OfficeDeps } from './tickets';

const query = z.object({
  community: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().min(1).max(50).optional()),
  /** true: only buildings no resident group is bound to (they hear nothing the bot says). */
  unbound: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['true', 'false', '1', '0']).optional()),
});

/** Buildings and the resident groups bound to them, so the office sees who a notice cannot reach. */
export const buildingRoutes: FastifyPluginAsync<OfficeDeps> = async (app, deps) => {
  app.get('/buildings', { schema: docSchema({ summary: '楼栋及绑定的居民群（unbound=true 只看没有群的楼栋）', tags: ['工单与统计'], auth: true, querystring: query }) }, async (req, reply) => {
    const q = parse(query, req.query, reply);
    if (!q) return reply;
    const community = await communityOf(deps.store, q.community, reply);
    if (community === false) return reply;
    const onlyUnbound = q.unbound === 'true' || q.unbound === '1';
    return (await buildingCoverage(deps.store.db, community?.id))
      .filter((b) => !onlyUnbound || b.groups.length === 0)
      .map((b) => ({
        id: b.buildingId,
        community: b.community,
        communityId: b.communityId,
        grid: b.grid,
        building: b.building,
        label: buildingLabel(b.building),
        bound: b.groups.length > 0,
        groups: b.groups.map((g) => ({ id: g.id, channel: g.channel, topic: g.topic })),
      }));
  });
};
