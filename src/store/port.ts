import type { SQL } from 'drizzle-orm';
import type { SqliteRemoteDatabase } from 'drizzle-orm/sqlite-proxy';
import type * as schema from './schema';

/**
 * The query builder every repository uses. Queries are written once, against
 * the sqlite-core tables in ./schema: PostgreSQL stores the same forms (epoch
 * milliseconds, 0/1, JSON text; see ./pg/mirror.ts), so drizzle's PostgreSQL
 * dialect builds correct SQL from the same table objects.
 *
 * Typed as drizzle's async SQLite database; at run time it is the engine's
 * own drizzle database. Use only what both engines have: `await` a query (or
 * `.prepare().execute(params)`), `.returning()`, `onConflictDo*`. Never the
 * SQLite-only `.get()`, `.all()`, `.run()`, `.values()`: use `first()` and
 * `affected()` below.
 */
export type Db = SqliteRemoteDatabase<typeof schema>;

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  readonly dialect: Dialect;
  /** Where the data lives: a file path, or the PostgreSQL URL without its password. */
  readonly location: string;
  /**
   * The query builder. It follows the caller into `transaction()`: a query
   * made inside `fn` (at any depth, through any repository) runs in that
   * transaction, with no `tx` to pass around.
   */
  readonly db: Db;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when
   * it throws. Nested calls become savepoints. `fn` must do only store work
   * (sends and model calls go after, through the outbox): the transaction
   * holds the connection (SQLite: the only one) until it ends.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /** True when called from inside `transaction()`. */
  inTransaction(): boolean;
  /** Runs raw SQL built with drizzle's `sql` and returns the rows as objects. */
  execute<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  /**
   * A number that changes when another process has committed (used to notice
   * a roster import made by another process). SQLite: its data_version.
   * PostgreSQL: null (processes share the server; see docs/postgres.md).
   */
  changeMark(): Promise<number | null>;
  /**
   * Tries to take a lock held for as long as this process lives (leadership:
   * who runs the schedules). PostgreSQL: a session advisory lock on a
   * connection of its own, released by the server when the process dies.
   * SQLite and PGlite serve one process: the lock is always granted.
   * Resolves null when another process holds it.
   */
  tryLock(name: string): Promise<HeldLock | null>;
  close(): Promise<void>;
}

export interface HeldLock {
  /** Resolves if the lock is lost without release() (the connection broke). */
  readonly lost: Promise<void>;
  release(): Promise<void>;
}

/** The lock of an engine that serves one process: always granted, never lost. */
export function processLocalLock(): HeldLock {
  return { lost: new Promise<void>(() => undefined), release: async () => undefined };
}

/** The first row of a query's result, or undefined (both engines' `.get()`). */
export function first<T>(rows: readonly T[]): T | undefined {
  return rows[0];
}

/**
 * Rows an UPDATE or DELETE without `.returning()` changed, on either engine
 * (node-postgres and PGlite report `rowCount`/`affectedRows`; the SQLite
 * engine reports `rowCount` too, see engines/sqlite.ts).
 */
export function affected(result: unknown): number {
  const r = result as { rowCount?: number | null; affectedRows?: number } | null;
  return Number(r?.rowCount ?? r?.affectedRows ?? 0);
}

/** The one row an INSERT … RETURNING gave back (it always gives one). */
export function only<T>(rows: readonly T[]): T {
  if (rows.length !== 1) throw new Error(`expected one row, got ${rows.length}`);
  return rows[0]!;
}

/**
 * Hand-written SQL, for the few queries drizzle's builder cannot say well
 * (office figures: medians, percentiles, window functions). Parameters are
 * `?` on both engines (turned into $1, $2… for PostgreSQL); column aliases
 * that are not all lower case must be quoted ("reporterId"), since
 * PostgreSQL folds unquoted names. Where the engines' SQL differs, branch on
 * `dialect`.
 */
export interface RawSql {
  readonly dialect: Dialect;
  rows<T>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

const rawByDb = new WeakMap<object, RawSql>();

/** Engines call this for the db they hand out. */
export function registerRawSql(db: object, runner: RawSql): void {
  rawByDb.set(db, runner);
}

export function rawSql(db: Db): RawSql {
  const r = rawByDb.get(db);
  if (!r) throw new Error('rawSql: this db was not opened by openStore');
  return r;
}

/** `?` → `$1, $2…` outside quoted strings, quoted identifiers and comments. */
export function numberedParams(text: string): string {
  let n = 0;
  return text.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\/|\?/g, (m) => (m === '?' ? `$${++n}` : m));
}
