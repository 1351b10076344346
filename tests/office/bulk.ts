/**
 * A large ticket store for query-plan and timing checks: `n` tickets over the
 * demo grids with a realistic mix of states, and the events the stats read
 * (claimed, resolved, rated). Raw multi-row inserts in one transaction, on
 * either engine: the services would take minutes for 100,000 tickets.
 */
import type { Store } from '../../src/store/db';
import { sqlRows } from '../helpers/sql';

const HOUR = 3_600_000;
const CATEGORIES = ['repair', 'sanitation', 'noise', 'safety', 'parking'];
const STATES = ['resolved', 'resolved', 'resolved', 'resolved', 'rejected', 'open', 'claimed', 'escalated'];
const RATINGS = ['满意', '非常满意', '一般', '不满意', '满意'];
/** Rows per INSERT statement: 13 parameters a ticket stays well under both engines' limits. */
const BATCH = 500;

/** One INSERT of many rows: `(?, ?, …)` per row. */
async function insertMany(store: Store, head: string, rows: unknown[][], tail = ''): Promise<Record<string, unknown>[]> {
  const one = `(${rows[0]!.map(() => '?').join(', ')})`;
  return sqlRows(store, `${head} VALUES ${rows.map(() => one).join(', ')} ${tail}`, ...rows.flat());
}

export async function fillTickets(store: Store, n: number, now: number): Promise<void> {
  const ids = async (q: string) => (await sqlRows<{ id: number }>(store, q)).map((r) => r.id);
  const buildings = await sqlRows<{ id: number; gridId: number | null; name: string }>(
    store,
    'SELECT id, grid_id AS "gridId", name FROM buildings ORDER BY id',
  );
  const residents = await ids("SELECT id FROM people WHERE role = 'resident' ORDER BY id");
  const workers = await ids("SELECT id FROM people WHERE role = 'grid_worker' ORDER BY id");
  await store.transaction(async () => {
    for (let start = 0; start < n; start += BATCH) {
      const tickets: unknown[][] = [];
      const plans: { i: number; reporter: number; worker: number; created: number; claimedAt: number | null; resolvedAt: number | null }[] = [];
      for (let i = start; i < Math.min(n, start + BATCH); i++) {
        const b = buildings[i % buildings.length]!;
        const status = STATES[i % STATES.length]!;
        const created = now - (i % 4000) * HOUR - 5 * HOUR;
        const reporter = residents[i % residents.length]!;
        const worker = workers[i % workers.length]!;
        const claimedAt = status === 'open' ? null : created + ((i % 7) + 1) * HOUR;
        const resolvedAt = status === 'resolved' ? created + ((i % 47) + 2) * HOUR : null;
        tickets.push([
          b.gridId, b.id, b.name, CATEGORIES[i % CATEGORIES.length], i % 97 === 0 ? 'emergency' : 'normal', status,
          `工单${i}`, `${b.name}号楼问题${i}`, reporter, worker, created, resolvedAt ?? claimedAt ?? created, resolvedAt,
        ]);
        plans.push({ i, reporter, worker, created, claimedAt, resolvedAt });
      }
      const inserted = await insertMany(
        store,
        `INSERT INTO tickets (grid_id, building_id, building, category, urgency, status, summary, text,
           reporter_id, assignee_id, created_at, updated_at, resolved_at, community_id)`,
        tickets.map((t) => [...t, 1]),
        'RETURNING id, summary',
      );
      // Matched by the (unique) summary: neither engine promises RETURNING's row order.
      const idOf = new Map(inserted.map((r) => [r.summary as string, r.id as number]));
      const events: unknown[][] = [];
      for (const { i, reporter, worker, created, claimedAt, resolvedAt } of plans) {
        const id = idOf.get(`工单${i}`)!;
        events.push([id, reporter, 'opened', null, 'open', null, created]);
        if (claimedAt) events.push([id, worker, 'claimed', 'open', 'claimed', null, claimedAt]);
        if (resolvedAt) {
          events.push([id, worker, 'resolved', 'claimed', 'resolved', '已处理', resolvedAt]);
          if (i % 3 === 0) events.push([id, reporter, 'rated', 'resolved', 'resolved', RATINGS[i % RATINGS.length], resolvedAt + HOUR]);
        }
      }
      for (let e = 0; e < events.length; e += BATCH) {
        await insertMany(store, 'INSERT INTO ticket_events (ticket_id, actor_id, type, from_status, to_status, note, at)', events.slice(e, e + BATCH));
      }
    }
  });
}
