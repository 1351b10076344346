import type { Db } from '../db';
import { rawSql } from '../port';

/**
 * Which rows a process may send: not those of channels only other live
 * processes serve (the WeCom app may run in one process only), and only rows
 * of groups its account sits in (or no account yet). Rows of a channel nobody
 * serves are taken, and failed for it, as in a single process.
 */
export interface SendScope {
  othersOnly: readonly string[];
  account: string;
}

/**
 * For each destination (channel + group, or channel + person) the one row that
 * should go next: highest priority, then oldest. Picking per lane keeps one busy
 * group's backlog from starving every other group. One text for both engines
 * (both put null group/person ids of a channel in one partition). With a scope,
 * only rows this process may send (several processes share a PostgreSQL).
 */
export async function nextRowPerLane(db: Db, now: Date, limit: number, scope?: SendScope): Promise<number[]> {
  const params: unknown[] = [now.getTime()];
  let where = '';
  if (scope) {
    if (scope.othersOnly.length) where += ` AND channel NOT IN (${scope.othersOnly.map(() => '?').join(', ')})`;
    where += ' AND (account IS NULL OR account = ?)';
    params.push(...scope.othersOnly, scope.account);
  }
  params.push(limit);
  const rows = await rawSql(db).rows<{ id: number }>(
    `SELECT id FROM (
       SELECT id, priority, row_number() OVER (
         PARTITION BY channel, group_external_id, to_external_id ORDER BY priority DESC, id
       ) AS rn
       FROM outbox WHERE status = 'pending' AND next_attempt_at <= CAST(? AS BIGINT)${where}
     ) lanes WHERE rn = 1 ORDER BY priority DESC, id LIMIT ?`,
    params,
  );
  return rows.map((r) => r.id);
}
