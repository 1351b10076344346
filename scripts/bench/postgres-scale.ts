/**
 * A city-sized store on PostgreSQL: 10,000 building groups and 1,000,000
 * tickets (--quick: 1,000 / 100,000), the same shape as scale.ts builds on
 * SQLite. Through the real app (createGridbot on the node-postgres store):
 * opening a ticket through the whole message path, `我的` for a worker, and
 * the monthly report as the console asks for it (GET /api/reports/monthly).
 *
 *   npx tsx scripts/bench/postgres-scale.ts --pg postgres://user@host/db [--quick] [--keep]
 *
 * --keep leaves the database in place (its URL on stderr) for EXPLAIN ANALYZE.
 */
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../../src/config';
import { createGridbot } from '../../src/gridbot';
import { silentLogger } from '../../src/logger';
import { openStore } from '../../src/store/db';
import { periodContaining, previousPeriod, type Period } from '../../src/core/sla/period';
import { overdueBeforePeriod, reportEvents, reportTickets } from '../../src/store/repos/sla-report';
import { benchPgUrl, freshBenchDatabase, median, percentile } from './pg-db';

const BUILDINGS_PER_GRID = 10;
const ADMIN = 'bench-admin-token-000000000001';
// Rows per INSERT … SELECT: big enough that the server does the work, small enough to show progress.
const BATCH = 100_000;

/**
 * Bulk-loads the area tree, staff, groups and tickets with plain SQL over one
 * connection (setup, not measured as app work). Ids are given explicitly so the
 * tickets can name their people; sequences are moved past them at the end.
 * Tickets as in scale.ts: building i % groups, categories and states by i % 5
 * (60% resolved, 20% open, 20% claimed), created up to 2,000 hours back. Added
 * here for the report: deadlines (签收 2 h, 办结 3 days) and each ticket's
 * history (opened; claimed for claimed/resolved ones; resolved).
 */
async function populate(url: string, groups: number, tickets: number): Promise<number> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const t0 = performance.now();
  const grids = groups / BUILDINGS_PER_GRID;
  const now = Date.now();
  const q = (text: string, params: unknown[] = []) => db.query(text, params);
  if (Number((await q('SELECT count(*) AS n FROM people')).rows[0].n) > 0) throw new Error('populate: the store is not empty');
  await q(`INSERT INTO streets (id, name) VALUES (1, '压测街道')`);
  await q(`INSERT INTO communities (id, street_id, name) VALUES (1, 1, '压测社区')`);
  await q(`INSERT INTO grids (id, community_id, name) SELECT g, 1, '网格' || g FROM generate_series(1, $1) g`, [grids]);
  // People: worker g has id g; the resident of building b has id grids + b.
  await q(`INSERT INTO people (id, name, role, community_id, created_at) SELECT g, '网格员' || g, 'grid_worker', 1, $2 FROM generate_series(1, $1) g`, [grids, now]);
  await q(`INSERT INTO staff_grids (person_id, grid_id) SELECT g, g FROM generate_series(1, $1) g`, [grids]);
  await q(`INSERT INTO buildings (id, community_id, grid_id, name) SELECT b, 1, (b - 1) / $2 + 1, b::text FROM generate_series(1, $1) b`, [groups, BUILDINGS_PER_GRID]);
  await q(
    `INSERT INTO groups (id, channel, external_id, topic, kind, building_id, community_id)
     SELECT b, 'simulator', 'big-' || b, b || '号楼业主群', 'building', b, 1 FROM generate_series(1, $1) b`,
    [groups],
  );
  await q(`INSERT INTO groups (id, channel, external_id, topic, kind, community_id) VALUES ($1, 'simulator', 'big-workers', '工作群', 'workers', 1)`, [groups + 1]);
  await q(
    `INSERT INTO people (id, name, role, community_id, building_id, created_at) SELECT $2 + b, '居民' || b, 'resident', 1, b, $3 FROM generate_series(1, $1) b`,
    [groups, grids, now],
  );
  await q(
    `INSERT INTO identities (person_id, channel, external_id, display_name)
     SELECT g, 'simulator', 'w' || g, '网格员' || g FROM generate_series(1, $1) g
     UNION ALL SELECT $1 + b, 'simulator', 'r' || b, '居民' || b FROM generate_series(1, $2) b`,
    [grids, groups],
  );
  for (let from = 0; from < tickets; from += BATCH) {
    const to = Math.min(tickets, from + BATCH) - 1;
    // i → building b = i % groups + 1, its grid and worker = (b-1)/10 + 1, its resident = grids + b.
    await q(
      `INSERT INTO tickets (id, community_id, grid_id, building_id, building, category, urgency, status, summary, text,
                            reporter_id, assignee_id, created_at, updated_at, resolved_at, sla_planned_at, sign_due_at, resolve_due_at, signed_at)
       SELECT i + 1, 1, (b - 1) / $3 + 1, b, b::text, (ARRAY['repair','sanitation','noise','safety','parking'])[i % 5 + 1], 'normal', st,
              '历史工单' || i, b || '号楼历史问题' || i, $4 + b, (b - 1) / $3 + 1, at, at,
              CASE WHEN st = 'resolved' THEN at + 86400000 END, at, at + 7200000, at + 259200000,
              CASE WHEN st <> 'open' THEN at + 3600000 END
         FROM (SELECT i, i % $5 + 1 AS b, (ARRAY['resolved','resolved','resolved','open','claimed'])[i % 5 + 1] AS st,
                      $6::bigint - (i % 2000)::bigint * 3600000 AS at
                 FROM generate_series($1::int, $2::int) i) s`,
      [from, to, BUILDINGS_PER_GRID, grids, groups, now],
    );
    await q(
      `INSERT INTO ticket_events (ticket_id, actor_id, type, from_status, to_status, at)
       SELECT id, reporter_id, 'opened', NULL, 'open', created_at FROM tickets WHERE id BETWEEN $1 AND $2
       UNION ALL SELECT id, assignee_id, 'claimed', 'open', 'claimed', signed_at FROM tickets WHERE id BETWEEN $1 AND $2 AND status <> 'open'
       UNION ALL SELECT id, assignee_id, 'resolved', 'claimed', 'resolved', resolved_at FROM tickets WHERE id BETWEEN $1 AND $2 AND status = 'resolved'
       ORDER BY 1, 6`,
      [from + 1, to + 1],
    );
    if (process.stderr.isTTY) process.stderr.write(`\r  loaded ${to + 1} tickets (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  for (const t of ['streets', 'communities', 'grids', 'people', 'buildings', 'groups', 'tickets']) {
    await q(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), (SELECT max(id) FROM ${t}))`);
  }
  // What autovacuum would have done by the time a real store got this big: planner statistics, visibility map.
  await q('VACUUM ANALYZE');
  await db.end();
  const seconds = (performance.now() - t0) / 1000;
  process.stderr.write(`${process.stderr.isTTY ? '\r' : ''}  loaded ${tickets} tickets, ${groups} groups in ${seconds.toFixed(1)} s (with VACUUM ANALYZE)\n`);
  return seconds;
}

export interface PgScaleResult {
  loadSec: number;
  openMs: number;
  openP95Ms: number;
  listMs: number;
  listP95Ms: number;
  /** GET /api/reports/monthly (this month; last month), median of runs, and what one of them read. */
  reportMs: number;
  reportLastMonthMs: number;
  reportTickets: number;
  reportTicketsMs: number;
  reportEventsMs: number;
  /** Still-open tickets from before this month that are overdue now, and their read. */
  reportOverdue: number;
  reportOverdueMs: number;
  rssMb: number;
}

export async function benchPgScale(opts: { quick?: boolean; url?: string; keep?: boolean } = {}): Promise<PgScaleResult> {
  const server = opts.url ?? benchPgUrl();
  if (!server) throw new Error('no PostgreSQL server: pass --pg URL or set GRIDBOT_BENCH_PG_URL');
  const groups = opts.quick ? 1_000 : 10_000;
  const tickets = opts.quick ? 100_000 : 1_000_000;
  const fresh = await freshBenchDatabase(server, 'scale');
  try {
    const config = loadConfig({ GRIDBOT_DB: fresh.url, LOG_LEVEL: 'silent', GRIDBOT_SEED_DEMO: 'false', GRIDBOT_ADMIN_TOKEN: ADMIN });
    const store = await openStore(fresh.url);
    // Created first (migrations, start-up planning on an empty store), as scale.ts does.
    const bot = await createGridbot({ config, logger: silentLogger(), store });
    const loadSec = await populate(fresh.url, groups, tickets);
    await bot.start();
    await bot.sender.stop(); // measure handling, not the simulator's delivery
    const sim = bot.simulator!;
    const grids = groups / BUILDINGS_PER_GRID;
    const samples = opts.quick ? 100 : 200;
    const timed = async (fn: () => Promise<unknown>) => {
      const t0 = performance.now();
      await fn();
      return performance.now() - t0;
    };
    // The timed opens go to buildings with nothing recent (a second lamp report in one building would be a follow).
    const openAt = Array.from({ length: samples }, (_, i) => ((i * 37) % groups) + 1);
    const untimed = Array.from({ length: groups }, (_, i) => i + 1).filter((b) => !openAt.includes(b)).slice(0, 20);
    // A few of each first, untimed: JIT, prepared queries, the pool's connections.
    for (const [i, b] of untimed.entries()) {
      await sim.post({ groupId: `big-${b}`, from: `r${b}`, text: `${b}号楼1单元${900 + i}室楼道灯不亮` });
      await sim.post({ groupId: null, from: `w${i + 1}`, text: '我的' });
    }
    await bot.runtime.whenIdle();
    const countTickets = async () => Number((await store.execute<{ n: number }>(sql`SELECT count(*) AS n FROM tickets`))[0]!.n);
    const before = await countTickets();

    const open: number[] = [];
    for (const [i, b] of openAt.entries()) {
      open.push(await timed(async () => {
        await sim.post({ groupId: `big-${b}`, from: `r${b}`, text: `${b}号楼${(i % 3) + 1}单元${200 + i}室家门口的灯坏了` });
        await bot.runtime.whenIdle();
      }));
    }
    const list: number[] = [];
    for (let i = 0; i < samples; i++) {
      list.push(await timed(async () => {
        await sim.post({ groupId: null, from: `w${((i * 7) % grids) + 1}`, text: '我的' });
        await bot.runtime.whenIdle();
      }));
    }
    const rssMb = process.memoryUsage().rss / 1024 / 1024;

    // The monthly report as the console fetches it; this month (what GET without ?period= gives) and last month (the 1st-of-month job's).
    const now = new Date();
    const get = async (p: Period) => {
      const res = await bot.app.inject({ method: 'GET', url: `/api/reports/monthly?period=${p.key}`, headers: { authorization: `Bearer ${ADMIN}` } });
      if (res.statusCode !== 200) throw new Error(`report ${p.key}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    };
    const runs = opts.quick ? 2 : 3;
    const thisMonth = periodContaining('monthly', now);
    const lastMonth = previousPeriod('monthly', now);
    const reportRuns: number[] = [];
    const lastRuns: number[] = [];
    for (let r = 0; r < runs; r++) {
      reportRuns.push(await timed(() => get(thisMonth)));
      lastRuns.push(await timed(() => get(lastMonth)));
    }
    // Where this month's time goes: the three reads buildReport makes (the rest is JS over their rows).
    const t0 = performance.now();
    const rows = await reportTickets(store.db, thisMonth.start, thisMonth.end);
    const reportTicketsMs = performance.now() - t0;
    const reportEventsMs = await timed(() => reportEvents(store.db, thisMonth.start, thisMonth.end));
    let overdueRows = 0;
    const reportOverdueMs = await timed(async () => void (overdueRows = (await overdueBeforePeriod(store.db, thisMonth.start, new Date())).length));

    const opened = (await countTickets()) - before;
    await bot.stop();
    // Every timed message opened a ticket of its own (none became a follow or a question).
    if (opened !== samples) throw new Error(`expected ${samples} new tickets, got ${opened}`);
    return {
      loadSec,
      openMs: median(open),
      openP95Ms: percentile(open, 95),
      listMs: median(list),
      listP95Ms: percentile(list, 95),
      reportMs: median(reportRuns),
      reportLastMonthMs: median(lastRuns),
      reportTickets: rows.length,
      reportTicketsMs,
      reportEventsMs,
      reportOverdue: overdueRows,
      reportOverdueMs,
      rssMb,
    };
  } finally {
    if (opts.keep) process.stderr.write(`  kept ${fresh.url}\n`);
    else await fresh.drop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchPgScale({ quick: process.argv.includes('--quick'), keep: process.argv.includes('--keep') }));
}
