import { PGlite, types } from '@electric-sql/pglite';
import Database from 'better-sqlite3';
import { eq, getTableColumns, getTableName, is, sql } from 'drizzle-orm';
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3';
import { migrate as migrateSqlite } from 'drizzle-orm/better-sqlite3/migrator';
import { getTableConfig as getPgTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { blob, customType, integer, SQLiteTable, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { SqliteRemoteDatabase } from 'drizzle-orm/sqlite-proxy';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mirror } from '../../src/store/pg/mirror';
import * as pgSchema from '../../src/store/pg/schema';
import * as schema from '../../src/store/schema';
import { people, tickets } from '../../src/store/schema';

/**
 * PostgreSQL's tables are created from a mirror of the SQLite schema
 * (src/store/pg). These tests hold the two engines' migrated databases side
 * by side: a change to src/store/schema that was not followed by
 * `npm run db:generate:pg` (or not added to src/store/pg/schema.ts) fails here.
 */

const SQLITE_MIGRATIONS = fileURLToPath(new URL('../../src/store/migrations', import.meta.url));
const PG_MIGRATIONS = fileURLToPath(new URL('../../src/store/pg/migrations', import.meta.url));

let pglite: PGlite;
let sqlite: Database.Database;

beforeAll(async () => {
  // int8 (the epoch-millisecond columns) as JS numbers, as SQLite returns them.
  pglite = new PGlite({ parsers: { [types.INT8]: (v: string) => Number(v) } });
  await migrate(drizzle(pglite), { migrationsFolder: PG_MIGRATIONS });
  sqlite = new Database(':memory:');
  migrateSqlite(drizzleSqlite(sqlite), { migrationsFolder: SQLITE_MIGRATIONS });
});

afterAll(async () => {
  sqlite?.close();
  await pglite?.close();
});

interface ColumnInfo {
  nullable: boolean;
  /** integer | bigint | text | double precision (PG names; SQLite's mapped). */
  type: string;
  default: string | null;
}

interface Shape {
  tables: string[];
  columns: Record<string, Record<string, ColumnInfo>>;
  /** Per table: primary key columns, in key order. */
  primaryKeys: Record<string, string>;
  /** "table.name unique? (cols) partial?", not counting primary keys. */
  indexes: string[];
  /** "table(cols) -> target(cols) on delete X on update Y". */
  foreignKeys: string[];
}

const SQLITE_TYPES: Record<string, string> = { INTEGER: 'integer', TEXT: 'text', REAL: 'double precision' };
const FK_ACTIONS: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };

function sqliteShape(): Shape {
  const q = <T>(text: string) => sqlite.prepare(text).all() as T[];
  const tables = q<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations' ORDER BY name",
  ).map((r) => r.name);
  const shape: Shape = { tables, columns: {}, primaryKeys: {}, indexes: [], foreignKeys: [] };
  for (const table of tables) {
    const cols = q<{ name: string; type: string; notnull: number; dflt_value: string | null; pk: number }>(`PRAGMA table_info("${table}")`);
    shape.columns[table] = Object.fromEntries(
      cols.map((c) => [
        c.name,
        {
          nullable: c.notnull === 0,
          type: SQLITE_TYPES[c.type.toUpperCase()] ?? `sqlite:${c.type}`,
          // Booleans: drizzle writes DEFAULT true/false, which SQLite stores as 1/0.
          default: c.dflt_value === 'true' ? '1' : c.dflt_value === 'false' ? '0' : c.dflt_value,
        },
      ]),
    );
    shape.primaryKeys[table] = cols
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name)
      .join(',');
    for (const ix of q<{ name: string; unique: number; origin: string; partial: number }>(`PRAGMA index_list("${table}")`)) {
      if (ix.origin === 'pk') continue;
      const on = q<{ seqno: number; name: string }>(`PRAGMA index_info("${ix.name}")`)
        .sort((a, b) => a.seqno - b.seqno)
        .map((c) => c.name);
      shape.indexes.push(`${table}.${ix.name}${ix.unique ? ' unique' : ''} (${on.join(',')})${ix.partial ? ' partial' : ''}`);
    }
    const fks = q<{ id: number; seq: number; table: string; from: string; to: string; on_update: string; on_delete: string }>(
      `PRAGMA foreign_key_list("${table}")`,
    );
    for (const id of new Set(fks.map((f) => f.id))) {
      const parts = fks.filter((f) => f.id === id).sort((a, b) => a.seq - b.seq);
      const first = parts[0]!;
      shape.foreignKeys.push(
        `${table}(${parts.map((p) => p.from).join(',')}) -> ${first.table}(${parts.map((p) => p.to).join(',')})` +
          ` on delete ${first.on_delete.toLowerCase()} on update ${first.on_update.toLowerCase()}`,
      );
    }
  }
  shape.indexes.sort();
  shape.foreignKeys.sort();
  return shape;
}

async function pgShape(): Promise<Shape> {
  const q = async <T>(text: string) => (await pglite.query<T>(text)).rows;
  const tables = (
    await q<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
    )
  ).map((r) => r.table_name);
  const shape: Shape = { tables, columns: {}, primaryKeys: {}, indexes: [], foreignKeys: [] };
  const cols = await q<{ table_name: string; column_name: string; is_nullable: string; data_type: string; column_default: string | null }>(
    "SELECT table_name, column_name, is_nullable, data_type, column_default FROM information_schema.columns WHERE table_schema = 'public'",
  );
  for (const c of cols) {
    let dflt = c.column_default;
    // serial's sequence stands for SQLite's rowid, which has no DEFAULT.
    if (dflt?.startsWith('nextval(')) dflt = null;
    // 'pending'::text → 'pending'
    else if (dflt !== null) dflt = dflt.replace(/::[a-z ]+$/, '');
    (shape.columns[c.table_name] ??= {})[c.column_name] = { nullable: c.is_nullable === 'YES', type: c.data_type, default: dflt };
  }
  // pg_indexes has the names and definitions; pg_index the same facts as columns.
  const named = new Set((await q<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")).map((r) => r.indexname));
  const indexes = await q<{ table: string; name: string; unique: boolean; primary: boolean; columns: string; partial: boolean }>(`
    SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
           ix.indpred IS NOT NULL AS partial,
           (SELECT string_agg(a.attname, ',' ORDER BY k.ord)
              FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) AS columns
      FROM pg_index ix
      JOIN pg_class i ON i.oid = ix.indexrelid
      JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = 'public'`);
  expect(new Set(indexes.map((ix) => ix.name))).toEqual(named);
  for (const ix of indexes) {
    if (ix.primary) shape.primaryKeys[ix.table] = ix.columns;
    else shape.indexes.push(`${ix.table}.${ix.name}${ix.unique ? ' unique' : ''} (${ix.columns})${ix.partial ? ' partial' : ''}`);
  }
  for (const t of tables) shape.primaryKeys[t] ??= '';
  const fks = await q<{ table: string; target: string; columns: string; target_columns: string; del: string; upd: string }>(`
    SELECT cl.relname AS table, ft.relname AS target, c.confdeltype AS del, c.confupdtype AS upd,
           (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
           (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS target_columns
      FROM pg_constraint c
      JOIN pg_class cl ON cl.oid = c.conrelid
      JOIN pg_class ft ON ft.oid = c.confrelid
      JOIN pg_namespace n ON n.oid = cl.relnamespace
     WHERE c.contype = 'f' AND n.nspname = 'public'`);
  for (const f of fks) {
    shape.foreignKeys.push(
      `${f.table}(${f.columns}) -> ${f.target}(${f.target_columns}) on delete ${FK_ACTIONS[f.del]} on update ${FK_ACTIONS[f.upd]}`,
    );
  }
  shape.indexes.sort();
  shape.foreignKeys.sort();
  return shape;
}

describe('PostgreSQL schema mirrors SQLite', () => {
  it('src/store/pg/schema.ts exports a mirror of every SQLite table, under the same name', () => {
    const sqliteTables = Object.entries(schema).filter(([, v]) => is(v, SQLiteTable));
    const pgTables = Object.entries(pgSchema).filter(([, v]) => is(v, PgTable));
    expect(pgTables.map(([k]) => k).sort()).toEqual(sqliteTables.map(([k]) => k).sort());
    for (const [key, table] of sqliteTables) {
      expect(getTableName((pgSchema as Record<string, PgTable>)[key]!), key).toBe(getTableName(table as SQLiteTable));
      expect(mirror(table as SQLiteTable), key).toBe((pgSchema as Record<string, PgTable>)[key]);
    }
  });

  it('both migrated databases have the same tables, columns, keys, indexes and foreign keys', async () => {
    const lite = sqliteShape();
    const pg = await pgShape();
    expect(pg.tables).toEqual(lite.tables);
    expect(pg.tables.length).toBeGreaterThanOrEqual(31);
    for (const table of lite.tables) {
      const liteCols = lite.columns[table]!;
      const pgCols = pg.columns[table]!;
      expect(Object.keys(pgCols).sort(), table).toEqual(Object.keys(liteCols).sort());
      for (const [name, c] of Object.entries(liteCols)) {
        const p = pgCols[name]!;
        const at = `${table}.${name}`;
        expect(p.nullable, `${at} nullable`).toBe(c.nullable);
        expect(p.default, `${at} default`).toBe(c.default);
        // SQLite integers are int4 or int8 on PostgreSQL (which one: next test).
        expect(c.type === 'integer' ? p.type.replace('bigint', 'integer') : p.type, `${at} type`).toBe(c.type);
      }
    }
    expect(pg.primaryKeys).toEqual(lite.primaryKeys);
    expect(pg.indexes).toEqual(lite.indexes);
    expect(pg.foreignKeys).toEqual(lite.foreignKeys);
  });

  it('PostgreSQL column types are what the mirror gives today (the migration is not stale)', async () => {
    const pg = await pgShape();
    for (const table of Object.values(pgSchema)) {
      if (!is(table, PgTable)) continue;
      const config = getPgTableConfig(table);
      for (const c of config.columns) {
        const expected = c.getSQLType() === 'serial' ? 'integer' : c.getSQLType();
        expect(pg.columns[config.name]?.[c.name]?.type, `${config.name}.${c.name}`).toBe(expected);
      }
    }
    // The choices themselves: epoch milliseconds need int8; ids and counters stay int4.
    expect(pg.columns.tickets!.created_at!.type).toBe('bigint');
    expect(pg.columns.tickets!.sla_next_at!.type).toBe('bigint');
    expect(pg.columns.tickets!.id!.type).toBe('integer');
    expect(pg.columns.tickets!.reporter_id!.type).toBe('integer');
    expect(pg.columns.tickets!.escalation_level!.type).toBe('integer');
    expect(pg.columns.people!.active!.type).toBe('integer');
    expect(pg.columns.collection_entries!.count!.type).toBe('double precision');
  });

  it('a ticket written through the SQLite table object on PGlite reads back equal', async () => {
    // Query code is written once against the SQLite tables; on PostgreSQL it
    // runs through the PG drizzle, which is what the Store's Db is at runtime.
    const db = drizzle(pglite) as unknown as SqliteRemoteDatabase;
    const createdAt = new Date('2026-03-01T08:30:15.123Z');
    const resolveDueAt = new Date('2039-01-19T03:14:08.999Z'); // past int4 seconds, let alone milliseconds
    const [person] = await db.insert(people).values({ name: '王阿姨', role: 'resident', createdAt }).returning();
    expect(person).toMatchObject({ name: '王阿姨', role: 'resident', active: true, createdAt });
    const [inserted] = await db
      .insert(tickets)
      .values({
        category: '漏水',
        urgency: 'urgent',
        status: 'open',
        summary: '3栋2单元楼道漏水',
        text: '3栋2单元501楼道漏水了',
        reporterId: person!.id,
        building: '3',
        createdAt,
        updatedAt: createdAt,
        resolveDueAt,
      })
      .returning();
    const [row] = await db.select().from(tickets).where(eq(tickets.id, inserted!.id));
    expect(row).toEqual(inserted);
    expect(row!.createdAt).toBeInstanceOf(Date);
    expect(row!.createdAt).toEqual(createdAt);
    expect(row!.updatedAt).toEqual(createdAt);
    expect(row!.resolveDueAt).toEqual(resolveDueAt);
    expect(row!.resolvedAt).toBeNull();
    expect(row!.escalationLevel).toBe(0);
    expect(row!.slaStage).toBe(0);
    // Stored as SQLite stores it: epoch milliseconds, a JS number through the INT8 parser.
    const raw = await pglite.query<{ created_at: unknown }>('SELECT created_at FROM tickets WHERE id = $1', [row!.id]);
    expect(raw.rows[0]!.created_at).toBe(createdAt.getTime());
    // And compared as such.
    const due = await db.select({ id: tickets.id }).from(tickets).where(sql`${tickets.resolveDueAt} > ${createdAt.getTime()}`);
    expect(due.map((r) => r.id)).toEqual([row!.id]);
  });
});

describe('mirror', () => {
  it('throws, naming the table and column, on a column type it does not know', () => {
    const files = sqliteTable('files', { id: integer('id').primaryKey({ autoIncrement: true }), data: blob('data', { mode: 'buffer' }) });
    expect(() => mirror(files)).toThrow(/files\.data.*SQLiteBlobBuffer/);
    const money = customType<{ data: number; driverData: string }>({ dataType: () => 'decimal(10,2)' });
    const prices = sqliteTable('prices', { amount: money('amount') });
    expect(() => mirror(prices)).toThrow(/prices\.amount.*SQLiteCustomColumn/);
  });

  it('throws on an SQL default, which would be SQLite SQL', () => {
    const t = sqliteTable('stamped', { at: integer('at', { mode: 'timestamp_ms' }).default(sql`(unixepoch() * 1000)`) });
    expect(() => mirror(t)).toThrow(/stamped\.at.*SQL default/);
  });

  it('keeps names, defaults, keys and foreign key actions', () => {
    const parent = sqliteTable('parent', { id: integer('id').primaryKey({ autoIncrement: true }) });
    const child = sqliteTable('child', {
      id: integer('id').primaryKey({ autoIncrement: true }),
      parentId: integer('parent_id')
        .notNull()
        .references(() => parent.id, { onDelete: 'cascade' }),
      flag: integer('flag', { mode: 'boolean' }).notNull().default(true),
      code: text('code').unique(),
      at: integer('at', { mode: 'timestamp_ms' }),
    });
    const config = getPgTableConfig(mirror(child));
    expect(config.name).toBe('child');
    const byName = Object.fromEntries(config.columns.map((c) => [c.name, c]));
    expect(byName.id!.getSQLType()).toBe('serial');
    expect(byName.parent_id!.getSQLType()).toBe('integer');
    expect(byName.parent_id!.notNull).toBe(true);
    expect(byName.flag!.default).toBe(1);
    expect(byName.code!.isUnique).toBe(true);
    expect(byName.code!.uniqueName).toBe('child_code_unique');
    expect(byName.at!.getSQLType()).toBe('bigint');
    const [fk] = config.foreignKeys;
    expect(fk!.onDelete).toBe('cascade');
    expect(getTableName(fk!.reference().foreignTable)).toBe('parent');
    expect(Object.keys(getTableColumns(mirror(parent)))).toEqual(['id']);
  });
});
