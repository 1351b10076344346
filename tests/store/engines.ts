/**
 * The engines the store conformance tests run on: SQLite and PGlite always
 * (nothing but Node needed), a real PostgreSQL server when
 * GRIDBOT_TEST_PG_URL names one (.ci/run starts one: scripts/pg-test-server.sh).
 * Each real-server store gets a database of its own, dropped at close.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/db';
import { openPgliteStore } from '../../src/store/engines/pglite';
import { pgliteTemplateDump } from '../helpers/pglite-template';

export type EngineName = 'sqlite' | 'pglite' | 'postgres';

export const PG_URL = process.env.GRIDBOT_TEST_PG_URL;

export const ENGINES: EngineName[] = PG_URL ? ['sqlite', 'pglite', 'postgres'] : ['sqlite', 'pglite'];

/**
 * A fresh, migrated, empty store on `engine`; close() also drops a server database.
 * PGlite: in memory, like `pglite:memory`, but copied from a migrated template
 * (~3 s instead of ~10 s of initdb; the migrations still run over it).
 */
export async function freshStore(engine: EngineName): Promise<Store> {
  if (engine === 'sqlite') return openStore(':memory:');
  if (engine === 'pglite') return openPgliteStore(undefined, { from: await pgliteTemplateDump() });
  const { url, drop } = await freshDatabase();
  const store = await openStore(url);
  const close = store.close.bind(store);
  return Object.assign(store, {
    close: async () => {
      await close();
      await drop();
    },
  });
}

/** A new empty database on the test server, for one store or several processes sharing it. */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!PG_URL) throw new Error('GRIDBOT_TEST_PG_URL is not set');
  const name = `gridbot_t_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
