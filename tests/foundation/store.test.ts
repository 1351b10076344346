import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { eq, sql } from 'drizzle-orm';
import { openSqliteStore, type Store } from '../../src/store/db';
import type { SqliteStore } from '../../src/store/engines/sqlite';
import * as schema from '../../src/store/schema';
import { DEMO_COMMUNITY, seedDemo } from '../../src/store/seed-demo';
import { startTestBot, tempDb, type TestBot } from '../helpers/app';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function open(path: string): SqliteStore {
  const store = openSqliteStore(path);
  cleanups.push(() => store.close());
  return store;
}

function newFile(): string {
  const db = tempDb();
  cleanups.push(db.cleanup);
  return db.path;
}

const schemaTables = Object.values(schema as Record<string, unknown>).filter((v): v is SQLiteTable => v instanceof SQLiteTable);

function tableNames(store: SqliteStore): string[] {
  return (store.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name);
}

describe('migrations from empty', () => {
  it('creates every schema table, with every column, in a new file', () => {
    const path = join(newFile().replace(/gridbot\.db$/, ''), 'nested', 'dir', 'gridbot.db');
    const store = open(path);
    // The parent directory is created too (./data on a fresh clone).
    expect(existsSync(path)).toBe(true);
    const tables = tableNames(store);
    expect(schemaTables.length).toBeGreaterThanOrEqual(10);
    for (const table of schemaTables) {
      const { name, columns } = getTableConfig(table);
      expect(tables, `table ${name}`).toContain(name);
      const cols = (store.sqlite.prepare(`PRAGMA table_info(${JSON.stringify(name)})`).all() as { name: string }[]).map((c) => c.name);
      for (const col of columns) expect(cols, `column ${name}.${col.name}`).toContain(col.name);
    }
    for (const name of ['streets', 'communities', 'grids', 'buildings', 'people', 'identities', 'groups', 'inbox', 'outbox']) {
      expect(tables).toContain(name);
    }
  });

  it('opens an already migrated file again without error or re-applying', async () => {
    const path = newFile();
    const first = open(path);
    await seedDemo(first);
    const applied = first.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
    expect(applied.n).toBeGreaterThan(0);
    await first.close();

    const second = open(path);
    expect(second.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual(applied);
    expect((await second.db.select().from(schema.communities)).map((c) => c.name)).toEqual([DEMO_COMMUNITY]);
  });

  it('sets WAL, busy_timeout and foreign keys', async () => {
    const store = open(newFile());
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    // And foreign keys are actually enforced.
    // (drizzle's async drivers wrap the driver's error: SQLite's own message is its cause)
    await expect(store.db.insert(schema.communities).values({ streetId: 999, name: 'x' })).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/FOREIGN KEY/) },
    });
  });

  it('works on :memory: too', () => {
    const store = open(':memory:');
    expect(tableNames(store)).toContain('outbox');
  });
});

describe('demo seed', () => {
  async function counts(store: Store): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const t of schemaTables) {
      const { name } = getTableConfig(t);
      const [row] = await store.execute<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM "${name}"`));
      out[name] = Number(row!.n);
    }
    return out;
  }

  it('is idempotent: a second seed changes nothing', async () => {
    const store = open(':memory:');
    expect(await seedDemo(store)).toBe(true);
    const before = await counts(store);
    expect(before.people).toBeGreaterThan(0);
    expect(await seedDemo(store)).toBe(false);
    expect(await counts(store)).toEqual(before);
  });

  it('is idempotent across gridbot restarts on one file', async () => {
    let t: TestBot = await startTestBot();
    cleanups.push(() => t.stop());
    const before = await counts(t.bot.store);
    t = await t.restart();
    expect(await counts(t.bot.store)).toEqual(before);
    expect((await t.groups()).length).toBe(7);
  });

  it('has the documented shape', async () => {
    const store = open(':memory:');
    await seedDemo(store);
    const { db } = store;
    expect(await db.select().from(schema.streets)).toHaveLength(1);
    const communities = await db.select().from(schema.communities);
    expect(communities.map((c) => c.name)).toEqual(['幸福里社区']);
    const grids = await db.select().from(schema.grids);
    expect(grids).toHaveLength(2);

    const buildings = await db.select().from(schema.buildings);
    expect(buildings.map((b) => b.name).sort()).toEqual(['1', '2', '3', '4', '5', '6']);
    const gridOf = (name: string) => buildings.find((b) => b.name === name)!.gridId;
    expect(new Set(['1', '2', '3'].map(gridOf))).toEqual(new Set([grids[0]!.id]));
    expect(new Set(['4', '5', '6'].map(gridOf))).toEqual(new Set([grids[1]!.id]));

    const groups = await db.select().from(schema.groups).where(eq(schema.groups.channel, 'simulator'));
    expect(groups).toHaveLength(7);
    expect(groups.filter((g) => g.kind === 'workers')).toHaveLength(1);
    const buildingGroups = groups.filter((g) => g.kind === 'building');
    expect(buildingGroups).toHaveLength(6);
    // One group per building, each bound to a different one.
    expect(new Set(buildingGroups.map((g) => g.buildingId)).size).toBe(6);

    const people = await db.select().from(schema.people);
    const staff = people.filter((p) => p.role !== 'resident');
    for (const role of ['grid_worker', 'grid_leader', 'office'] as const) {
      expect(staff.filter((p) => p.role === role).length, role).toBeGreaterThanOrEqual(1);
    }
    expect(staff.filter((p) => p.role === 'grid_worker')).toHaveLength(2);
    for (const p of staff) expect(p.wecomUserId, `${p.name} wecomUserId`).toMatch(/\S/);
    // Each grid has its worker.
    for (const g of grids) {
      const workers = await db
        .select()
        .from(schema.staffGrids)
        .innerJoin(schema.people, eq(schema.staffGrids.personId, schema.people.id))
        .where(sql`${schema.staffGrids.gridId} = ${g.id} AND ${schema.people.role} = 'grid_worker'`);
      expect(workers.length, `worker of ${g.name}`).toBeGreaterThanOrEqual(1);
    }

    for (const b of buildings) {
      const residents = people.filter((p) => p.role === 'resident' && p.buildingId === b.id);
      expect(residents.length, `residents of building ${b.name}`).toBeGreaterThanOrEqual(2);
      expect(residents.length).toBeLessThanOrEqual(3);
      for (const r of residents) expect(r.name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
    }

    // Everyone can be played in the simulator.
    const ids = await db.select().from(schema.identities).where(eq(schema.identities.channel, 'simulator'));
    expect(new Set(ids.map((i) => i.personId))).toEqual(new Set(people.map((p) => p.id)));
  });
});
