/**
 * The PostgreSQL server the PostgreSQL benches run against, and throw-away
 * databases on it. The server is named by `--pg URL` or GRIDBOT_BENCH_PG_URL
 * (a role that may CREATE DATABASE); without one these sections are skipped.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** The server URL from `--pg URL` or GRIDBOT_BENCH_PG_URL, else undefined. */
export function benchPgUrl(argv: readonly string[] = process.argv): string | undefined {
  const at = argv.indexOf('--pg');
  if (at >= 0 && argv[at + 1]) return argv[at + 1];
  return process.env.GRIDBOT_BENCH_PG_URL || undefined;
}

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A new empty database on the server (its URL) and how to drop it (connections to it are ended). */
export async function freshBenchDatabase(serverUrl: string, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `bench_${prefix}_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** The p-th percentile (0–100), nearest rank. */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
