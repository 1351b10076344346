import Database from 'better-sqlite3';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzleSync } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import { drizzle } from 'drizzle-orm/sqlite-proxy';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from '../schema';
import { processLocalLock, registerRawSql, type Db, type Store } from '../port';
import { oneConnection, TransactionRouter, type Connection } from './connections';

const MIGRATIONS = fileURLToPath(new URL('../migrations', import.meta.url));
type Method = 'run' | 'all' | 'values' | 'get';

export type SqliteStore = Store & { readonly sqlite: Database.Database };

/**
 * The embedded engine: one better-sqlite3 connection in WAL mode behind the
 * async store port. Statements still run synchronously (they take
 * microseconds); the port is async so that the same services run on
 * PostgreSQL. WAL lets the HTTP API read while the bot writes; busy_timeout
 * covers a second process (backup, roster import) holding the write lock.
 */
export function openSqliteStore(path: string): SqliteStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  // Migrations run before anything else can use the connection.
  migrate(drizzleSync(sqlite), { migrationsFolder: MIGRATIONS });

  const prepare = statementCache(sqlite);
  const conn: Connection = {
    query: async (text) => void sqlite.exec(text),
  };
  // BEGIN IMMEDIATE takes the write lock at the start, so a transaction never
  // fails half-way on a lock another process took after its first read.
  const router = new TransactionRouter(oneConnection(conn, 'BEGIN IMMEDIATE'));

  const send = (text: string, params: unknown[], method: Method): { rows: unknown[]; rowCount?: number } => {
    const stmt = prepare(text);
    if (method === 'run' || !stmt.reader) return { rows: [], rowCount: stmt.run(...params).changes };
    stmt.raw(true);
    if (method === 'get') return { rows: stmt.get(...params) as unknown[] };
    return { rows: stmt.all(...params) as unknown[] };
  };
  const db = drizzle(
    async (text, params, method) => {
      for (let w = router.ready(); w; w = router.ready()) await w;
      return send(text, params, method) as { rows: unknown[] };
    },
    { schema },
  ) as Db;
  const dialect = new SQLiteAsyncDialect();
  registerRawSql(db, {
    dialect: 'sqlite',
    async rows<T>(text: string, params: readonly unknown[] = []): Promise<T[]> {
      for (let w = router.ready(); w; w = router.ready()) await w;
      const stmt = prepare(text);
      stmt.raw(false);
      return stmt.all(...params) as T[];
    },
  });

  return {
    dialect: 'sqlite',
    location: path,
    db,
    sqlite,
    transaction: (fn) => router.run(fn),
    inTransaction: () => router.current() !== undefined,
    async execute<T>(query: SQL): Promise<T[]> {
      const { sql: text, params } = dialect.sqlToQuery(query);
      for (let w = router.ready(); w; w = router.ready()) await w;
      const stmt = prepare(text);
      if (!stmt.reader) {
        stmt.run(...params);
        return [];
      }
      stmt.raw(false);
      return stmt.all(...params) as T[];
    },
    async changeMark() {
      return sqlite.pragma('data_version', { simple: true }) as number;
    },
    // One process per SQLite file runs the bot; tools (roster, backup) never ask.
    tryLock: async () => processLocalLock(),
    async close() {
      if (sqlite.open) sqlite.close();
    },
  };
}

/**
 * Preparing a statement costs more than running a small query, and drizzle
 * sends the same SQL text again and again: keep statements by text.
 */
function statementCache(sqlite: Database.Database): (text: string) => Database.Statement {
  const cache = new Map<string, Database.Statement>();
  const MAX = 500;
  return (text) => {
    let stmt = cache.get(text);
    if (!stmt) {
      stmt = sqlite.prepare(text);
      if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
      cache.set(text, stmt);
    }
    return stmt;
  };
}
