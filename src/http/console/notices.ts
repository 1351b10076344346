import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  AnnouncementError,
  announcementDetail,
  cancelAnnouncement,
  createAnnouncement,
  listAnnouncements,
  prepareAnnouncement,
  type Actor,
} from '../../services/announcements';
import { ownGrids } from '../../services/announcements/scope';
import { announcementErrorText } from '../../templates/announcements';
import { NOTICE_TEMPLATES, noticeTemplate, templateVariables } from '../../templates/notices';
import { allCommunities, buildingsOfCommunity, gridsOfCommunity } from '../../store/repos/area';
import * as nt from '../../templates/console/notices';
import { page } from '../../templates/console/layout';
import { redirect, sendHtml, viewerOf } from './session';
import type { ConsoleDeps } from './deps';

/** The signed-in token as an actor of the announcement verbs: the same as for /api/announcements. */
export function actorOf(req: FastifyRequest): Actor {
  const u = req.consoleUser!;
  return { kind: u.id === null ? 'admin' : 'token', id: u.id, name: u.label, role: u.role, personId: u.personId, communityId: u.communityId };
}

export type Form = Record<string, string | string[] | undefined>;
export const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((x) => x !== '');
export const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? '';

export class FormProblem extends Error {}

/** The cron line for a readable choice: "daily", "w1" (Monday), "m15" (the 15th), at "HH:MM". */
export function cronOf(freq: string, time: string): string | null {
  const t = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!t) return null;
  const [h, m] = [Number(t[1]), Number(t[2])];
  if (h > 23 || m > 59) return null;
  if (freq === 'daily') return `${m} ${h} * * *`;
  const w = /^w([0-6])$/.exec(freq);
  if (w) return `${m} ${h} * * ${w[1]}`;
  const d = /^m([1-9]|1\d|2[0-8])$/.exec(freq);
  if (d) return `${m} ${h} ${d[1]} * *`;
  return null;
}

/**
 * The form as the body of POST /api/announcements: the same verbs then check
 * it, so the page refuses exactly what the API refuses, in the same words.
 * Targets are "communityId:name"; one notice goes to one community.
 */
export function inputOf(form: Form): Record<string, unknown> {
  const template = one(form.template);
  const out: Record<string, unknown> = {};
  if (template) {
    const vars: Record<string, string> = {};
    for (const [k, v] of Object.entries(form)) if (k.startsWith('var.') && one(v) !== '') vars[k.slice(4)] = one(v);
    out.template = template;
    out.vars = vars;
  } else if (one(form.text)) out.text = one(form.text);
  const { targets, community } = targetsOf(form);
  if (one(form.includeWorkers) === '1') targets.includeWorkers = true;
  out.targets = targets;
  if (community !== undefined) out.community = community;
  const when = one(form.when) || 'now';
  if (when === 'at') {
    if (!one(form.at)) throw new FormProblem(nt.pickTime());
    out.sendAt = one(form.at);
  } else if (when === 'repeat') {
    const cron = cronOf(one(form.freq), one(form.time));
    if (!cron) throw new FormProblem(nt.pickRepeat());
    out.cron = cron;
    if (one(form.until)) out.until = `${one(form.until)}T23:59`;
  }
  return out;
}

/**
 * The target tree's boxes (all, grids, buildings as "communityId:name") as
 * the API's targets and community; one form goes to one community.
 */
export function targetsOf(form: Form): { targets: Record<string, unknown>; community?: number } {
  const communities = new Set<string>();
  const split = (vals: string[]) =>
    vals.map((v) => {
      const i = v.indexOf(':');
      communities.add(v.slice(0, i));
      return v.slice(i + 1);
    });
  const grids = split(list(form.grids));
  const buildings = split(list(form.buildings));
  if (communities.size > 1) throw new FormProblem(nt.oneCommunity());
  const targets: Record<string, unknown> = {};
  if (one(form.all) === '1') targets.all = true;
  if (grids.length) targets.grids = grids;
  if (buildings.length) targets.buildings = buildings;
  const community = [...communities][0] ?? one(form.community);
  return community ? { targets, community: Number(community) } : { targets };
}

/**
 * The tree of what this session may target: a grid leader sees only their
 * grids (and no 全体), as the verbs would refuse the rest anyway.
 */
export async function targetTreesFor(
  db: ConsoleDeps['store']['db'],
  actor: Actor,
): Promise<{ trees: nt.TargetTreeView[]; mayAll: boolean; error?: string }> {
  let own: Set<number> | null = null;
  let error: string | undefined;
  try {
    const g = await ownGrids(db, actor);
    own = g ? new Set(g.map((x) => x.id)) : null;
  } catch (err) {
    error = reasonOf(err);
    own = new Set();
  }
  const trees: nt.TargetTreeView[] = [];
  for (const c of await allCommunities(db)) {
    const buildings = await buildingsOfCommunity(db, c.id);
    const grids = (await gridsOfCommunity(db, c.id)).filter((g) => own === null || own.has(g.id));
    trees.push({
      community: c.name,
      grids: grids.map((g) => ({ name: g.name, value: `${c.id}:${g.name}`, buildings: buildings.filter((b) => b.gridId === g.id).map((b) => ({ name: b.name, value: `${c.id}:${b.name}` })) })),
      loose: own === null ? buildings.filter((b) => b.gridId === null).map((b) => ({ name: b.name, value: `${c.id}:${b.name}` })) : [],
    });
  }
  return error === undefined ? { trees, mayAll: own === null } : { trees, mayAll: own === null, error };
}

const reasonOf = (err: unknown): string => {
  if (err instanceof AnnouncementError) return announcementErrorText(err);
  if (err instanceof FormProblem) return err.message;
  throw err;
};

export const noticeRoutes: FastifyPluginAsync<{ deps: ConsoleDeps }> = async (app, { deps }) => {
  const { db } = deps.store;
  const show = (req: FastifyRequest, title: string, body: ReturnType<typeof nt.noticesBody>, status = 200) => ({
    html: page({ title, current: '/console/notices', viewer: viewerOf(req), body }),
    status,
  });

  app.get('/console/notices', async (req, reply) => {
    const items = (await listAnnouncements(db, 100)).map((a) => ({ ...a, repeat: nt.cronWords(a.cron) }));
    const r = show(req, nt.NOTICES_TITLE, nt.noticesBody(items));
    return sendHtml(reply, r.html, r.status);
  });

  async function composeView(req: FastifyRequest, templateName: string, error?: string): Promise<nt.ComposeView> {
    const t = noticeTemplate(templateName);
    const target = await targetTreesFor(db, actorOf(req));
    error ??= target.error;
    return {
      templates: NOTICE_TEMPLATES.map((x) => ({ value: x.name, label: x.title })),
      template: t?.name ?? nt.FREE_TEXT,
      fields: t ? templateVariables(t) : [],
      values: {},
      trees: target.trees,
      mayAll: target.mayAll,
      csrf: req.consoleCsrf!,
      error,
    };
  }

  app.get('/console/notices/new', async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    const v = await composeView(req, typeof q.template === 'string' ? q.template : '');
    const r = show(req, nt.NEW_NOTICE_TITLE, nt.composeBody(v));
    return sendHtml(reply, r.html, r.status);
  });

  /** The template's own fields (htmx swaps them in when the template changes). */
  app.get('/console/notices/fields', async (req, reply) => {
    const name = (req.query as Record<string, unknown>).template;
    const t = typeof name === 'string' ? noticeTemplate(name) : undefined;
    return sendHtml(reply, nt.templateFields(t ? templateVariables(t) : [], {}));
  });

  /** The exact text residents will see, where it goes and when: the create verb's own checks, without writing. */
  app.post('/console/notices/preview', async (req, reply) => {
    try {
      const input = inputOf((req.body ?? {}) as Form);
      const p = await prepareAnnouncement(deps, actorOf(req), input);
      return sendHtml(
        reply,
        nt.previewBody({
          text: p.renderedText,
          targets: p.targetLabels,
          groups: p.groups.map((g) => g.topic),
          firstRunAt: p.firstRunAt,
          repeat: nt.cronWords(p.cron),
          now: !p.sendAt && !p.cron,
        }),
      );
    } catch (err) {
      return sendHtml(reply, nt.previewProblem(reasonOf(err)));
    }
  });

  app.post('/console/notices', async (req, reply) => {
    try {
      const row = await createAnnouncement(deps, actorOf(req), inputOf((req.body ?? {}) as Form));
      return redirect(req, reply, `/console/notices/${row.id}?created=1`);
    } catch (err) {
      const reason = reasonOf(err);
      // htmx: the message goes where the preview is, and the form keeps what was typed.
      if (req.headers['hx-request']) return sendHtml(reply, nt.previewProblem(reason));
      const r = show(req, nt.NEW_NOTICE_TITLE, nt.composeBody(await composeView(req, '', reason)), 400);
      return sendHtml(reply, r.html, r.status);
    }
  });

  const idParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

  async function detailPage(req: FastifyRequest, id: number, message?: { kind: 'ok' | 'error'; text: string }) {
    const a = await announcementDetail(db, id);
    if (!a) return null;
    const view: nt.NoticeDetailView = {
      ...a,
      repeat: nt.cronWords(a.cron),
      groups: a.groups,
      mayCancel: a.status === 'scheduled' || a.status === 'sending',
      csrf: req.consoleCsrf!,
    };
    return show(req, nt.noticeTitle(id), nt.noticeBody(view, message));
  }

  app.get('/console/notices/:id', async (req, reply) => {
    const p = idParam.safeParse(req.params);
    const created = (req.query as Record<string, unknown>).created === '1';
    const r = p.success ? await detailPage(req, p.data.id, created ? { kind: 'ok', text: nt.created(p.data.id) } : undefined) : null;
    if (!r) return sendHtml(reply, page({ title: nt.NOTICES_TITLE, current: '/console/notices', viewer: viewerOf(req), body: nt.noticeMissing() }), 404);
    return sendHtml(reply, r.html, r.status);
  });

  app.post('/console/notices/:id/cancel', async (req, reply) => {
    const p = idParam.safeParse(req.params);
    if (!p.success || !(await announcementDetail(db, p.data.id))) {
      return sendHtml(reply, page({ title: nt.NOTICES_TITLE, current: '/console/notices', viewer: viewerOf(req), body: nt.noticeMissing() }), 404);
    }
    let message: { kind: 'ok' | 'error'; text: string };
    try {
      await cancelAnnouncement(deps, actorOf(req), p.data.id);
      message = { kind: 'ok', text: nt.cancelled(p.data.id) };
    } catch (err) {
      message = { kind: 'error', text: reasonOf(err) };
    }
    const r = (await detailPage(req, p.data.id, message))!;
    return sendHtml(reply, r.html, message.kind === 'ok' ? 200 : 409);
  });
};
