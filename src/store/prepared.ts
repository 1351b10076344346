import type { Db } from './db';

/**
 * drizzle builds the SQL of a query anew on every call, which costs several
 * times more than running a small indexed query. Queries on the message path
 * are built once per database as drizzle prepared queries (with
 * `sql.placeholder`) and kept here, keyed by name.
 */
const perDb = new WeakMap<Db, Map<string, unknown>>();

export function prepared<T>(db: Db, key: string, build: () => T): T {
  let cache = perDb.get(db);
  if (!cache) {
    cache = new Map();
    perDb.set(db, cache);
  }
  let q = cache.get(key) as T | undefined;
  if (q === undefined) {
    q = build();
    cache.set(key, q);
  }
  return q;
}
