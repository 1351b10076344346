import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AnnouncementError,
  announcementDetail,
  cancelAnnouncement,
  createAnnouncementInput,
  createAnnouncementReport,
  httpStatusOf,
  listAnnouncements,
  type Actor,
  type AnnouncementDeps,
} from '../../../services/announcements';
import { announcementErrorText } from '../../../templates/announcements';
import { idMustBePositive } from '../../../templates/http';
import { requireRole } from '../../plugins/auth';
import { docSchema } from '../../openapi';
import { parse } from '../../validate';
import { communityOf } from './tickets';

const idParam = z.object({ id: z.coerce.number().int().positive(idMustBePositive()) });
const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Only one community's notices (id or name). */
  community: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().min(1).max(50).optional()),
});

/**
 * The token holder as an actor of the announcement verbs. The linked person
 * (grid leader tokens) carries the grids the verbs limit the token to.
 */
function actorOf(req: FastifyRequest): Actor {
  const u = req.apiUser!;
  return {
    kind: u.id === null ? 'admin' : 'token',
    id: u.id,
    name: u.label,
    role: u.role,
    personId: u.personId,
    communityId: u.communityId,
  };
}

/** Domain errors become a status and a Chinese reason here, at the edge. */
function sendError(reply: FastifyReply, err: unknown): FastifyReply {
  if (err instanceof AnnouncementError) {
    return reply.status(httpStatusOf(err.code)).send({ error: announcementErrorText(err), code: err.code });
  }
  throw err;
}

const canPost = requireRole('office', 'grid_leader');

export const announcementRoutes: FastifyPluginAsync<{ deps: AnnouncementDeps }> = async (app, { deps }) => {
  app.post('/announcements', { preHandler: canPost, schema: docSchema({ summary: '发布通知（立即、定时或重复）', tags: ['通知'], auth: true, body: createAnnouncementInput }) }, async (req, reply) => {
    try {
      const { row, unreachable } = await createAnnouncementReport(deps, actorOf(req), req.body);
      const view = (await announcementDetail(deps.store.db, row.id))!;
      // unreachable: targeted buildings no bound group will deliver to (["5号楼"]); [] when all are covered.
      return reply.status(201).send({ id: view.id, status: view.status, nextRunAt: view.nextRunAt, unreachable });
    } catch (err) {
      return sendError(reply, err);
    }
  });

  app.get('/announcements', { schema: docSchema({ summary: '通知列表', tags: ['通知'], auth: true, querystring: listQuery }) }, async (req, reply) => {
    const q = parse(listQuery, req.query, reply);
    if (!q) return reply;
    const community = await communityOf(deps.store, q.community, reply);
    if (community === false) return reply;
    return listAnnouncements(deps.store.db, q.limit, community?.id);
  });

  app.get('/announcements/:id', { schema: docSchema({ summary: '一条通知及各群送达情况', tags: ['通知'], auth: true, params: idParam }) }, async (req, reply) => {
    const p = parse(idParam, req.params, reply);
    if (!p) return reply;
    const view = await announcementDetail(deps.store.db, p.id);
    if (!view) return sendError(reply, new AnnouncementError('not_found', { id: p.id }));
    return view;
  });

  app.delete('/announcements/:id', { preHandler: canPost, schema: docSchema({ summary: '取消通知', tags: ['通知'], auth: true, params: idParam }) }, async (req, reply) => {
    const p = parse(idParam, req.params, reply);
    if (!p) return reply;
    try {
      return await cancelAnnouncement(deps, actorOf(req), p.id);
    } catch (err) {
      return sendError(reply, err);
    }
  });
};
