import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  closeCollection,
  collectionCsv,
  collectionDetail,
  collectionHttpStatus,
  collectionList,
  collectionXlsx,
  CollectionError,
  createCollection,
  type CollectionDeps,
  type CollectionView,
} from '../../../services/collections';
import type { Actor } from '../../../services/announcements';
import { collectionErrorText } from '../../../templates/collections';
import { idMustBePositive } from '../../../templates/http';
import { requireRole } from '../../plugins/auth';
import { docSchema } from '../../openapi';
import { parse } from '../../validate';
import { createCollectionInput } from '../../../services/collections/input';

const idParam = z.object({ id: z.coerce.number().int().positive(idMustBePositive()) });
const detailQuery = z.object({ format: z.enum(['json', 'csv', 'xlsx'], { error: 'format 应为 json、csv 或 xlsx' }).default('json') });
const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

function actorOf(req: FastifyRequest): Actor {
  const u = req.apiUser!;
  return { kind: u.id === null ? 'admin' : 'token', id: u.id, name: u.label, role: u.role, personId: u.personId, communityId: u.communityId };
}

function sendError(reply: FastifyReply, err: unknown): FastifyReply {
  if (err instanceof CollectionError) {
    const text = (collectionErrorText[err.code] ?? collectionErrorText.bad_input!)(err.details);
    return reply.status(collectionHttpStatus(err.code)).send({ error: text, code: err.code });
  }
  throw err;
}

/** The per-household table as a download (the API and the console send the same file). */
export async function sendCollectionFile(reply: FastifyReply, view: CollectionView, format: 'csv' | 'xlsx'): Promise<FastifyReply> {
  const file = encodeURIComponent(`接龙${view.id}-${view.title}`);
  if (format === 'csv') {
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="collection-${view.id}.csv"; filename*=UTF-8''${file}.csv`)
      .send(collectionCsv(view));
  }
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="collection-${view.id}.xlsx"; filename*=UTF-8''${file}.xlsx`)
    .send(await collectionXlsx(view));
}

/** 接龙/团购/登记 for the office: start, read (JSON, CSV, XLSX), close early. */
export const collectionRoutes: FastifyPluginAsync<{ deps: CollectionDeps }> = async (app, { deps }) => {
  const canStart = requireRole('office', 'grid_leader');

  app.post('/collections', { preHandler: canStart, schema: docSchema({ summary: '发起接龙、团购或登记（立即发到各群）', tags: ['接龙'], auth: true, body: createCollectionInput }) }, async (req, reply) => {
    try {
      const out = await createCollection(deps, actorOf(req), req.body);
      deps.kickOutbox?.();
      return reply.status(201).send({ id: out.collection.id, status: out.collection.status, groups: out.groups, unreachable: out.unreachable });
    } catch (err) {
      return sendError(reply, err);
    }
  });

  app.get('/collections', { schema: docSchema({ summary: '接龙列表', tags: ['接龙'], auth: true, querystring: listQuery }) }, async (req, reply) => {
    const q = parse(listQuery, req.query, reply);
    if (!q) return reply;
    return collectionList(deps.store.db, q.limit);
  });

  app.get('/collections/:id', { schema: docSchema({ summary: '一个接龙的合计和每户明细（json、csv 或 xlsx）', tags: ['接龙'], auth: true, params: idParam, querystring: detailQuery }) }, async (req, reply) => {
    const p = parse(idParam, req.params, reply);
    if (!p) return reply;
    const q = parse(detailQuery, req.query, reply);
    if (!q) return reply;
    const view = await collectionDetail(deps.store.db, p.id);
    if (!view) return sendError(reply, new CollectionError('not_found', { id: p.id }));
    if (q.format !== 'json') return sendCollectionFile(reply, view, q.format);
    return view;
  });

  app.post('/collections/:id/close', { preHandler: canStart, schema: docSchema({ summary: '提前结束接龙', tags: ['接龙'], auth: true, params: idParam }) }, async (req, reply) => {
    const p = parse(idParam, req.params, reply);
    if (!p) return reply;
    try {
      const c = await closeCollection(deps, p.id, { personId: req.apiUser?.personId ?? null, reason: 'manual' });
      deps.kickOutbox?.();
      return { id: c.id, status: c.status };
    } catch (err) {
      return sendError(reply, err);
    }
  });
};
