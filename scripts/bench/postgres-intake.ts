/**
 * Intake on PostgreSQL with 1, 2 and 3 gridbot processes sharing one database:
 * real processes (`node --import tsx src/main.ts`, as `npm start` runs them),
 * fed over the simulator's HTTP API, each process posting only in its own
 * building groups (a group belongs to the process that first hears from it).
 * Timed from the first post until every inbox row is done and every outbox
 * row is sent, read from the database — next to the floor: one `pg`
 * connection inserting the same rows a message leaves (inbox row, ticket,
 * its events, its outbox rows) with plain parameterized INSERTs, one
 * transaction per message. The ratio is what counts.
 *
 *   npx tsx scripts/bench/postgres-intake.ts --pg postgres://user@host/db [--quick]
 *
 * Everything (the processes, the server, this driver) shares this machine's
 * cores: on a small machine more processes also means less CPU for each.
 */
import pg from 'pg';
import { pathToFileURL } from 'node:url';
import { openStore } from '../../src/store/db';
import { json, startProcess, stopProcess, type Proc } from '../../tests/multiprocess/processes';
import { reportTexts } from './intake';
import { benchPgUrl, freshBenchDatabase, median } from './pg-db';

/** What one message leaves behind, measured from the app's own warm-up (see shapeOf). */
interface Shape {
  tickets: number;
  eventsPerTicket: number;
  outboxPerMsg: number;
}

// HTTP posts in flight per process: enough to keep its queue full, few enough not to measure fastify.
const WINDOW = 32;
// How often the database is asked whether the work is done: small next to a run of seconds.
const POLL_MS = 50;

const count = async (db: pg.Client, q: string) => Number((await db.query<{ n: number }>(q)).rows[0]!.n);

async function counts(db: pg.Client): Promise<Record<string, number>> {
  const { rows } = await db.query(
    `SELECT (SELECT count(*) FROM inbox) AS inbox, (SELECT count(*) FROM tickets) AS tickets,
            (SELECT count(*) FROM ticket_followers) AS followers, (SELECT count(*) FROM ticket_events) AS events,
            (SELECT count(*) FROM outbox) AS outbox`,
  );
  return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]));
}

interface Cluster {
  procs: Proc[];
  db: pg.Client;
  /** Building b's simulator residents. */
  residents: Map<number, string[]>;
  close(): Promise<void>;
}

async function cluster(serverUrl: string, n: number): Promise<Cluster> {
  const fresh = await freshBenchDatabase(serverUrl, 'intake');
  // The first alone (migrations, demo seed), then the rest at once.
  const procs = [await startProcess('p1', fresh.url)];
  procs.push(...(await Promise.all(Array.from({ length: n - 1 }, (_, i) => startProcess(`p${i + 2}`, fresh.url)))));
  const db = new pg.Client({ connectionString: fresh.url });
  await db.connect();
  const people = await json<{ id: string; role: string; building: string | null }[]>(procs[0]!, '/sim/people');
  const residents = new Map<number, string[]>();
  for (const p of people.filter((x) => x.role === 'resident' && x.building)) {
    residents.set(Number(p.building), [...(residents.get(Number(p.building)) ?? []), p.id]);
  }
  return {
    procs,
    db,
    residents,
    async close() {
      await db.end();
      await Promise.all(procs.map((p) => stopProcess(p)));
      await fresh.drop();
    },
  };
}

/** Posts `texts` (each to its building's owner: building b → process (b-1) % n), then waits until all is handled and sent. */
async function burst(c: Cluster, texts: { building: number; text: string }[], offset: number): Promise<number> {
  const before = await count(c.db, 'SELECT count(*) AS n FROM inbox');
  const perProc = c.procs.map(() => [] as { building: number; text: string; i: number }[]);
  texts.forEach((m, i) => perProc[(m.building - 1) % c.procs.length]!.push({ ...m, i: i + offset }));
  const t0 = performance.now();
  await Promise.all(
    perProc.map(async (queue, p) => {
      const post = async () => {
        for (let m = queue.shift(); m; m = queue.shift()) {
          const who = c.residents.get(m.building)!;
          await json(c.procs[p]!, `/sim/groups/sim-b${m.building}/messages`, {
            method: 'POST',
            body: JSON.stringify({ from: who[m.i % who.length], text: m.text }),
          });
        }
      };
      await Promise.all(Array.from({ length: WINDOW }, post));
    }),
  );
  for (;;) {
    const { rows } = await c.db.query<{ done: boolean }>(
      `SELECT (SELECT count(*) FROM inbox WHERE status = 'done') = $1
          AND NOT EXISTS (SELECT 1 FROM inbox WHERE status = 'pending')
          AND NOT EXISTS (SELECT 1 FROM outbox WHERE status IN ('pending', 'claimed', 'sending')) AS done`,
      [before + texts.length],
    );
    if (rows[0]!.done) break;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  const ms = performance.now() - t0;
  const bad = await count(c.db, `SELECT count(*) AS n FROM outbox WHERE status <> 'sent'`);
  if (bad) throw new Error(`${bad} outbox rows not sent (failed/review)`);
  return texts.length / (ms / 1000);
}

/** The floor: the same rows by hand, one connection, one transaction per message. */
async function floorRate(url: string, n: number, shape: Shape, offset: number): Promise<number> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const texts = reportTexts(offset + n).slice(offset);
  const t0 = performance.now();
  for (const [k, m] of texts.entries()) {
    const now = Date.now();
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO inbox (channel, message_id, payload, status, received_at, handled_at, instance) VALUES ('simulator', $1, $2, 'done', $3, $3, 'floor')`,
      [`floor-${offset + k}`, JSON.stringify({ groupId: `sim-b${m.building}`, text: m.text }), now],
    );
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO tickets (community_id, category, urgency, status, summary, text, reporter_id, created_at, updated_at)
       VALUES (1, 'repair', 'normal', 'open', $1, $1, 1, $2, $2) RETURNING id`,
      [m.text, now],
    );
    const id = rows[0]!.id;
    for (let e = 0; e < shape.eventsPerTicket; e++) {
      await db.query(`INSERT INTO ticket_events (ticket_id, type, to_status, at) VALUES ($1, 'opened', 'open', $2)`, [id, now]);
    }
    for (let o = 0; o < shape.outboxPerMsg; o++) {
      await db.query(
        `INSERT INTO outbox (channel, group_external_id, text, mentions, status, next_attempt_at, created_at) VALUES ('simulator', 'g', $1, '[]', 'pending', $2, $2)`,
        [`reply ${o} to ${id}`, now],
      );
    }
    await db.query('COMMIT');
  }
  const ms = performance.now() - t0;
  await db.end();
  return n / (ms / 1000);
}

/** Rows per message the app left in a burst (rounded: what the floor then writes for each message). */
function shapeOf(before: Record<string, number>, after: Record<string, number>, n: number): Shape {
  const tickets = after.tickets! - before.tickets!;
  if (tickets !== n || after.followers !== before.followers) throw new Error(`expected ${n} new tickets and no follows, got ${tickets} / ${after.followers! - before.followers!}`);
  return {
    tickets,
    eventsPerTicket: Math.round((after.events! - before.events!) / tickets),
    outboxPerMsg: Math.round((after.outbox! - before.outbox!) / n),
  };
}

export interface PgIntakeResult {
  /** msgs/s with 1, 2, 3 processes (median of rounds), the floor's msgs/s, and each as a share of it. */
  p1: number;
  p2: number;
  p3: number;
  floorMsgsPerSec: number;
  ratio1: number;
  ratio2: number;
  ratio3: number;
  eventsPerTicket: number;
  outboxPerMsg: number;
}

export async function benchPgIntake(opts: { quick?: boolean; url?: string } = {}): Promise<PgIntakeResult> {
  const url = opts.url ?? benchPgUrl();
  if (!url) throw new Error('no PostgreSQL server: pass --pg URL or set GRIDBOT_BENCH_PG_URL');
  const n = opts.quick ? 600 : 3_000;
  const rounds = opts.quick ? 1 : 3;
  const WARM = 120;
  // Warm-up and every round get texts of their own (distinct rooms: tickets, never follows).
  const texts = reportTexts(WARM + rounds * n);
  const floorDb = await freshBenchDatabase(url, 'floor');
  await (await openStore(floorDb.url)).close(); // migrations only
  const seed = new pg.Client({ connectionString: floorDb.url });
  await seed.connect();
  await seed.query(`INSERT INTO streets (name) VALUES ('s'); INSERT INTO communities (street_id, name) VALUES (1, 'c');
                    INSERT INTO people (name, role, created_at) VALUES ('r', 'resident', 0);`);
  await seed.end();

  let shape: Shape | null = null;
  const rates = new Map<number, number>();
  const floor: number[] = [];
  let floorDone = 0;
  try {
    for (const procs of [1, 2, 3]) {
      const c = await cluster(url, procs);
      try {
        // Warm-up: JIT, each process takes its groups, and the rows a message leaves are counted.
        const before = await counts(c.db);
        await burst(c, texts.slice(0, WARM), 0);
        shape ??= shapeOf(before, await counts(c.db), WARM);
        const rs: number[] = [];
        // Interleaved with the floor so machine noise hits both sides alike.
        for (let r = 0; r < rounds; r++) {
          rs.push(await burst(c, texts.slice(WARM + r * n, WARM + (r + 1) * n), WARM + r * n));
          floor.push(await floorRate(floorDb.url, n, shape, floorDone));
          floorDone += n;
        }
        rates.set(procs, median(rs));
        process.stderr.write(`  postgres intake, ${procs} process(es): ${rs.map((x) => x.toFixed(0)).join(', ')} msgs/s; floor so far ${floor.map((x) => x.toFixed(0)).join(', ')}\n`);
      } finally {
        await c.close();
      }
    }
  } finally {
    await floorDb.drop();
  }
  const floorMsgsPerSec = median(floor);
  const [p1, p2, p3] = [1, 2, 3].map((k) => rates.get(k)!) as [number, number, number];
  return {
    p1, p2, p3, floorMsgsPerSec,
    ratio1: p1 / floorMsgsPerSec, ratio2: p2 / floorMsgsPerSec, ratio3: p3 / floorMsgsPerSec,
    eventsPerTicket: shape!.eventsPerTicket, outboxPerMsg: shape!.outboxPerMsg,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchPgIntake({ quick: process.argv.includes('--quick') }));
}
