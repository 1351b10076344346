/**
 * Hand-written SQL for test set-ups and checks the repositories have no
 * function for (a count, a row put into a state the chat cannot reach), on
 * either engine: `?` parameters (numbered for PostgreSQL), column aliases in
 * lower case or quoted. Write SQL both engines understand (no `INSERT OR
 * IGNORE`: `ON CONFLICT DO NOTHING`; no lastInsertRowid: `RETURNING id`).
 *
 *   const n = await sqlValue<number>(store, 'SELECT count(*) FROM tickets WHERE status = ?', 'open');
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Store } from '../../src/store/db';

/** `text` with each `?` (outside quotes) bound to the next parameter. */
function bind(text: string, params: unknown[]): SQL {
  const chunks: SQL[] = [];
  let at = 0;
  let n = 0;
  for (const m of text.matchAll(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g)) {
    if (m[0] !== '?') continue;
    if (n >= params.length) throw new Error(`more ? than parameters in: ${text}`);
    chunks.push(sql.raw(text.slice(at, m.index)), sql`${params[n++]}`);
    at = m.index + 1;
  }
  if (n !== params.length) throw new Error(`${params.length} parameters for ${n} ? in: ${text}`);
  chunks.push(sql.raw(text.slice(at)));
  return sql.join(chunks);
}

/** Every row, as objects keyed by column name (none for a statement without RETURNING). */
export function sqlRows<T = Record<string, unknown>>(store: Store, text: string, ...params: unknown[]): Promise<T[]> {
  return store.execute<T>(bind(text, params));
}

/** The first row, or undefined. */
export async function sqlRow<T = Record<string, unknown>>(store: Store, text: string, ...params: unknown[]): Promise<T | undefined> {
  return (await sqlRows<T>(store, text, ...params))[0];
}

/**
 * The first column of the first row (fails when there is no row). Counts come
 * back as numbers on both engines (PostgreSQL's bigint is read as a number).
 */
export async function sqlValue<T = unknown>(store: Store, text: string, ...params: unknown[]): Promise<T> {
  const row = await sqlRow(store, text, ...params);
  if (!row) throw new Error(`no row from: ${text}`);
  return Object.values(row)[0] as T;
}

/** Runs a statement (INSERT, UPDATE, DELETE) for its effect. */
export async function sqlRun(store: Store, text: string, ...params: unknown[]): Promise<void> {
  await sqlRows(store, text, ...params);
}
