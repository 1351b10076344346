import type { Store } from '../db';

/**
 * For each destination (channel + group, or channel + person) the one row that
 * should go next: highest priority, then oldest. Picking per lane keeps one busy
 * group's backlog from starving every other group.
 */
export function nextRowPerLane(store: Store, now: Date, limit: number): number[] {
  const rows = store.sqlite
    .prepare(
      `SELECT id FROM (
         SELECT id, priority, row_number() OVER (
           PARTITION BY channel, group_external_id, to_external_id ORDER BY priority DESC, id
         ) AS rn
         FROM outbox WHERE status = 'pending' AND next_attempt_at <= ?
       ) WHERE rn = 1 ORDER BY priority DESC, id LIMIT ?`,
    )
    .all(now.getTime(), limit) as { id: number }[];
  return rows.map((r) => r.id);
}
