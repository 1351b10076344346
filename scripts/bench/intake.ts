/**
 * Intake pipeline throughput: resident messages through the simulator channel,
 * the runtime and the handler chain into stored tickets and queued acks, on a
 * SQLite file in WAL mode — next to the floor: a plain better-sqlite3 loop
 * inserting the same ticket + event + outbox rows. The ratio is what counts.
 *
 *   npx tsx scripts/bench/intake.ts [--quick]
 */
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../../src/config';
import { createGridbot } from '../../src/gridbot';
import { silentLogger } from '../../src/logger';
import { openSqliteStore } from '../../src/store/db';

// Flat-level problems only: building-wide outages (lift, water, power) would rightly become follows.
const PROBLEMS = ['楼道灯不亮', '门禁打不开', '垃圾没人清', '楼上装修太吵', '有人占消防通道', '墙皮脱落', '窗户关不上', '下水道堵了'];

/** Distinct reports (different rooms) so each becomes its own ticket, not a follow. */
export function reportTexts(n: number): { building: number; text: string }[] {
  return Array.from({ length: n }, (_, i) => {
    const building = (i % 6) + 1;
    const room = 101 + (Math.floor(i / 6) % 2800);
    return { building, text: `${building}号楼${(i % 3) + 1}单元${room}室${PROBLEMS[i % PROBLEMS.length]}（${i}）` };
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

async function pipelineRate(n: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'gridbot-bench-'));
  const bot = await createGridbot({
    config: loadConfig({ GRIDBOT_DB: join(dir, 'b.db'), LOG_LEVEL: 'silent' }),
    logger: silentLogger(),
  });
  await bot.start();
  // Measure intake, not delivery: acks stay queued in the outbox.
  await bot.sender.stop();
  const sim = bot.simulator!;
  const residents = await bot.store.execute<{ id: string; building: string }>(
    sql`SELECT i.external_id AS id, b.name AS building FROM identities i JOIN people p ON p.id = i.person_id
        JOIN buildings b ON b.id = p.building_id WHERE i.channel = 'simulator' AND p.role = 'resident'`,
  );
  const byBuilding = new Map(residents.map((r) => [Number(r.building), r.id]));
  const texts = reportTexts(n);
  const t0 = performance.now();
  for (const m of texts) {
    await sim.post({ groupId: `sim-b${m.building}`, from: byBuilding.get(m.building)!, text: m.text });
  }
  await bot.runtime.whenIdle();
  const ms = performance.now() - t0;
  const tickets = Number((await bot.store.execute<{ n: number }>(sql`SELECT count(*) AS n FROM tickets`))[0]?.n);
  await bot.stop();
  rmSync(dir, { recursive: true, force: true });
  if (tickets !== n) throw new Error(`expected ${n} tickets, got ${tickets}`);
  return n / (ms / 1000);
}

/** The floor: the same rows, written by hand with prepared statements in one transaction per message. */
async function floorRate(n: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'gridbot-floor-'));
  // Opened once only to create the schema (migrations); the floor then writes with better-sqlite3 itself.
  await openSqliteStore(join(dir, 'f.db')).close();
  const db = new Database(join(dir, 'f.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`INSERT INTO streets (name) VALUES ('s'); INSERT INTO communities (street_id, name) VALUES (1, 'c');
           INSERT INTO people (name, role, created_at) VALUES ('r', 'resident', 0);`);
  const inbox = db.prepare(`INSERT INTO inbox (channel, message_id, payload, status, received_at) VALUES ('simulator', ?, ?, 'done', ?)`);
  const ticket = db.prepare(
    `INSERT INTO tickets (community_id, category, urgency, status, summary, text, reporter_id, created_at, updated_at)
     VALUES (1, 'repair', 'normal', 'open', ?, ?, 1, ?, ?)`,
  );
  const event = db.prepare(`INSERT INTO ticket_events (ticket_id, type, to_status, at) VALUES (?, 'opened', 'open', ?)`);
  const outbox = db.prepare(
    `INSERT INTO outbox (channel, group_external_id, text, mentions, status, next_attempt_at, created_at) VALUES ('simulator', 'g', ?, '[]', 'pending', ?, ?)`,
  );
  const one = db.transaction((i: number, text: string) => {
    const now = Date.now();
    inbox.run(`m${i}`, JSON.stringify({ text }), now);
    const id = ticket.run(text, text, now, now).lastInsertRowid;
    // The same rows the pipeline stores for a report: the ticket, its two
    // history events (opened, assigned) and three sends (ack, assignment, workers' group).
    event.run(id, now);
    event.run(id, now);
    outbox.run(`ack ${id}`, now, now);
    outbox.run(`assign ${id}`, now, now);
    outbox.run(`notice ${id}`, now, now);
  });
  const texts = reportTexts(n);
  const t0 = performance.now();
  texts.forEach((m, i) => one(i, m.text));
  const ms = performance.now() - t0;
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return n / (ms / 1000);
}

export async function benchIntake(opts: { quick?: boolean } = {}): Promise<{ msgsPerSec: number; floorMsgsPerSec: number; ratioToFloor: number }> {
  const n = opts.quick ? 1_000 : 3_000;
  const runs = opts.quick ? 3 : 5;
  await pipelineRate(200); // warm-up: JIT, parser dictionaries
  await floorRate(200);
  const pipe: number[] = [];
  const floor: number[] = [];
  // Interleaved so machine noise hits both sides alike.
  for (let r = 0; r < runs; r++) {
    pipe.push(await pipelineRate(n));
    floor.push(await floorRate(n));
  }
  const msgsPerSec = median(pipe);
  const floorMsgsPerSec = median(floor);
  return { msgsPerSec, floorMsgsPerSec, ratioToFloor: msgsPerSec / floorMsgsPerSec };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchIntake({ quick: process.argv.includes('--quick') }));
}
