import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { zodErrorsZh } from '../../templates/common';
import { TICKET_STATUSES } from '../../store/schema';
import { TRANSITIONS, type TicketAction, type TicketState } from '../../core/ticket-machine';
import { allGridRefs, gridByIdOrName, latestRatings, listTickets, ticketDetail, ticketFollowerViews, ticketHistory } from '../../store/repos/ticket-queries';
import { gridsCoveredBy, peopleByRole } from '../../store/repos/people';
import { ticketById } from '../../store/repos/tickets';
import { CATEGORIES, ticketItem, ticketListQuery } from '../routes/api/tickets';
import { EVENT_LABEL, ROLE_LABEL as PERSON_ROLE, STATE_LABEL } from '../../templates/tickets';
import { ticketNotFoundHttp, unknownGrid } from '../../templates/office';
import * as tt from '../../templates/console/tickets';
import { page } from '../../templates/console/layout';
import { consoleActor, mayChangeTicket } from '../../services/console-actor';
import type { ServiceCtx } from '../../services/context';
import { transferTicket } from '../../services/tickets/transfer-ticket';
import { escalateTicket } from '../../services/tickets/escalate-ticket';
import { rejectTicket } from '../../services/tickets/reject-ticket';
import { resolveTicket } from '../../services/tickets/resolve-ticket';
import { reopenTicket } from '../../services/tickets/reopen-ticket';
import { explain } from '../../handlers/service-ctx';
import { toCsv } from '../../core/csv';
import { bjTime } from '../../templates/console/html';
import { sendHtml, viewerOf } from './session';
import type { ConsoleDeps } from './deps';

type ListQuery = z.infer<typeof ticketListQuery>;

const FILTER_KEYS = ['status', 'grid', 'building', 'category', 'from', 'to', 'q'] as const;

/** The raw filter from the query string (what the form shows back), and the same as a query string. */
function rawFilter(query: unknown): { view: tt.TicketFilterView; qs: string } {
  const src = (query ?? {}) as Record<string, unknown>;
  const view: tt.TicketFilterView = {};
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = src[k];
    if (typeof v === 'string' && v.trim() !== '') {
      view[k] = v.trim();
      p.set(k, v.trim());
    }
  }
  return { view, qs: p.toString() };
}

/** Checks the query with the same schema as GET /api/tickets; the reason in Chinese when refused. */
async function checkQuery(deps: ConsoleDeps, query: unknown): Promise<{ q: ListQuery; gridId?: number } | { error: string }> {
  const r = ticketListQuery.safeParse(query ?? {}, { error: zodErrorsZh });
  if (!r.success) {
    const issue = r.error.issues[0]!;
    return { error: `${issue.path.join('.')}：${issue.message}` };
  }
  const q = r.data;
  if (q.grid === undefined) return { q };
  const grid = await gridByIdOrName(deps.store.db, q.grid);
  return grid ? { q, gridId: grid.id } : { error: unknownGrid(q.grid) };
}

function filterOf(c: { q: ListQuery; gridId?: number }) {
  const q = c.q;
  return { statuses: q.status, category: q.category, gridId: c.gridId, building: q.building, from: q.from, to: q.to, q: q.q };
}

const ACTIONS: TicketAction[] = ['transfer', 'escalate', 'reject', 'resolve', 'reopen'];

export const consoleTicketRoutes: FastifyPluginAsync<{ deps: ConsoleDeps }> = async (app, { deps }) => {
  const { store } = deps;

  app.get('/console/tickets', async (req, reply) => {
    const { view, qs } = rawFilter(req.query);
    const checked = await checkQuery(deps, req.query);
    const limit = 50;
    let total = 0;
    let items: ReturnType<typeof ticketItem>[] = [];
    let offset = 0;
    if (!('error' in checked)) {
      offset = checked.q.offset ?? 0;
      const r = await listTickets(store.db, filterOf(checked), limit, offset);
      total = r.total;
      items = r.rows.map(ticketItem);
    }
    const list: tt.TicketListView = {
      filter: view,
      statuses: TICKET_STATUSES.map((s) => ({ value: s, label: STATE_LABEL[s] })),
      grids: (await allGridRefs(store.db)).map((g) => ({ value: g.name, label: g.name })),
      categories: CATEGORIES.map((c) => ({ value: c.code, label: c.label })),
      total,
      offset,
      limit,
      items,
      query: qs,
      monthStart: new Date(deps.now().getTime() + 8 * 3600_000).toISOString().slice(0, 8) + '01',
      error: 'error' in checked ? checked.error : undefined,
    };
    return sendHtml(reply, page({ title: tt.TICKETS_TITLE, current: '/console/tickets', viewer: viewerOf(req), body: tt.ticketsBody(list) }));
  });

  for (const ext of ['csv', 'xlsx'] as const) {
    app.get(`/console/tickets/export.${ext}`, async (req, reply) => {
      const checked = await checkQuery(deps, req.query);
      if ('error' in checked) return reply.status(400).header('content-type', 'text/plain; charset=utf-8').send(checked.error);
      const rows = (await listTickets(store.db, filterOf(checked), 100_000, 0)).rows.map(ticketItem).map((t) => [
        String(t.id),
        t.statusLabel,
        t.categoryLabel,
        t.urgency === 'emergency' ? tt.URGENT_YES : '',
        t.where,
        t.summary,
        t.grid?.name ?? '',
        t.reporter?.name ?? '',
        t.assignee?.name ?? '',
        bjTime(t.createdAt),
        bjTime(t.updatedAt),
        t.resolvedAt ? bjTime(t.resolvedAt) : '',
        t.rating ?? '',
      ]);
      const name = encodeURIComponent(tt.exportFileName(ext));
      reply.header('content-disposition', `attachment; filename="tickets.${ext}"; filename*=UTF-8''${name}`).header('cache-control', 'no-store');
      if (ext === 'csv') {
        return reply.header('content-type', 'text/csv; charset=utf-8').send(toCsv([tt.EXPORT_COLUMNS, ...rows]));
      }
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet(tt.EXPORT_SHEET);
      ws.addRow(tt.EXPORT_COLUMNS).font = { bold: true };
      for (const r of rows) ws.addRow([Number(r[0]), ...r.slice(1)]);
      ws.columns.forEach((c, i) => (c.width = [8, 10, 10, 6, 16, 40, 12, 10, 10, 18, 18, 18, 8][i] ?? 12));
      const buf = Buffer.from(await wb.xlsx.writeBuffer());
      return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(buf);
    });
  }

  const idParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

  async function detail(req: FastifyRequest, id: number): Promise<tt.TicketDetailView | null> {
    const { db } = store;
    const row = await ticketDetail(db, id);
    if (!row) return null;
    // Viewing creates nobody: the office acts on any ticket, a leader's grids are looked up.
    const holder = req.consoleUser!;
    let readOnly: string | undefined;
    if (holder.role !== 'office') {
      const actor = await consoleActor(store, holder, deps.now());
      if (!actor) readOnly = tt.cannotAct();
      else if (!(await mayChangeTicket(store, actor, row))) readOnly = tt.leaderOutsideGrid((await gridsCoveredBy(db, actor.id)).map((g) => g.name).join('、'));
    }
    const state = row.status as TicketState;
    return {
      ...ticketItem(row),
      text: row.text,
      originGroup: row.originGroupId === null ? null : { topic: row.originGroupTopic },
      followers: (await ticketFollowerViews(db, id)).map((f) => ({ name: f.name, at: f.at === null ? null : new Date(f.at).toISOString() })),
      ratings: (await latestRatings(db, id)).map((r) => ({ person: r.name ? { name: r.name } : null, rating: r.rating, at: null })),
      events: (await ticketHistory(db, id)).map((e) => ({
        at: new Date(e.at).toISOString(),
        actor: e.actorName ? { name: e.actorName } : null,
        label: EVENT_LABEL[e.type] ?? e.type,
        note: e.note,
      })),
      actions: ACTIONS.filter((a) => TRANSITIONS[a].from.includes(state)).map((a) => ({ value: a, label: tt.ACTION_LABELS[a]! })),
      staff: (await peopleByRole(db, ['grid_worker', 'grid_leader', 'office'], (await ticketById(db, id))?.communityId ?? null)).map((p) => ({
        value: p.name,
        label: `${PERSON_ROLE[p.role] ?? ''} ${p.name}`,
      })),
      readOnly,
    };
  }

  function notFound(req: FastifyRequest, reply: FastifyReply, id: number) {
    return sendHtml(
      reply,
      page({ title: tt.ticketTitle(id), current: '/console/tickets', viewer: viewerOf(req), body: tt.ticketBody404(ticketNotFoundHttp(id)) }),
      404,
    );
  }

  app.get('/console/tickets/:id', async (req, reply) => {
    const p = idParam.safeParse(req.params);
    if (!p.success) return notFound(req, reply, 0);
    const v = await detail(req, p.data.id);
    if (!v) return notFound(req, reply, p.data.id);
    return sendHtml(reply, page({ title: tt.ticketTitle(v.id), current: '/console/tickets', viewer: viewerOf(req), body: tt.ticketBody(v) }));
  });

  const actionBody = z.object({
    action: z.enum(['transfer', 'escalate', 'reject', 'resolve', 'reopen'], { error: tt.unknownAction() }),
    to: z.string().trim().max(40).optional(),
    reason: z.string().trim().min(1, tt.reasonRequired()).max(500),
  });

  /** One action, through the same verb a chat command runs; answers with the ticket re-rendered and a message. */
  app.post('/console/tickets/:id/action', async (req, reply) => {
    const p = idParam.safeParse(req.params);
    const ticket = p.success ? await ticketById(store.db, p.data.id) : undefined;
    if (!p.success || !ticket) return notFound(req, reply, p.success ? p.data.id : 0);
    const id = p.data.id;
    const respond = async (message: { kind: 'ok' | 'error'; text: string }, status = 200) => {
      const v = (await detail(req, id))!;
      if (req.headers['hx-request']) return sendHtml(reply, tt.ticketBody(v, message), status);
      return sendHtml(reply, page({ title: tt.ticketTitle(id), current: '/console/tickets', viewer: viewerOf(req), body: tt.ticketBody(v, message) }), status);
    };
    const b = actionBody.safeParse(req.body ?? {}, { error: zodErrorsZh });
    if (!b.success) return respond({ kind: 'error', text: b.error.issues[0]!.message }, 400);
    const { action, to, reason } = b.data;
    if (action === 'transfer' && !to) return respond({ kind: 'error', text: tt.chooseAssignee() }, 400);
    const actor = await consoleActor(store, req.consoleUser!, deps.now());
    if (!actor) return respond({ kind: 'error', text: tt.cannotAct() }, 403);
    if (!(await mayChangeTicket(store, actor, ticket))) {
      return respond({ kind: 'error', text: tt.leaderOutsideGrid((await gridsCoveredBy(store.db, actor.id)).map((g) => g.name).join('、')) }, 403);
    }
    const ctx: ServiceCtx = { store, now: deps.now, actor, channels: new Set(deps.channels()), ticketLink: deps.ticketLink };
    try {
      if (action === 'transfer') await transferTicket({ ctx, input: { ticketId: id, to: to!, reason } });
      else if (action === 'escalate') await escalateTicket({ ctx, input: { ticketId: id, reason } });
      else if (action === 'reject') await rejectTicket({ ctx, input: { ticketId: id, reason } });
      else if (action === 'resolve') await resolveTicket({ ctx, input: { ticketId: id, outcome: reason } });
      else await reopenTicket({ ctx, input: { ticketId: id, reason } });
    } catch (err) {
      return respond({ kind: 'error', text: explain(err) }, 409);
    }
    deps.kickOutbox();
    return respond({ kind: 'ok', text: tt.actionDone(id, action) });
  });
};
