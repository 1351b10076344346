/**
 * A real PostgreSQL server ends idle pooled connections (a restart, a
 * failover, pg_terminate_backend: FATAL 57P01). The pool reports them as
 * 'error' events; unheard, node throws them and the bot process dies. Only
 * where a server is given (GRIDBOT_TEST_PG_URL; .ci/run starts one).
 */
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openStore } from '../../src/store/db';
import { freshDatabase, PG_URL } from './engines';

describe.skipIf(!PG_URL)('node-postgres pool when the server ends its connections', () => {
  it('survives its idle connections being terminated and answers the next query', async () => {
    const { url, drop } = await freshDatabase();
    const store = await openStore(url);
    const unheard: unknown[] = [];
    const onUncaught = (e: unknown) => unheard.push(e);
    process.on('uncaughtException', onUncaught);
    try {
      // Several idle connections in the pool.
      await Promise.all([1, 2, 3].map((n) => store.execute(sql`SELECT ${n} AS n, pg_sleep(0.05)`)));
      const name = new URL(url).pathname.slice(1);
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      const { rows } = await admin.query<{ ended: boolean }>(
        'SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [name],
      );
      await admin.end();
      expect(rows.length).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 300));
      expect(unheard).toEqual([]);
      expect(await store.execute<{ n: number }>(sql`SELECT 7::int AS n`)).toEqual([{ n: 7 }]);
    } finally {
      process.off('uncaughtException', onUncaught);
      await store.close();
      await drop();
    }
  });
});
