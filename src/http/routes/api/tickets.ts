import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Store } from '../../../store/db';
import { TICKET_STATUSES } from '../../../store/schema';
import { DEFAULT_TAXONOMY } from '../../../core/parse';
import { CONSULT, categoryLabel } from '../../../core/categories';
import { normalizeBuildingName } from '../../../core/building-name';
import { allCommunities, type CommunityRow } from '../../../store/repos/area';
import {
  communitiesWithBuilding,
  communitiesWithGrid,
  gridsByIdOrName,
  latestRatings,
  listTickets,
  ticketDetail,
  ticketFollowerViews,
  ticketHistory,
  type GridRef,
  type TicketListRow,
} from '../../../store/repos/ticket-queries';
import { EVENT_LABEL, STATE_LABEL, where } from '../../../templates/tickets';
import { buildingLabel } from '../../../templates/announcements';
import * as o from '../../../templates/office';
import { docSchema } from '../../openapi';
import { parse } from '../../validate';
import { parseTime } from '../../../services/announcements/input';

export interface OfficeDeps {
  store: Store;
  now: () => Date;
}

export const MAX_LIMIT = 200;

// ── query helpers shared with /api/stats ──────────────────────────────────

/** Query strings send "" for an empty form field: treat it as absent. */
const opt = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 60 * 60_000;

/**
 * An ISO date or date-time from a query. The office works in Beijing time, so
 * a date ("2026-06-01") or a time without a zone means Beijing time; a date
 * given as `to` includes that whole day.
 */
export function parseWhen(s: string, end: boolean): Date | null {
  const text = s.trim();
  // The same parser as notice times: impossible dates (2027-02-30) are refused, not rolled over.
  const d = parseTime(DATE_ONLY.test(text) ? `${text}T00:00:00` : text);
  if (!d) return null;
  return end && DATE_ONLY.test(text) ? new Date(d.getTime() + DAY_MS) : d;
}

const when = (end: boolean) =>
  z.string().transform((s, ctx) => {
    const d = parseWhen(s, end);
    if (!d) {
      ctx.addIssue({ code: 'custom', message: o.badDate() });
      return z.NEVER;
    }
    return d;
  });

export const periodFields = {
  from: opt(when(false)),
  to: opt(when(true)),
  grid: opt(z.string().trim().min(1).max(50)),
  /** A community by id or name: needed where names repeat across communities. */
  community: opt(z.string().trim().min(1).max(50)),
};

export function checkPeriod(q: { from?: Date; to?: Date }, reply: FastifyReply): boolean {
  if (q.from && q.to && q.from.getTime() > q.to.getTime()) {
    void reply.status(400).send({ error: o.fromAfterTo() });
    return false;
  }
  return true;
}

/** The community a query names (id or name); sends 400 listing them for an unknown one. `null` = not asked for. */
export async function communityOf(store: Store, key: string | undefined, reply: FastifyReply): Promise<CommunityRow | null | false> {
  if (key === undefined) return null;
  const all = await allCommunities(store.db);
  const hit = all.find((c) => c.name === key || String(c.id) === key);
  if (hit) return hit;
  void reply.status(400).send({ error: o.unknownCommunity(key, all.map((c) => c.name)), communities: all.map((c) => ({ id: c.id, name: c.name })) });
  return false;
}

export interface QueryScope {
  community: CommunityRow | null;
  grid: GridRef | null;
}

/**
 * Where a query looks: a community (id or name), a grid (id or name) and a
 * building. Names repeat across communities ("第一网格", "1"): a grid or
 * building name that more than one community has needs community=, or the
 * answer would mix them; the 400 lists the communities. Unknown names → 400.
 */
export async function scopeOf(
  store: Store,
  q: { community?: string; grid?: string; building?: string },
  reply: FastifyReply,
): Promise<QueryScope | false> {
  const community = await communityOf(store, q.community, reply);
  if (community === false) return false;
  const ambiguous = (what: string, among: { id: number; name: string }[]) => {
    void reply.status(400).send({ error: o.communityAmbiguous(what, among.map((c) => c.name)), communities: among });
    return false as const;
  };
  let grid: GridRef | null = null;
  if (q.grid !== undefined) {
    const hits = await gridsByIdOrName(store.db, q.grid, community?.id);
    if (hits.length === 0) {
      void reply.status(400).send({ error: o.unknownGrid(q.grid) });
      return false;
    }
    if (hits.length > 1) return ambiguous(q.grid, await communitiesWithGrid(store.db, q.grid));
    grid = { id: hits[0]!.id, name: hits[0]!.name };
  }
  if (q.building !== undefined && !community && !grid) {
    const among = await communitiesWithBuilding(store.db, q.building);
    if (among.length > 1) return ambiguous(buildingLabel(q.building), among);
  }
  return { community, grid };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const ref = (id: number | null, name: string | null) => (id === null ? null : { id, name: name ?? `#${id}` });

// ── /api/tickets ──────────────────────────────────────────────────────────

export const CATEGORIES = [...DEFAULT_TAXONOMY.map((c) => ({ code: c.code, label: c.label })), { code: CONSULT.code, label: CONSULT.label }];

export const ticketListQuery = z.object({
  ...periodFields,
  /** One status or several, comma-separated: "open,claimed". */
  status: opt(
    z.string().transform((s, ctx) => {
      const list = s.split(/[,，]/).map((x) => x.trim()).filter(Boolean);
      const bad = list.find((x) => !(TICKET_STATUSES as readonly string[]).includes(x));
      if (bad !== undefined || !list.length) {
        ctx.addIssue({ code: 'custom', message: o.unknownStatus(bad ?? s, [...TICKET_STATUSES]) });
        return z.NEVER;
      }
      return list;
    }),
  ),
  /** A category code ("repair") or its label ("设施报修"). */
  category: opt(
    z.string().transform((s, ctx) => {
      const key = s.trim();
      const hit = CATEGORIES.find((c) => c.code === key || c.label === key);
      if (!hit) {
        ctx.addIssue({ code: 'custom', message: o.unknownCategory(key, CATEGORIES.map((c) => `${c.code}（${c.label}）`)) });
        return z.NEVER;
      }
      return hit.code;
    }),
  ),
  /** "3", "3号楼", "三栋": stored as the normalised name. */
  building: opt(z.string().trim().min(1).max(20).transform((s) => normalizeBuildingName(s) ?? s)),
  q: opt(z.string().trim().min(1).max(100, o.queryTooLong(100))),
  limit: opt(z.coerce.number(o.limitRange(MAX_LIMIT)).int(o.limitRange(MAX_LIMIT)).min(1, o.limitRange(MAX_LIMIT)).max(MAX_LIMIT, o.limitRange(MAX_LIMIT))),
  offset: opt(z.coerce.number(o.offsetInvalid()).int(o.offsetInvalid()).min(0, o.offsetInvalid())),
});

const idParam = z.object({ id: z.coerce.number(o.ticketIdInvalid()).int(o.ticketIdInvalid()).positive(o.ticketIdInvalid()).max(Number.MAX_SAFE_INTEGER, o.ticketIdInvalid()) });

/** The parser's summary starts with the category label; the item shows the label on its own. */
const summaryOf = (s: string) => s.replace(/^[^｜]{1,8}｜/, '');

export function ticketItem(r: TicketListRow) {
  return {
    id: r.id,
    status: r.status,
    statusLabel: STATE_LABEL[r.status as keyof typeof STATE_LABEL] ?? r.status,
    category: r.category,
    categoryLabel: categoryLabel(r.category),
    urgency: r.urgency,
    building: r.building,
    unit: r.unit,
    room: r.room,
    where: where(r.building, r.unit, r.room),
    summary: summaryOf(r.summary),
    reporter: ref(r.reporterId, r.reporterName),
    assignee: ref(r.assigneeId, r.assigneeName),
    grid: ref(r.gridId, r.gridName),
    community: ref(r.communityId, r.communityName),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
    resolvedAt: iso(r.resolvedAt),
    rating: r.rating,
  };
}

/**
 * The office's view of tickets. Every API role may read, unnarrowed: only
 * grid leader tokens may be linked to a person, and that link bounds where
 * they post notices, not what staff may read.
 * Staff see the resident's words unmasked, as in `查 12`.
 */
export const ticketRoutes: FastifyPluginAsync<OfficeDeps> = async (app, deps) => {
  app.get('/tickets', { schema: docSchema({ summary: '工单列表（可按状态、网格、楼栋、类别、日期、关键词筛选）', tags: ['工单与统计'], auth: true, querystring: ticketListQuery }) }, async (req, reply) => {
    const q = parse(ticketListQuery, req.query, reply);
    if (!q || !checkPeriod(q, reply)) return reply;
    const scope = await scopeOf(deps.store, q, reply);
    if (scope === false) return reply;
    const { grid, community } = scope;
    const { total, rows } = await listTickets(
      deps.store.db,
      {
        statuses: q.status,
        category: q.category,
        gridId: grid?.id,
        communityId: community?.id,
        building: q.building,
        from: q.from,
        to: q.to,
        q: q.q,
      },
      q.limit ?? 50,
      q.offset ?? 0,
    );
    return { total, limit: q.limit ?? 50, offset: q.offset ?? 0, items: rows.map(ticketItem) };
  });

  app.get('/tickets/:id', { schema: docSchema({ summary: '一张工单：原话、关注者、评价、处理记录', tags: ['工单与统计'], auth: true, params: idParam }) }, async (req, reply) => {
    const p = parse(idParam, req.params, reply);
    if (!p) return reply;
    const { db } = deps.store;
    const row = await ticketDetail(db, p.id);
    if (!row) return reply.status(404).send({ error: o.ticketNotFoundHttp(p.id) });
    return {
      ...ticketItem(row),
      text: row.text,
      emergencyKind: row.emergencyKind,
      escalationLevel: row.escalationLevel,
      lastNote: row.lastNote,
      originGroup: row.originGroupId === null ? null : { id: row.originGroupId, topic: row.originGroupTopic },
      followers: (await ticketFollowerViews(db, p.id)).map((f) => ({ id: f.personId, name: f.name, at: iso(f.at) })),
      ratings: (await latestRatings(db, p.id)).map((r) => ({ person: ref(r.personId, r.name), rating: r.rating, at: iso(r.at) })),
      events: (await ticketHistory(db, p.id)).map((e) => ({
        at: iso(e.at),
        actor: ref(e.actorId, e.actorName),
        type: e.type,
        label: EVENT_LABEL[e.type] ?? e.type,
        from: e.fromStatus,
        to: e.toStatus,
        note: e.note,
      })),
    };
  });
};
