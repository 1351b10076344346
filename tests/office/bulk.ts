/**
 * A large ticket store for query-plan and timing checks: `n` tickets over the
 * demo grids with a realistic mix of states, and the events the stats read
 * (claimed, resolved, rated). Raw inserts in one transaction: the services
 * would take minutes for 100,000 tickets.
 */
import type { Store } from '../../src/store/db';

const HOUR = 3_600_000;
const CATEGORIES = ['repair', 'sanitation', 'noise', 'safety', 'parking'];
const STATES = ['resolved', 'resolved', 'resolved', 'resolved', 'rejected', 'open', 'claimed', 'escalated'];
const RATINGS = ['满意', '非常满意', '一般', '不满意', '满意'];

export function fillTickets(store: Store, n: number, now: number): void {
  const db = store.sqlite;
  const ids = (sql: string) => (db.prepare(sql).all() as { id: number }[]).map((r) => r.id);
  const buildings = db.prepare('SELECT id, grid_id AS gridId, name FROM buildings ORDER BY id').all() as {
    id: number;
    gridId: number | null;
    name: string;
  }[];
  const residents = ids("SELECT id FROM people WHERE role = 'resident' ORDER BY id");
  const workers = ids("SELECT id FROM people WHERE role = 'grid_worker' ORDER BY id");
  const ticket = db.prepare(
    `INSERT INTO tickets (community_id, grid_id, building_id, building, category, urgency, status, summary, text,
       reporter_id, assignee_id, created_at, updated_at, resolved_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const event = db.prepare(
    'INSERT INTO ticket_events (ticket_id, actor_id, type, from_status, to_status, note, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const b = buildings[i % buildings.length]!;
      const status = STATES[i % STATES.length]!;
      const created = now - (i % 4000) * HOUR - 5 * HOUR;
      const reporter = residents[i % residents.length]!;
      const worker = workers[i % workers.length]!;
      const claimedAt = status === 'open' ? null : created + ((i % 7) + 1) * HOUR;
      const resolvedAt = status === 'resolved' ? created + ((i % 47) + 2) * HOUR : null;
      const id = ticket.run(
        b.gridId, b.id, b.name, CATEGORIES[i % CATEGORIES.length], i % 97 === 0 ? 'emergency' : 'normal', status,
        `工单${i}`, `${b.name}号楼问题${i}`, reporter, worker, created, resolvedAt ?? claimedAt ?? created, resolvedAt,
      ).lastInsertRowid;
      event.run(id, reporter, 'opened', null, 'open', null, created);
      if (claimedAt) event.run(id, worker, 'claimed', 'open', 'claimed', null, claimedAt);
      if (resolvedAt) {
        event.run(id, worker, 'resolved', 'claimed', 'resolved', '已处理', resolvedAt);
        if (i % 3 === 0) event.run(id, reporter, 'rated', 'resolved', 'resolved', RATINGS[i % RATINGS.length], resolvedAt + HOUR);
      }
    }
  })();
}
