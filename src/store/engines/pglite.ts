import { PGlite, types } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Store } from '../port';
import { oneConnection } from './connections';
import { PG_MIGRATIONS, postgresStore, type PgConnection } from './postgres';

/**
 * PostgreSQL compiled to WebAssembly, in this process: the PostgreSQL engine
 * for tests and for trying PostgreSQL without a server. `dataDir` undefined =
 * in memory. One connection, so transactions take turns like SQLite's.
 *
 * `from`: start from a data directory dumped with `dumpDataDir()` instead of
 * running initdb (only for a new, empty `dataDir` or in memory). Tests pass a
 * migrated template: ~3 s to open instead of ~10 s, as initdb is most of it.
 * The migrations still run, so a template that misses one is brought up to date.
 */
export async function openPgliteStore(dataDir?: string, opts: { from?: Blob } = {}): Promise<Store & { pglite: PGlite }> {
  // int8 (bigint: epoch milliseconds, count(*)) as JS numbers, like SQLite's integers.
  const pglite = new PGlite({ dataDir, loadDataDir: opts.from, parsers: { [types.INT8]: (v: string) => Number(v) } });
  await migrate(drizzle(pglite), { migrationsFolder: PG_MIGRATIONS });
  const conn: PgConnection = { query: (text, params) => pglite.query(text, params) };
  const store = postgresStore({
    location: dataDir ? `pglite:${dataDir}` : 'pglite:memory',
    conns: oneConnection(conn),
    makeDb: (router) =>
      drizzle({
        client: {
          // Only what drizzle's PGlite session calls on its client.
          query: async (text: string, params: unknown[], options: unknown) => {
            for (let w = router.ready(); w; w = router.ready()) await w;
            return pglite.query(text, params as never, options as never);
          },
        } as unknown as PGlite,
      }),
    close: () => pglite.close(),
  });
  return Object.assign(store, { pglite });
}
