import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { fileURLToPath } from 'node:url';
import { numberedParams, processLocalLock, registerRawSql, type Db, type HeldLock, type Store } from '../port';
import { TransactionRouter, type Connection, type Connections } from './connections';

export const PG_MIGRATIONS = fileURLToPath(new URL('../pg/migrations', import.meta.url));

export interface PgConnection extends Connection {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * The PostgreSQL side of the store port, for any connection source (a
 * node-postgres pool, PGlite). `makeDb` builds the driver's drizzle database
 * over a client whose statements go where `route()` says: the caller's
 * transaction's connection, else outside.
 */
export function postgresStore<C extends PgConnection>(opts: {
  location: string;
  conns: Connections<C>;
  makeDb: (router: TransactionRouter<C>) => unknown;
  /** Absent: one process (PGlite), the lock is always granted. */
  tryLock?: (name: string) => Promise<HeldLock | null>;
  close: () => Promise<void>;
}): Store {
  const router = new TransactionRouter(opts.conns);
  const db = opts.makeDb(router) as Db;
  const dialect = new PgDialect();
  const numbered = new Map<string, string>();
  registerRawSql(db, {
    dialect: 'postgres',
    async rows<T>(text: string, params: readonly unknown[] = []): Promise<T[]> {
      let pgText = numbered.get(text);
      if (pgText === undefined) numbered.set(text, (pgText = numberedParams(text)));
      for (let w = router.ready(); w; w = router.ready()) await w;
      return (await router.target().query(pgText, [...params])).rows as T[];
    },
  });
  return {
    dialect: 'postgres',
    location: opts.location,
    db,
    transaction: (fn) => router.run(fn),
    inTransaction: () => router.current() !== undefined,
    async execute<T>(query: SQL): Promise<T[]> {
      const { sql: text, params } = dialect.sqlToQuery(query);
      for (let w = router.ready(); w; w = router.ready()) await w;
      return (await router.target().query(text, params)).rows as T[];
    },
    changeMark: async () => null,
    tryLock: opts.tryLock ?? (async () => processLocalLock()),
    close: opts.close,
  };
}

/** The URL without its password, for logs and /healthz. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}
