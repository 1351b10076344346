/**
 * Read-only queries for the office views (ticket list, detail, figures) and
 * the few lookups the rating verb needs. Raw SQL on purpose: the figures are
 * aggregates (counts, medians, percentiles) that the database computes in one
 * pass over the tickets, so a 100,000-ticket store never comes into JS row by
 * row. Every statement is a fixed text per shape of filter (and engine), so
 * the engine's statement cache prepares it once.
 *
 * The same text runs on SQLite and PostgreSQL wherever one text means the
 * same on both; where they differ, both texts are written side by side and
 * chosen by `rawSql(db).dialect`. Parameters are positional `?`.
 */
import type { Db } from '../db';
import { rawSql, type Dialect } from '../port';
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

function whereOf(f: TicketFilter, dialect: Dialect): Where {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (f.gridId !== undefined) {
    parts.push('t.grid_id = ?');
    params.push(f.gridId);
  }
  if (f.statuses?.length) {
    parts.push(`t.status IN (${f.statuses.map(() => '?').join(', ')})`);
    params.push(...f.statuses);
    // SQLite: no index starts with status, but (grid_id, status) does. grid_id
    // is a foreign key to grids or null, so this condition is always true; it
    // lets SQLite seek the index once per grid (a handful) instead of scanning
    // every ticket. Checked with EXPLAIN QUERY PLAN in tests/office.
    // PostgreSQL's planner needs no such hint (and the same result without it).
    if (f.gridId === undefined && dialect === 'sqlite') parts.push('(t.grid_id IN (SELECT id FROM grids) OR t.grid_id IS NULL)');
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
    // Case: SQLite's LIKE ignores the case of ASCII letters only. PostgreSQL's
    // LIKE ignores none, and its ILIKE follows the database's locale (Ä = ä);
    // ILIKE under the "C" collation folds ASCII letters only, as SQLite does.
    const match = dialect === 'postgres' ? `COLLATE "C" ILIKE ? ESCAPE '\\'` : `LIKE ? ESCAPE '\\'`;
    // The id as BIGINT: up to 15 digits do not fit PostgreSQL's integer id
    // (a bare `?` would be typed integer there, and fail out of range).
    parts.push(`(t.summary ${match} OR coalesce(t.search_text, t.text) ${match}${id ? ' OR t.id = CAST(? AS BIGINT)' : ''})`);
    params.push(like, like, ...(id ? [Number(id[1])] : []));
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', and: parts.map((p) => ` AND ${p}`).join(''), params };
}

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
  t.reporter_id AS "reporterId", rp.name AS "reporterName",
  t.assignee_id AS "assigneeId", ap.name AS "assigneeName",
  t.grid_id AS "gridId", g.name AS "gridName",
  t.community_id AS "communityId", c.name AS "communityName",
  t.created_at AS "createdAt", t.updated_at AS "updatedAt", t.resolved_at AS "resolvedAt",
  (SELECT e.note FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'rated' ORDER BY e.id DESC LIMIT 1) AS rating`;

const LIST_JOINS = `
  LEFT JOIN people rp ON rp.id = t.reporter_id
  LEFT JOIN people ap ON ap.id = t.assignee_id
  LEFT JOIN grids g ON g.id = t.grid_id
  LEFT JOIN communities c ON c.id = t.community_id`;

/**
 * The SQL of the page's id query (its LIMIT and OFFSET are the last two
 * parameters). Exported for the SQLite query-plan test in tests/office.
 */
export function listIdsSql(f: TicketFilter, dialect: Dialect = 'sqlite'): { sql: string; params: unknown[] } {
  const w = whereOf(f, dialect);
  return { sql: `SELECT t.id FROM tickets t ${w.sql} ORDER BY t.id DESC LIMIT ? OFFSET ?`, params: w.params };
}

/**
 * One page of tickets, newest first, and how many match in all. The page's
 * ids are picked first (from an index where the filter allows), then only
 * those rows are joined with names and their latest rating.
 */
export async function listTickets(db: Db, f: TicketFilter, limit: number, offset: number): Promise<{ total: number; rows: TicketListRow[] }> {
  const raw = rawSql(db);
  const w = whereOf(f, raw.dialect);
  const [count] = await raw.rows<{ n: number }>(`SELECT count(*) AS n FROM tickets t ${w.sql}`, w.params);
  const ids = listIdsSql(f, raw.dialect);
  const rows = await raw.rows<TicketListRow>(
    `SELECT ${LIST_COLUMNS} FROM tickets t ${LIST_JOINS} WHERE t.id IN (${ids.sql}) ORDER BY t.id DESC`,
    [...ids.params, limit, offset],
  );
  return { total: count!.n, rows };
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

export async function ticketDetail(db: Db, id: number): Promise<TicketDetailRow | undefined> {
  const rows = await rawSql(db).rows<TicketDetailRow>(
    `SELECT ${LIST_COLUMNS}, t.text, t.emergency_kind AS "emergencyKind", t.escalation_level AS "escalationLevel",
       t.last_note AS "lastNote", t.origin_group_id AS "originGroupId", og.topic AS "originGroupTopic"
     FROM tickets t ${LIST_JOINS} LEFT JOIN groups og ON og.id = t.origin_group_id
     WHERE t.id = ?`,
    [id],
  );
  return rows[0];
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
export async function ticketHistory(db: Db, ticketId: number): Promise<EventViewRow[]> {
  return rawSql(db).rows<EventViewRow>(
    `SELECT e.at, e.actor_id AS "actorId", p.name AS "actorName", e.type, e.from_status AS "fromStatus",
       e.to_status AS "toStatus", e.note
     FROM ticket_events e LEFT JOIN people p ON p.id = e.actor_id
     WHERE e.ticket_id = ? ORDER BY e.id`,
    [ticketId],
  );
}

export interface FollowerViewRow {
  personId: number;
  name: string | null;
  at: number;
}

export async function ticketFollowerViews(db: Db, ticketId: number): Promise<FollowerViewRow[]> {
  return rawSql(db).rows<FollowerViewRow>(
    `SELECT f.person_id AS "personId", p.name, f.at FROM ticket_followers f LEFT JOIN people p ON p.id = f.person_id
     WHERE f.ticket_id = ? ORDER BY f.at, f.person_id`,
    [ticketId],
  );
}

export interface RatingRow {
  personId: number;
  name: string | null;
  rating: string;
  at: number;
}

/** Each person's latest rating of a ticket (a second rating replaces the first). */
export async function latestRatings(db: Db, ticketId: number): Promise<RatingRow[]> {
  return rawSql(db).rows<RatingRow>(
    `SELECT r.actor_id AS "personId", p.name, r.note AS rating, r.at FROM (
       SELECT e.actor_id, e.note, e.at, e.id,
         row_number() OVER (PARTITION BY e.actor_id ORDER BY e.id DESC) AS rn
       FROM ticket_events e WHERE e.ticket_id = ? AND e.type = 'rated' AND e.actor_id IS NOT NULL
     ) r LEFT JOIN people p ON p.id = r.actor_id WHERE r.rn = 1 ORDER BY r.id`,
    [ticketId],
  );
}

/** This person's latest rating of this ticket, if any. */
export async function latestRatingBy(db: Db, ticketId: number, personId: number): Promise<string | null> {
  const [row] = await rawSql(db).rows<{ note: string | null }>(
    `SELECT note FROM ticket_events WHERE ticket_id = ? AND type = 'rated' AND actor_id = ? ORDER BY id DESC LIMIT 1`,
    [ticketId, personId],
  );
  return row?.note ?? null;
}

// ── grids ─────────────────────────────────────────────────────────────────

export interface GridRef {
  id: number;
  name: string;
}

// Lookups by a typed id compare with CAST(? AS BIGINT): a key of up to 15
// digits does not fit PostgreSQL's integer ids, and a bare `?` compared with
// one is typed integer there (out of range: an error instead of no row).

export async function allGridRefs(db: Db, communityId?: number): Promise<GridRef[]> {
  if (communityId !== undefined) {
    return rawSql(db).rows<GridRef>('SELECT id, name FROM grids WHERE community_id = ? ORDER BY id', [communityId]);
  }
  return rawSql(db).rows<GridRef>('SELECT id, name FROM grids ORDER BY id');
}

/**
 * Grids a query may mean: by name (within one community, when given), else by
 * id. More than one means the name is shared by several communities.
 */
export async function gridsByIdOrName(db: Db, key: string, communityId?: number): Promise<(GridRef & { communityId: number })[]> {
  const raw = rawSql(db);
  const scope = communityId === undefined ? '' : ' AND community_id = ?';
  const args = communityId === undefined ? [] : [communityId];
  const byName = await raw.rows<GridRef & { communityId: number }>(
    `SELECT id, name, community_id AS "communityId" FROM grids WHERE name = ?${scope} ORDER BY id`,
    [key, ...args],
  );
  if (byName.length || !/^\d{1,15}$/.test(key)) return byName;
  return raw.rows<GridRef & { communityId: number }>(
    `SELECT id, name, community_id AS "communityId" FROM grids WHERE id = CAST(? AS BIGINT)${scope}`,
    [Number(key), ...args],
  );
}

/** The communities that have a building of this (normalised) name. */
export async function communitiesWithBuilding(db: Db, name: string): Promise<{ id: number; name: string }[]> {
  return rawSql(db).rows<{ id: number; name: string }>(
    'SELECT DISTINCT c.id, c.name FROM buildings b JOIN communities c ON c.id = b.community_id WHERE b.name = ? ORDER BY c.id',
    [name],
  );
}

/** The communities that have a grid of this name. */
export async function communitiesWithGrid(db: Db, name: string): Promise<{ id: number; name: string }[]> {
  return rawSql(db).rows<{ id: number; name: string }>(
    'SELECT DISTINCT c.id, c.name FROM grids g JOIN communities c ON c.id = g.community_id WHERE g.name = ? ORDER BY c.id',
    [name],
  );
}

/** A grid by id ("2") or by name ("第二网格"). */
export async function gridByIdOrName(db: Db, key: string): Promise<GridRef | undefined> {
  const raw = rawSql(db);
  const [byName] = await raw.rows<GridRef>('SELECT id, name FROM grids WHERE name = ? ORDER BY id LIMIT 1', [key]);
  if (byName || !/^\d{1,15}$/.test(key)) return byName;
  const [byId] = await raw.rows<GridRef>('SELECT id, name FROM grids WHERE id = CAST(? AS BIGINT)', [Number(key)]);
  return byId;
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
 * same tickets it counts. Times are in hours; median and 90th percentile
 * interpolate linearly between neighbours, identically on both engines (see
 * below).
 *
 * One statement: the cohort is materialised once (with each ticket's first
 * claim), then summarised per grid and in total. On 100,000 tickets with
 * their events this takes a few hundred milliseconds on SQLite (see docs/office.md).
 */
export async function ticketStats(db: Db, o: StatsOptions): Promise<{ total: StatsBucket; grids: StatsBucket[] }> {
  const raw = rawSql(db);
  const pg = raw.dialect === 'postgres';
  const w = whereOf({ from: o.from, to: o.to, gridId: o.gridId, communityId: o.communityId }, raw.dialect);

  // ── Where the engines' SQL differs ──
  // Median and 90th percentile. SQLite: median(x), percentile(x, 90).
  // PostgreSQL: percentile_cont(P) WITHIN GROUP (ORDER BY x) (SQLite has no
  // WITHIN GROUP). Both take ix = P·(n−1) over the sorted non-null values and
  // give v[⌊ix⌋] + (v[⌊ix⌋+1] − v[⌊ix⌋])·(ix − ⌊ix⌋) in double precision (SQLite's
  // P is 90/100.0, PostgreSQL's the literal 0.9: the same double), so on the
  // same values they agree to the last bit; null over no values on both.
  const median = (x: string) => (pg ? `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${x})` : `median(${x})`);
  const p90 = (x: string) => (pg ? `percentile_cont(0.9) WITHIN GROUP (ORDER BY ${x})` : `percentile(${x}, 90)`);
  // Categories with their counts, most first, as a JSON array. SQLite:
  // json_group_array(json_object(…)), text; PostgreSQL: json_agg(json_build_object(…)),
  // which the drivers hand back already parsed (null over no rows). Ties go by
  // category in code-point order: SQLite's BINARY collation; PostgreSQL's
  // "C" (the database's own collation may be a locale's).
  const byCategory = pg
    ? `json_agg(json_build_object('category', j.category, 'count', j.n) ORDER BY j.n DESC, j.category COLLATE "C")`
    : `json_group_array(json_object('category', j.category, 'count', j.n) ORDER BY j.n DESC, j.category)`;
  // Ratings are few next to tickets: one sequential pass over the events, each
  // rating joined to its ticket by primary key and the cohort filter. SQLite is
  // told so with NOT INDEXED; PostgreSQL has no such clause, and its planner
  // chooses the join from its statistics.
  const eventsScan = pg ? 'ticket_events e' : 'ticket_events e NOT INDEXED';

  // ── The same on both ──
  // `sum(cond)` is SQLite-only (PostgreSQL has no boolean sum):
  // sum(CASE WHEN … THEN 1 ELSE 0 END) counts on both, as an integer.
  const countIf = (cond: string) => `coalesce(sum(CASE WHEN ${cond} THEN 1 ELSE 0 END), 0)`;
  // Milliseconds to hours in double precision on both (DOUBLE PRECISION is
  // REAL affinity in SQLite, float8 in PostgreSQL, whose bigint / 3600000.0
  // would be numeric, which the drivers return as a string).
  const hours = (end: string) => `CAST(${end} - created_at AS DOUBLE PRECISION) / ${HOUR_MS}`;
  // Also cast: a category's count, CAST(sum(k.n) AS INTEGER), since PostgreSQL's
  // sum of bigints is numeric. Not engine-specific either: the subquery in FROM
  // has an alias (latest), which PostgreSQL before 16 requires; IS NOT DISTINCT
  // FROM below; TRUE rather than 1 as a condition (PostgreSQL wants a boolean);
  // the final ORDER BY, since PostgreSQL's GROUP BY gives its groups in no
  // particular order (SQLite's came sorted by grid, nulls first: kept).
  const claimHours = hours('first_claim');
  const resolvedHours = hours("CASE WHEN status = 'resolved' THEN resolved_at END");

  // Positional parameters in the order their `?` appear in the text: each
  // `arg(v)` below adds v and writes its `?`, as the template is built left to right.
  const params: unknown[] = [];
  const arg = (v: unknown) => (params.push(v), '?');
  const args = (vs: readonly unknown[]) => (vs.length ? vs.map(arg).join(', ') : 'NULL');
  const where = (sql: string) => (params.push(...w.params), sql);
  // Bigint parameters are cast: a bare `?` that PostgreSQL cannot type from
  // a column next to it (here, CASE … THEN ? ELSE ?) would be typed text.
  const ms = (v: number) => `CAST(${arg(v)} AS BIGINT)`;

  // `same` narrows the per-bucket subqueries to the outer row's grid (or not,
  // for the total). IS NOT DISTINCT FROM (SQLite: the same as IS) makes the
  // tickets outside any grid (null) one bucket.
  const summary = (grouped: boolean) => {
    const same = (alias: string) => (grouped ? `${alias}.g IS NOT DISTINCT FROM x.g` : 'TRUE');
    return `
    SELECT ${grouped ? 'x.g' : 'NULL'} AS "gridId", ${grouped ? 0 : 1} AS "isTotal",
      count(*) AS opened,
      ${countIf("status = 'resolved'")} AS resolved,
      ${countIf("status = 'rejected'")} AS rejected,
      ${countIf(`status IN ${ACTIVE_SQL}
        AND ${ms(o.now.getTime())} - created_at > CASE WHEN urgency = 'emergency' THEN ${ms(o.emergencyOverdueMs)} ELSE ${ms(o.overdueMs)} END`)} AS overdue,
      count(first_claim) AS "claimCount",
      ${median(claimHours)} AS "claimMedianH",
      ${p90(claimHours)} AS "claimP90H",
      count(${resolvedHours}) AS "resolveCount",
      ${median(resolvedHours)} AS "resolveMedianH",
      ${p90(resolvedHours)} AS "resolveP90H",
      (SELECT count(*) FROM r WHERE ${same('r')}) AS rated,
      (SELECT count(*) FROM r WHERE ${same('r')} AND r.note IN (${args(o.satisfied)})) AS satisfied,
      (SELECT count(*) FROM r WHERE ${same('r')} AND r.note IN (${args(o.dissatisfied)})) AS dissatisfied,
      (SELECT ${byCategory} FROM (
         SELECT k.category, CAST(sum(k.n) AS INTEGER) AS n FROM k WHERE ${same('k')} GROUP BY k.category
       ) j) AS "byCategory"
    FROM x ${grouped ? 'GROUP BY x.g' : ''}`;
  };
  // No quote marks or question marks in the SQL comments below: the PostgreSQL
  // engine numbers the `?` outside quoted text and does not know SQL comments.
  const sql = `
    WITH x AS MATERIALIZED (
      SELECT t.id, t.grid_id AS g, t.category, t.status, t.urgency, t.created_at, t.resolved_at,
        -- A transfer leads to another claim; the first one is how long residents waited for someone.
        (SELECT min(e.at) FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'claimed') AS first_claim
      FROM tickets t ${where(w.sql)}
    ),
    -- The latest rating of each person per ticket: a changed mind replaces the first answer.
    r AS MATERIALIZED (
      SELECT g, note FROM (
        SELECT t.grid_id AS g, e.note, row_number() OVER (PARTITION BY e.ticket_id, e.actor_id ORDER BY e.id DESC) AS rn
        FROM ${eventsScan} JOIN tickets t ON t.id = e.ticket_id
        WHERE e.type = 'rated'${where(w.and)}
      ) latest WHERE rn = 1
    ),
    -- Category counts per grid in one pass; the total adds them up.
    k AS MATERIALIZED (SELECT g, category, count(*) AS n FROM x GROUP BY g, category)
    ${summary(true)}
    UNION ALL
    ${summary(false)}
    ORDER BY "isTotal", "gridId" NULLS FIRST`;
  type Raw = Omit<StatsBucket, 'byCategory'> & { isTotal: number; byCategory: string | StatsBucket['byCategory'] | null };
  const rows = await raw.rows<Raw>(sql, params);
  const bucket = ({ isTotal: _, byCategory, ...rest }: Raw): StatsBucket => ({
    ...rest,
    byCategory: typeof byCategory === 'string' ? (JSON.parse(byCategory) as StatsBucket['byCategory']) : (byCategory ?? []),
  });
  return { total: bucket(rows.find((r) => r.isTotal === 1)!), grids: rows.filter((r) => r.isTotal === 0).map(bucket) };
}
