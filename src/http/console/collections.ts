import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { closeCollection, collectionDetail, CollectionError, createCollection } from '../../services/collections';
import { collectionErrorText } from '../../templates/collections';
import { buildingById } from '../../store/repos/area';
import { entriesOf, groupsOfCollection, listCollections } from '../../store/repos/collections';
import { gridIdsOfStaff } from '../../store/repos/people';
import * as ct from '../../templates/console/collections';
import { page } from '../../templates/console/layout';
import { sendCollectionFile } from '../routes/api/collections';
import { actorOf, FormProblem, list, one, targetsOf, targetTreesFor, type Form } from './notices';
import { redirect, sendHtml, viewerOf } from './session';
import type { ConsoleDeps } from './deps';

const number = (what: string, raw: string): number | undefined => {
  if (raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new FormProblem(ct.badNumber(what, raw));
  return n;
};

/**
 * The form as the body of POST /api/collections: createCollection then checks
 * it, so the page refuses what the API refuses, in the same words. Only the
 * chosen kind's part is sent (items for an order, fields for a form).
 */
export function collectionInputOf(form: Form): Record<string, unknown> {
  const kind = one(form.kind);
  const { targets, community } = targetsOf(form);
  const out: Record<string, unknown> = {
    kind,
    title: one(form.title),
    targets: targets.all === true ? 'all' : targets,
    deadline: one(form.deadline),
  };
  if (community !== undefined) out.community = community;
  if (kind === 'order') {
    const names = Array.isArray(form.itemName) ? form.itemName : [form.itemName ?? ''];
    const units = Array.isArray(form.itemUnit) ? form.itemUnit : [form.itemUnit ?? ''];
    const prices = Array.isArray(form.itemPrice) ? form.itemPrice : [form.itemPrice ?? ''];
    const items: Record<string, unknown>[] = [];
    names.forEach((n, i) => {
      const name = n.trim();
      const price = (prices[i] ?? '').trim();
      if (!name) {
        if (price) throw new FormProblem(ct.priceWithoutName());
        return;
      }
      const unit = (units[i] ?? '').trim();
      items.push({ name, ...(unit ? { unit } : {}), ...(price ? { price: number('单价', price) } : {}) });
    });
    out.items = items;
  }
  if (kind === 'form') out.fields = list(one(form.fields).split(/[\s,，、]+/));
  const limit = number('每户限量', one(form.limit));
  if (limit !== undefined) out.perHouseholdLimit = limit;
  return out;
}

const reasonOf = (err: unknown): string => {
  if (err instanceof CollectionError) return (collectionErrorText[err.code] ?? collectionErrorText.bad_input!)(err.details);
  if (err instanceof FormProblem) return err.message;
  throw err;
};

/** 接龙 in the console: the list with the start form, one collection's totals and households, its files, closing early. */
export const collectionConsoleRoutes: FastifyPluginAsync<{ deps: ConsoleDeps }> = async (app, { deps }) => {
  const { db } = deps.store;
  const cd = deps.collections;
  const show = (req: FastifyRequest, title: string, body: ReturnType<typeof ct.collectionsBody>) =>
    page({ title, current: '/console/collections', viewer: viewerOf(req), body });

  const listPage = async (req: FastifyRequest, values: Form = {}, error?: string) => {
    const items: ct.CollectionRowView[] = [];
    for (const c of await listCollections(db, 100)) {
      items.push({
        id: c.id,
        kind: c.kind,
        title: c.title,
        status: c.status,
        deadline: c.deadline.toISOString(),
        households: (await entriesOf(db, c.id)).length,
        createdBy: c.createdBy,
      });
    }
    const target = await targetTreesFor(db, actorOf(req));
    const form: ct.NewCollectionView = { trees: target.trees, mayAll: target.mayAll, csrf: req.consoleCsrf!, values: values as ct.NewCollectionView['values'], error: error ?? target.error };
    return show(req, ct.COLLECTIONS_TITLE, ct.collectionsBody(items, form));
  };

  app.get('/console/collections', async (req, reply) => sendHtml(reply, await listPage(req)));

  app.post('/console/collections', async (req, reply) => {
    const body = (req.body ?? {}) as Form;
    try {
      const out = await createCollection(cd, actorOf(req), collectionInputOf(body));
      cd.kickOutbox?.();
      const q = new URLSearchParams({ created: String(out.groups), ...(out.unreachable.length ? { unreachable: out.unreachable.join(',') } : {}) });
      return redirect(req, reply, `/console/collections/${out.collection.id}?${q}`);
    } catch (err) {
      const reason = reasonOf(err);
      // htmx: the reason goes above the form, which keeps what was typed (200, as the other pages' htmx answers: a 4xx is a console error in the browser).
      if (req.headers['hx-request']) return sendHtml(reply, ct.startProblem(reason));
      const { _csrf: _, ...values } = body;
      return sendHtml(reply, await listPage(req, values, reason), 400);
    }
  });

  const idParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

  /** Grid leaders change only what lies in their grids (the console's rule); the office anything. */
  async function mayClose(req: FastifyRequest, id: number): Promise<boolean> {
    const u = req.consoleUser!;
    if (u.role === 'office') return true;
    if (u.personId == null) return false;
    const mine = new Set(await gridIdsOfStaff(db, u.personId));
    for (const g of await groupsOfCollection(db, id)) {
      const grid = g.buildingId === null ? null : (await buildingById(db, g.buildingId))?.gridId;
      if (grid == null || !mine.has(grid)) return false;
    }
    return true;
  }

  async function detailPage(req: FastifyRequest, id: number, message?: { kind: 'ok' | 'error'; text: string }) {
    const c = await collectionDetail(db, id);
    if (!c) return null;
    const view: ct.CollectionDetailView = { ...c, mayClose: c.status === 'open' && (await mayClose(req, id)), csrf: req.consoleCsrf! };
    return show(req, ct.collectionTitle(c.id, c.title), ct.collectionBody(view, message));
  }
  const missing = (req: FastifyRequest) => show(req, ct.COLLECTIONS_TITLE, ct.collectionMissing());

  app.get('/console/collections/:id', async (req, reply) => {
    const p = idParam.safeParse(req.params);
    const q = req.query as Record<string, unknown>;
    const groups = Number(q.created);
    const unreachable = typeof q.unreachable === 'string' && q.unreachable ? q.unreachable.split(',') : [];
    const message = p.success && Number.isInteger(groups) && groups > 0 ? { kind: 'ok' as const, text: ct.started(p.data.id, groups, unreachable) } : undefined;
    const html = p.success ? await detailPage(req, p.data.id, message) : null;
    return html ? sendHtml(reply, html) : sendHtml(reply, missing(req), 404);
  });

  for (const ext of ['csv', 'xlsx'] as const) {
    app.get(`/console/collections/:id/export.${ext}`, async (req, reply) => {
      const p = idParam.safeParse(req.params);
      const view = p.success ? await collectionDetail(db, p.data.id) : null;
      if (!view) return sendHtml(reply, missing(req), 404);
      return sendCollectionFile(reply, view, ext);
    });
  }

  app.post('/console/collections/:id/close', async (req, reply) => {
    const p = idParam.safeParse(req.params);
    if (!p.success || !(await collectionDetail(db, p.data.id))) return sendHtml(reply, missing(req), 404);
    const id = p.data.id;
    let message: { kind: 'ok' | 'error'; text: string };
    if (!(await mayClose(req, id))) message = { kind: 'error', text: ct.notYourGrid() };
    else {
      try {
        await closeCollection(cd, id, { personId: req.consoleUser!.personId ?? null, reason: 'manual' });
        cd.kickOutbox?.();
        message = { kind: 'ok', text: ct.closedEarly(id) };
      } catch (err) {
        message = { kind: 'error', text: reasonOf(err) };
      }
    }
    return sendHtml(reply, (await detailPage(req, id, message))!, message.kind === 'ok' ? 200 : message.text === ct.notYourGrid() ? 403 : 409);
  });
};
