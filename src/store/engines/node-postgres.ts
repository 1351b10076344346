import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { HeldLock, Store } from '../port';
import type { Connections } from './connections';
import { PG_MIGRATIONS, postgresStore, redactUrl, type PgConnection } from './postgres';

// int8 (bigint: epoch milliseconds, count(*)) as JS numbers, like SQLite's
// integers. node-postgres keeps type parsers per process; every value we
// store is below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v));

/** Any lock id will do as long as every gridbot process uses the same one. */
const MIGRATION_LOCK = 72_410_001;

/**
 * A PostgreSQL server (or anything speaking its protocol: openGauss,
 * KingbaseES, PolarDB…) through a node-postgres pool. Each transaction gets
 * a pooled connection of its own; statements outside a transaction take any.
 */
export async function openNodePostgresStore(url: string, opts: { poolSize?: number } = {}): Promise<Store & { pool: pg.Pool }> {
  const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10 });
  // An idle pooled connection the server ends (a restart, a failover,
  // pg_terminate_backend: FATAL 57P01) is emitted here; without a listener
  // node would throw it and take the process down. The pool has already
  // dropped that connection, and the next query opens a new one or fails
  // where a caller handles it.
  pool.on('error', () => undefined);
  await migrateOnce(pool);

  const conns: Connections<pg.PoolClient | pg.Pool> = {
    outside: pool,
    async begin() {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
      } catch (err) {
        client.release(err as Error);
        throw err;
      }
      return client;
    },
    async end(c, ok) {
      const client = c as pg.PoolClient;
      try {
        await client.query(ok ? 'COMMIT' : 'ROLLBACK');
        client.release();
      } catch (err) {
        client.release(err as Error); // a broken connection is not put back
        throw err;
      }
    },
    ready: () => null,
  };
  const store = postgresStore({
    location: redactUrl(url),
    conns: conns as Connections<PgConnection & (pg.PoolClient | pg.Pool)>,
    makeDb: (router) =>
      drizzle({
        client: {
          // Only what drizzle's node-postgres session calls on its client.
          query: (config: unknown, params: unknown) => (router.target() as pg.Pool).query(config as never, params as never),
        } as unknown as pg.Pool,
      }),
    tryLock: (name) => tryAdvisoryLock(url, name),
    close: () => pool.end(),
  });
  return Object.assign(store, { pool });
}

/** Several processes may start at once: one migrates, the others wait on the lock and find nothing to do. */
async function migrateOnce(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle({ client }), { migrationsFolder: PG_MIGRATIONS });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/**
 * A session advisory lock on a connection of its own (not the pool's, which
 * would hand it to others): PostgreSQL releases it when that connection ends,
 * so leadership moves on by itself when a process dies.
 */
async function tryAdvisoryLock(url: string, name: string): Promise<HeldLock | null> {
  const client = new pg.Client({ connectionString: url });
  let lostResolve!: () => void;
  const lost = new Promise<void>((r) => (lostResolve = r));
  let released = false;
  client.on('error', () => lostResolve());
  client.on('end', () => {
    if (!released) lostResolve();
  });
  await client.connect();
  try {
    const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [name]);
    if (!rows[0]?.ok) {
      released = true;
      await client.end();
      return null;
    }
  } catch (err) {
    released = true;
    await client.end().catch(() => undefined);
    throw err;
  }
  // A connection that silently died would keep "holding" nothing: check it now and then.
  const ping = setInterval(() => {
    client.query('SELECT 1').catch(() => lostResolve());
  }, 5_000);
  ping.unref();
  void lost.then(() => clearInterval(ping));
  return {
    lost,
    async release() {
      released = true;
      clearInterval(ping);
      await client.end().catch(() => undefined);
    },
  };
}
