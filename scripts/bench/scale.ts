/**
 * A street-sized store: 1,000 building groups and 100,000 tickets. Measures
 * the time to open a ticket through the whole message path, the time to run
 * `我的` for a busy worker, and the process's resident memory.
 *
 *   npx tsx scripts/bench/scale.ts [--quick]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../../src/config';
import { createGridbot } from '../../src/gridbot';
import { silentLogger } from '../../src/logger';
import { openSqliteStore, type SqliteStore } from '../../src/store/engines/sqlite';

const GROUPS = 1_000;
const TICKETS = 100_000;
const BUILDINGS_PER_GRID = 10;

/** Bulk-loads the area tree, staff, groups and tickets with plain SQL on the SQLite connection itself (setup, not measured). */
function populate(store: SqliteStore): { workerExternalIds: string[]; residentOf: (b: number) => string } {
  const db = store.sqlite;
  const now = Date.now();
  db.transaction(() => {
    db.prepare(`INSERT INTO streets (name) VALUES ('压测街道')`).run();
    db.prepare(`INSERT INTO communities (street_id, name) VALUES (1, '压测社区')`).run();
    const grid = db.prepare(`INSERT INTO grids (community_id, name) VALUES (1, ?)`);
    const building = db.prepare(`INSERT INTO buildings (community_id, grid_id, name) VALUES (1, ?, ?)`);
    const group = db.prepare(
      `INSERT INTO groups (channel, external_id, topic, kind, building_id, community_id) VALUES ('simulator', ?, ?, 'building', ?, 1)`,
    );
    const person = db.prepare(`INSERT INTO people (name, role, community_id, building_id, created_at) VALUES (?, ?, 1, ?, ?)`);
    const identity = db.prepare(`INSERT INTO identities (person_id, channel, external_id, display_name) VALUES (?, 'simulator', ?, ?)`);
    const staff = db.prepare(`INSERT INTO staff_grids (person_id, grid_id) VALUES (?, ?)`);
    for (let g = 1; g <= GROUPS / BUILDINGS_PER_GRID; g++) {
      const gridId = Number(grid.run(`网格${g}`).lastInsertRowid);
      const worker = Number(person.run(`网格员${g}`, 'grid_worker', null, now).lastInsertRowid);
      identity.run(worker, `w${g}`, `网格员${g}`);
      staff.run(worker, gridId);
      for (let b = 0; b < BUILDINGS_PER_GRID; b++) {
        const n = (g - 1) * BUILDINGS_PER_GRID + b + 1;
        const bid = Number(building.run(gridId, String(n)).lastInsertRowid);
        group.run(`big-${n}`, `${n}号楼业主群`, bid);
        const resident = Number(person.run(`居民${n}`, 'resident', bid, now).lastInsertRowid);
        identity.run(resident, `r${n}`, `居民${n}`);
      }
    }
    db.prepare(`INSERT INTO groups (channel, external_id, topic, kind, community_id) VALUES ('simulator', 'big-workers', '工作群', 'workers', 1)`).run();
    const ticket = db.prepare(
      `INSERT INTO tickets (community_id, grid_id, building_id, building, category, urgency, status, summary, text, reporter_id, assignee_id, created_at, updated_at)
       VALUES (1, ?, ?, ?, ?, 'normal', ?, ?, ?, ?, ?, ?, ?)`,
    );
    const event = db.prepare(`INSERT INTO ticket_events (ticket_id, type, to_status, at) VALUES (?, 'opened', 'open', ?)`);
    const categories = ['repair', 'sanitation', 'noise', 'safety', 'parking'];
    const states = ['resolved', 'resolved', 'resolved', 'open', 'claimed'];
    for (let i = 0; i < TICKETS; i++) {
      const b = (i % GROUPS) + 1;
      const grid = Math.ceil(b / BUILDINGS_PER_GRID);
      // People ids: each grid inserted its worker then 10 residents.
      const worker = (grid - 1) * (BUILDINGS_PER_GRID + 1) + 1;
      const resident = worker + 1 + ((b - 1) % BUILDINGS_PER_GRID);
      const at = now - (i % 2000) * 3_600_000;
      const id = ticket.run(grid, b, String(b), categories[i % 5], states[i % 5], `历史工单${i}`, `${b}号楼历史问题${i}`, resident, worker, at, at).lastInsertRowid;
      event.run(id, at);
    }
  })();
  return {
    workerExternalIds: Array.from({ length: GROUPS / BUILDINGS_PER_GRID }, (_, g) => `w${g + 1}`),
    residentOf: (b) => `r${b}`,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

export async function benchScale(opts: { quick?: boolean } = {}): Promise<{ openMs: number; listMs: number; rssMb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'gridbot-scale-'));
  const config = loadConfig({ GRIDBOT_DB: join(dir, 's.db'), LOG_LEVEL: 'silent', GRIDBOT_SEED_DEMO: 'false' });
  // Opened here so populate() can use the raw connection; the bot uses (and closes) the same store.
  const store = openSqliteStore(config.GRIDBOT_DB);
  const bot = await createGridbot({ config, logger: silentLogger(), store });
  const data = populate(store);
  await bot.start();
  await bot.sender.stop(); // measure handling, not the simulator's delivery
  const sim = bot.simulator!;
  const samples = opts.quick ? 100 : 400;

  const open: number[] = [];
  for (let i = 0; i < samples; i++) {
    const b = (i * 37) % GROUPS + 1;
    const t0 = performance.now();
    await sim.post({ groupId: `big-${b}`, from: data.residentOf(b), text: `${b}号楼${(i % 3) + 1}单元${200 + i}室家门口的灯坏了` });
    await bot.runtime.whenIdle();
    open.push(performance.now() - t0);
  }
  const list: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    await sim.post({ groupId: null, from: data.workerExternalIds[i % data.workerExternalIds.length]!, text: '我的' });
    await bot.runtime.whenIdle();
    list.push(performance.now() - t0);
  }
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  const tickets = (store.sqlite.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n;
  await bot.stop();
  rmSync(dir, { recursive: true, force: true });
  if (tickets < TICKETS + samples) throw new Error(`expected ${TICKETS + samples} tickets, got ${tickets}`);
  return { openMs: median(open), listMs: median(list), rssMb };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchScale({ quick: process.argv.includes('--quick') }));
}
