/**
 * The office queries on a large store: 20,000 tickets by default,
 * GRIDBOT_OFFICE_TICKETS=100000 for the size the office figures are meant
 * for. Checks the aggregates against plain counts and prints the timings;
 * the only time bound is a generous one that catches a per-row query loop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/db';
import { seedDemo } from '../../src/store/seed-demo';
import { listTickets, ticketStats } from '../../src/store/repos/ticket-queries';
import { DISSATISFIED, SATISFIED } from '../../src/services/tickets/rate-ticket';
import { tempStore } from '../helpers/app';
import { sqlValue } from '../helpers/sql';
import { fillTickets } from './bulk';

const N = Number(process.env.GRIDBOT_OFFICE_TICKETS ?? 20_000);
const NOW = Date.parse('2026-06-10T12:00:00+08:00');

let store: Store;
let db: Awaited<ReturnType<typeof tempStore>>;

beforeAll(async () => {
  db = await tempStore();
  store = await openStore(db.path);
  await seedDemo(store, new Date(NOW));
  await fillTickets(store, N, NOW);
}, 120_000);
afterAll(async () => {
  await store.close();
  db.cleanup();
});

const count = (sql: string) => sqlValue<number>(store, sql);
const timed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const r = await fn();
  return [r, performance.now() - start];
};

describe(`office queries on ${N} tickets`, () => {
  it('/api/stats figures match plain counts', async () => {
    const opts = {
      now: new Date(NOW),
      overdueMs: 72 * 3_600_000,
      emergencyOverdueMs: 3_600_000,
      satisfied: SATISFIED,
      dissatisfied: DISSATISFIED,
    };
    await ticketStats(store.db, opts); // warm the statement cache, as a running bot would be
    const [s, ms] = await timed(() => ticketStats(store.db, opts));
    console.log(`stats over ${N} tickets: ${ms.toFixed(0)} ms`);
    expect(s.total.opened).toBe(N);
    expect(s.total.resolved).toBe(await count("SELECT count(*) AS n FROM tickets WHERE status = 'resolved'"));
    expect(s.total.claimCount).toBe(await count("SELECT count(DISTINCT ticket_id) AS n FROM ticket_events WHERE type = 'claimed'"));
    expect(s.total.rated).toBe(await count("SELECT count(*) AS n FROM ticket_events WHERE type = 'rated'"));
    expect(s.grids.reduce((sum, g) => sum + g.opened, 0)).toBe(N);
    expect(ms).toBeLessThan(5_000);
  });

  it('a page of open tickets, and of a text search', async () => {
    for (const filter of [{ statuses: ['open'] }, { statuses: ['resolved'], category: 'repair' }, { q: '问题123' }]) {
      const [r, ms] = await timed(() => listTickets(store.db, filter, 50, 0));
      console.log(`list ${JSON.stringify(filter)}: total ${r.total}, ${ms.toFixed(1)} ms`);
      expect(r.rows.length).toBe(Math.min(50, r.total));
      expect(ms).toBeLessThan(2_000);
    }
  });
});
