import type { Store } from './port';
import { openSqliteStore } from './engines/sqlite';

export type { Db, Store, Dialect } from './port';
export { first, affected } from './port';

/** What GRIDBOT_DB names: a PostgreSQL URL, PGlite, or (anything else) a SQLite file. */
export function engineOf(spec: string): 'postgres' | 'pglite' | 'sqlite' {
  if (/^postgres(ql)?:\/\//i.test(spec)) return 'postgres';
  if (/^pglite:/i.test(spec)) return 'pglite';
  return 'sqlite';
}

/**
 * Opens and migrates the store GRIDBOT_DB names:
 * - `postgres://user:pass@host:5432/gridbot`: a PostgreSQL server;
 * - `pglite:memory` or `pglite:./data/pg`: PostgreSQL inside this process (tests, trials);
 * - a file path (default ./data/gridbot.db) or `:memory:`: SQLite.
 * The PostgreSQL engines are loaded only when asked for.
 */
export async function openStore(spec: string): Promise<Store> {
  switch (engineOf(spec)) {
    case 'postgres':
      return (await import('./engines/node-postgres')).openNodePostgresStore(spec);
    case 'pglite': {
      const dir = spec.slice('pglite:'.length);
      return (await import('./engines/pglite')).openPgliteStore(dir === 'memory' || dir === '' ? undefined : dir);
    }
    default:
      return openSqliteStore(spec);
  }
}

export { openSqliteStore };
