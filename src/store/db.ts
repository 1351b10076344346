import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface Store {
  db: Db;
  sqlite: Database.Database;
  path: string;
  /** Runs `fn` in one transaction (a savepoint when nested). */
  transaction<T>(fn: () => T): T;
  close(): void;
}

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Opens (creating if needed) and migrates the SQLite store. WAL lets the HTTP
 * API read while the bot writes; busy_timeout covers a second process (backup,
 * roster import) holding the write lock briefly.
 */
export function openStore(path: string): Store {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  cachePreparedStatements(sqlite);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  // better-sqlite3 prepares BEGIN/COMMIT each time db.transaction() wraps a
  // function: wrap once, run many.
  const runInTx = sqlite.transaction((fn: () => unknown) => fn());
  return {
    db,
    sqlite,
    path,
    transaction: <T>(fn: () => T) => runInTx(fn) as T,
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}

/**
 * SQLite's data_version for this connection: it changes when another
 * connection (another process, e.g. `npm run roster`) commits, and not for
 * this connection's own commits. Cheap: no table is read.
 */
export function dataVersion(store: Store): number {
  return store.sqlite.pragma('data_version', { simple: true }) as number;
}

/** Runs `fn` in one synchronous transaction (nested calls become savepoints). */
export function inTransaction<T>(store: Store, fn: () => T): T {
  return store.transaction(fn);
}

/**
 * drizzle prepares a new statement for every query it runs; preparing costs
 * more than running a small query. Statements are reusable (our repositories
 * only call run/get/all, synchronously), so keep them by SQL text. drizzle
 * toggles raw mode per call, so reset it on the way out of the cache.
 */
function cachePreparedStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  const MAX = 500;
  sqlite.prepare = ((source: string) => {
    let stmt = cache.get(source);
    if (!stmt) {
      stmt = prepare(source);
      if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
      cache.set(source, stmt);
    } else if (stmt.reader) {
      stmt.raw(false);
    }
    return stmt;
  }) as typeof sqlite.prepare;
}
