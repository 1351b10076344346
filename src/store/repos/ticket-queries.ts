/**
 * Read-only queries for the office views (ticket list, detail, figures) and
 * the few lookups the rating verb needs. Raw SQL on purpose: the figures are
 * aggregates (counts, medians, percentiles) that SQLite computes in one pass
 * over the tickets, so a 100,000-ticket store never comes into JS row by row.
 * Every statement is a fixed text per shape of filter, so the store's
 * statement cache prepares it once.
 */
import type Database from 'better-sqlite3';
import type { Db } from '../db';
import { chatText } from '../../core/chat-text';

/** Statuses still waiting for someone (the "active" set of the state machine). */
const ACTIVE_SQL = "('open', 'claimed', 'escalated', 'reopened')";
const HOUR_MS = 3_600_000;

export interface TicketFilter {
  statuses?: string[];
  category?: string;
  gridId?: number;
  communityId?: number;
  building?: string;
  /** created_at ≥ from */
  from?: Date;
  /** created_at < to */
  to?: Date;
  /** Text search over the summary and the resident's words; a bare number also matches the id. */
  q?: string;
}

interface Where {
  /** "WHERE …", or empty. */
  sql: string;
  /** The same conditions as " AND …" to add to another WHERE. */
  and: string;
  params: unknown[];
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereOf(f: TicketFilter): Where {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (f.gridId !== undefined) {
    parts.push('t.grid_id = ?');
    params.push(f.gridId);
  }
  if (f.statuses?.length) {
    parts.push(`t.status IN (${f.statuses.map(() => '?').join(', ')})`);
    params.push(...f.statuses);
    // No index starts with status, but (grid_id, status) does. grid_id is a
    // foreign key to grids or null, so this condition is always true; it lets
    // SQLite seek the index once per grid (a handful) instead of scanning
    // every ticket. Checked with EXPLAIN QUERY PLAN in tests/office.
    if (f.gridId === undefined) parts.push('(t.grid_id IN (SELECT id FROM grids) OR t.grid_id IS NULL)');
  }
  if (f.communityId !== undefined) {
    parts.push('t.community_id = ?');
    params.push(f.communityId);
  }
  if (f.category !== undefined) {
    parts.push('t.category = ?');
    params.push(f.category);
  }
  if (f.building !== undefined) {
    parts.push('t.building = ?');
    params.push(f.building);
  }
  if (f.from) {
    parts.push('t.created_at >= ?');
    params.push(f.from.getTime());
  }
  if (f.to) {
    parts.push('t.created_at < ?');
    params.push(f.to.getTime());
  }
  if (f.q) {
    // Both sides in the form chat text is matched in: 電梯 finds 电梯 and the other way round.
    const like = `%${escapeLike(chatText(f.q))}%`;
    const id = /^#?\s*(\d{1,15})$/.exec(f.q);
    parts.push(`(t.summary LIKE ? ESCAPE '\\' OR coalesce(t.search_text, t.text) LIKE ? ESCAPE '\\'${id ? ' OR t.id = ?' : ''})`);
    params.push(like, like, ...(id ? [Number(id[1])] : []));
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', and: parts.map((p) => ` AND ${p}`).join(''), params };
}

/** drizzle keeps the better-sqlite3 handle on the instance; the Db type does not declare it. */
const client = (db: Db) => (db as Db & { $client: Database.Database }).$client;

// ── list ──────────────────────────────────────────────────────────────────

export interface TicketListRow {
  id: number;
  status: string;
  category: string;
  urgency: string;
  building: string | null;
  unit: string | null;
  room: string | null;
  summary: string;
  reporterId: number;
  reporterName: string | null;
  assigneeId: number | null;
  assigneeName: string | null;
  gridId: number | null;
  gridName: string | null;
  communityId: number | null;
  communityName: string | null;
  createdAt: number;
  updatedAt: number;
  resolvedAt: number | null;
  /** The latest rating anyone gave the ticket. */
  rating: string | null;
}

const LIST_COLUMNS = `
  t.id, t.status, t.category, t.urgency, t.building, t.unit, t.room, t.summary,
  t.reporter_id AS reporterId, rp.name AS reporterName,
  t.assignee_id AS assigneeId, ap.name AS assigneeName,
  t.grid_id AS gridId, g.name AS gridName,
  t.community_id AS communityId, c.name AS communityName,
  t.created_at AS createdAt, t.updated_at AS updatedAt, t.resolved_at AS resolvedAt,
  (SELECT e.note FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'rated' ORDER BY e.id DESC LIMIT 1) AS rating`;

const LIST_JOINS = `
  LEFT JOIN people rp ON rp.id = t.reporter_id
  LEFT JOIN people ap ON ap.id = t.assignee_id
  LEFT JOIN grids g ON g.id = t.grid_id
  LEFT JOIN communities c ON c.id = t.community_id`;

/** The SQL of the page's id query: exported for the query-plan test. */
export function listIdsSql(f: TicketFilter): { sql: string; params: unknown[] } {
  const w = whereOf(f);
  return { sql: `SELECT t.id FROM tickets t ${w.sql} ORDER BY t.id DESC LIMIT ? OFFSET ?`, params: w.params };
}

/**
 * One page of tickets, newest first, and how many match in all. The page's
 * ids are picked first (from an index where the filter allows), then only
 * those rows are joined with names and their latest rating.
 */
export function listTickets(db: Db, f: TicketFilter, limit: number, offset: number): { total: number; rows: TicketListRow[] } {
  const w = whereOf(f);
  const total = (client(db).prepare(`SELECT count(*) AS n FROM tickets t ${w.sql}`).get(...w.params) as { n: number }).n;
  const ids = listIdsSql(f);
  const rows = client(db)
    .prepare(`SELECT ${LIST_COLUMNS} FROM tickets t ${LIST_JOINS} WHERE t.id IN (${ids.sql}) ORDER BY t.id DESC`)
    .all(...ids.params, limit, offset) as TicketListRow[];
  return { total, rows };
}

// ── detail ────────────────────────────────────────────────────────────────

export interface TicketDetailRow extends TicketListRow {
  text: string;
  emergencyKind: string | null;
  escalationLevel: number;
  lastNote: string | null;
  originGroupId: number | null;
  originGroupTopic: string | null;
}

export function ticketDetail(db: Db, id: number): TicketDetailRow | undefined {
  return client(db)
    .prepare(
      `SELECT ${LIST_COLUMNS}, t.text, t.emergency_kind AS emergencyKind, t.escalation_level AS escalationLevel,
         t.last_note AS lastNote, t.origin_group_id AS originGroupId, og.topic AS originGroupTopic
       FROM tickets t ${LIST_JOINS} LEFT JOIN groups og ON og.id = t.origin_group_id
       WHERE t.id = ?`,
    )
    .get(id) as TicketDetailRow | undefined;
}

export interface EventViewRow {
  at: number;
  actorId: number | null;
  actorName: string | null;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
}

/** The whole history, oldest first, with who acted. */
export function ticketHistory(db: Db, ticketId: number): EventViewRow[] {
  return client(db)
    .prepare(
      `SELECT e.at, e.actor_id AS actorId, p.name AS actorName, e.type, e.from_status AS fromStatus,
         e.to_status AS toStatus, e.note
       FROM ticket_events e LEFT JOIN people p ON p.id = e.actor_id
       WHERE e.ticket_id = ? ORDER BY e.id`,
    )
    .all(ticketId) as EventViewRow[];
}

export interface FollowerViewRow {
  personId: number;
  name: string | null;
  at: number;
}

export function ticketFollowerViews(db: Db, ticketId: number): FollowerViewRow[] {
  return client(db)
    .prepare(
      `SELECT f.person_id AS personId, p.name, f.at FROM ticket_followers f LEFT JOIN people p ON p.id = f.person_id
       WHERE f.ticket_id = ? ORDER BY f.at, f.person_id`,
    )
    .all(ticketId) as FollowerViewRow[];
}

export interface RatingRow {
  personId: number;
  name: string | null;
  rating: string;
  at: number;
}

/** Each person's latest rating of a ticket (a second rating replaces the first). */
export function latestRatings(db: Db, ticketId: number): RatingRow[] {
  return client(db)
    .prepare(
      `SELECT r.actor_id AS personId, p.name, r.note AS rating, r.at FROM (
         SELECT e.actor_id, e.note, e.at, e.id,
           row_number() OVER (PARTITION BY e.actor_id ORDER BY e.id DESC) AS rn
         FROM ticket_events e WHERE e.ticket_id = ? AND e.type = 'rated' AND e.actor_id IS NOT NULL
       ) r LEFT JOIN people p ON p.id = r.actor_id WHERE r.rn = 1 ORDER BY r.id`,
    )
    .all(ticketId) as RatingRow[];
}

/** This person's latest rating of this ticket, if any. */
export function latestRatingBy(db: Db, ticketId: number, personId: number): string | null {
  const row = client(db)
    .prepare(
      `SELECT note FROM ticket_events WHERE ticket_id = ? AND type = 'rated' AND actor_id = ? ORDER BY id DESC LIMIT 1`,
    )
    .get(ticketId, personId) as { note: string | null } | undefined;
  return row?.note ?? null;
}

// ── grids ─────────────────────────────────────────────────────────────────

export interface GridRef {
  id: number;
  name: string;
}

export function allGridRefs(db: Db, communityId?: number): GridRef[] {
  if (communityId !== undefined) {
    return client(db).prepare('SELECT id, name FROM grids WHERE community_id = ? ORDER BY id').all(communityId) as GridRef[];
  }
  return client(db).prepare('SELECT id, name FROM grids ORDER BY id').all() as GridRef[];
}

/**
 * Grids a query may mean: by name (within one community, when given), else by
 * id. More than one means the name is shared by several communities.
 */
export function gridsByIdOrName(db: Db, key: string, communityId?: number): (GridRef & { communityId: number })[] {
  const c = client(db);
  const scope = communityId === undefined ? '' : ' AND community_id = ?';
  const args = communityId === undefined ? [] : [communityId];
  const byName = c.prepare(`SELECT id, name, community_id AS communityId FROM grids WHERE name = ?${scope} ORDER BY id`).all(key, ...args) as (GridRef & { communityId: number })[];
  if (byName.length || !/^\d{1,15}$/.test(key)) return byName;
  return c.prepare(`SELECT id, name, community_id AS communityId FROM grids WHERE id = ?${scope}`).all(Number(key), ...args) as (GridRef & { communityId: number })[];
}

/** The communities that have a building of this (normalised) name. */
export function communitiesWithBuilding(db: Db, name: string): { id: number; name: string }[] {
  return client(db)
    .prepare('SELECT DISTINCT c.id, c.name FROM buildings b JOIN communities c ON c.id = b.community_id WHERE b.name = ? ORDER BY c.id')
    .all(name) as { id: number; name: string }[];
}

/** The communities that have a grid of this name. */
export function communitiesWithGrid(db: Db, name: string): { id: number; name: string }[] {
  return client(db)
    .prepare('SELECT DISTINCT c.id, c.name FROM grids g JOIN communities c ON c.id = g.community_id WHERE g.name = ? ORDER BY c.id')
    .all(name) as { id: number; name: string }[];
}

/** A grid by id ("2") or by name ("第二网格"). */
export function gridByIdOrName(db: Db, key: string): GridRef | undefined {
  const byName = client(db).prepare('SELECT id, name FROM grids WHERE name = ? ORDER BY id LIMIT 1').get(key) as GridRef | undefined;
  if (byName || !/^\d{1,15}$/.test(key)) return byName;
  return client(db).prepare('SELECT id, name FROM grids WHERE id = ?').get(Number(key)) as GridRef | undefined;
}

// ── figures ───────────────────────────────────────────────────────────────

export interface StatsOptions {
  from?: Date;
  to?: Date;
  gridId?: number;
  communityId?: number;
  now: Date;
  /** Open longer than this is overdue… */
  overdueMs: number;
  /** …except emergencies, which are overdue much sooner. */
  emergencyOverdueMs: number;
  /** Rating words counted as satisfied / dissatisfied. */
  satisfied: readonly string[];
  dissatisfied: readonly string[];
}

/** Figures of one bucket: a grid (gridId, null = tickets outside any grid) or the total. */
export interface StatsBucket {
  gridId: number | null;
  opened: number;
  resolved: number;
  rejected: number;
  overdue: number;
  claimCount: number;
  claimMedianH: number | null;
  claimP90H: number | null;
  resolveCount: number;
  resolveMedianH: number | null;
  resolveP90H: number | null;
  rated: number;
  satisfied: number;
  dissatisfied: number;
  byCategory: { category: string; count: number }[];
}

/**
 * The cohort is the tickets created in [from, to) (of one grid, if asked):
 * every figure describes that cohort, so the closure rate is a share of the
 * same tickets it counts. Times are in hours; median and percentile are
 * SQLite's own aggregates (linear interpolation between neighbours).
 *
 * One statement: the cohort is materialised once (with each ticket's first
 * claim), then summarised per grid and in total. On 100,000 tickets with
 * their events this takes a few hundred milliseconds (see docs/office.md).
 */
export function ticketStats(db: Db, o: StatsOptions): { total: StatsBucket; grids: StatsBucket[] } {
  const w = whereOf({ from: o.from, to: o.to, gridId: o.gridId, communityId: o.communityId });
  const marks = (xs: readonly string[]) => xs.map(() => '?').join(', ') || 'NULL';
  const hours = (end: string) => `(${end} - created_at) / ${HOUR_MS}.0`;
  const resolvedHours = hours("CASE WHEN status = 'resolved' THEN resolved_at END");
  // `same` narrows the per-bucket subqueries to the outer row's grid (or not, for the total).
  const summary = (grouped: boolean) => {
    const same = (alias: string) => (grouped ? `${alias}.g IS x.g` : '1');
    return `
    SELECT ${grouped ? 'x.g' : 'NULL'} AS gridId, ${grouped ? 0 : 1} AS isTotal,
      count(*) AS opened,
      coalesce(sum(status = 'resolved'), 0) AS resolved,
      coalesce(sum(status = 'rejected'), 0) AS rejected,
      coalesce(sum(status IN ${ACTIVE_SQL}
        AND @now - created_at > CASE WHEN urgency = 'emergency' THEN @emergencyOverdue ELSE @overdue END), 0) AS overdue,
      count(first_claim) AS claimCount,
      median(${hours('first_claim')}) AS claimMedianH,
      percentile(${hours('first_claim')}, 90) AS claimP90H,
      count(${resolvedHours}) AS resolveCount,
      median(${resolvedHours}) AS resolveMedianH,
      percentile(${resolvedHours}, 90) AS resolveP90H,
      (SELECT count(*) FROM r WHERE ${same('r')}) AS rated,
      (SELECT count(*) FROM r WHERE ${same('r')} AND r.note IN (${marks(o.satisfied)})) AS satisfied,
      (SELECT count(*) FROM r WHERE ${same('r')} AND r.note IN (${marks(o.dissatisfied)})) AS dissatisfied,
      (SELECT json_group_array(json_object('category', j.category, 'count', j.n)) FROM (
         SELECT k.category, sum(k.n) AS n FROM k WHERE ${same('k')} GROUP BY k.category ORDER BY n DESC, k.category
       ) j) AS byCategory
    FROM x ${grouped ? 'GROUP BY x.g' : ''}`;
  };
  const sql = `
    WITH x AS MATERIALIZED (
      SELECT t.id, t.grid_id AS g, t.category, t.status, t.urgency, t.created_at, t.resolved_at,
        -- A transfer leads to another claim; the first one is how long residents waited for someone.
        (SELECT min(e.at) FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'claimed') AS first_claim
      FROM tickets t ${w.sql}
    ),
    -- Each person's latest rating per ticket: a changed mind replaces the first answer.
    -- Ratings are few next to tickets: one sequential pass over the events,
    -- each rating joined to its ticket by primary key and the cohort filter.
    r AS MATERIALIZED (
      SELECT g, note FROM (
        SELECT t.grid_id AS g, e.note, row_number() OVER (PARTITION BY e.ticket_id, e.actor_id ORDER BY e.id DESC) AS rn
        FROM ticket_events e NOT INDEXED JOIN tickets t ON t.id = e.ticket_id
        WHERE e.type = 'rated'${w.and}
      ) WHERE rn = 1
    ),
    -- Category counts per grid in one pass; the total adds them up.
    k AS MATERIALIZED (SELECT g, category, count(*) AS n FROM x GROUP BY g, category)
    ${summary(true)}
    UNION ALL
    ${summary(false)}`;
  type Raw = Omit<StatsBucket, 'byCategory'> & { isTotal: number; byCategory: string | null };
  const words = [...o.satisfied, ...o.dissatisfied];
  // Positional parameters first (the cohort filter, then the rating words per bucket), named ones after.
  const params = [...w.params, ...w.params, ...words, ...words];
  const named = { now: o.now.getTime(), overdue: o.overdueMs, emergencyOverdue: o.emergencyOverdueMs };
  const rows = client(db).prepare(sql).all(...params, named) as Raw[];
  const bucket = ({ isTotal: _, byCategory, ...rest }: Raw): StatsBucket => ({
    ...rest,
    byCategory: byCategory ? (JSON.parse(byCategory) as StatsBucket['byCategory']) : [],
  });
  return { total: bucket(rows.find((r) => r.isTotal === 1)!), grids: rows.filter((r) => r.isTotal === 0).map(bucket) };
}
