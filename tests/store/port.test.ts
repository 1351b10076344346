/**
 * The store port's contract, the same on every engine: what services rely on
 * when they write "change + event + outbox in one transaction" and settle
 * races with conditional updates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import type { Store } from '../../src/store/db';
import { first } from '../../src/store/port';
import { people, outbox, groups } from '../../src/store/schema';
import { recordInbound } from '../../src/store/repos/inbox';
import { claimRows, enqueueOutbound, takeForSending, unclaimRows, parkInFlight } from '../../src/store/repos/outbox';
import { deadInstances, registerInstance, releaseClaimsOf, heartbeat } from '../../src/store/repos/instances';
import { ENGINES, freshStore } from './engines';

const now = new Date('2026-12-04T10:00:00Z');
const person = (name: string) => ({ name, role: 'resident' as const, createdAt: now });
const countPeople = async (s: Store) => first(await s.db.select({ n: count() }).from(people))!.n;

describe.each(ENGINES)('store port on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  it('commits a transaction and rolls one back on throw', async () => {
    const before = await countPeople(store);
    await store.transaction(async () => {
      await store.db.insert(people).values(person('甲'));
    });
    await expect(
      store.transaction(async () => {
        await store.db.insert(people).values(person('乙'));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await countPeople(store)).toBe(before + 1);
  });

  it('nests as savepoints: an inner failure undoes only the inner part', async () => {
    const before = await countPeople(store);
    await store.transaction(async () => {
      await store.db.insert(people).values(person('外'));
      await store
        .transaction(async () => {
          await store.db.insert(people).values(person('内'));
          throw new Error('inner');
        })
        .catch(() => undefined);
      expect(store.inTransaction()).toBe(true);
    });
    expect(store.inTransaction()).toBe(false);
    expect(await countPeople(store)).toBe(before + 1);
    expect((await store.db.select().from(people).where(eq(people.name, '内'))).length).toBe(0);
  });

  it('keeps statements from outside a transaction out of it', async () => {
    const before = await countPeople(store);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const tx = store.transaction(async () => {
      await store.db.insert(people).values(person('未提交'));
      await gate;
      throw new Error('rolled back');
    });
    // While the transaction waits, a statement from elsewhere must not see or join it.
    const outside = (async () => {
      await new Promise((r) => setTimeout(r, 20));
      await store.db.insert(people).values(person('旁边'));
      return countPeople(store);
    })();
    await new Promise((r) => setTimeout(r, 60));
    release();
    await expect(tx).rejects.toThrow('rolled back');
    expect(await outside).toBe(before + 1);
    expect((await store.db.select().from(people).where(eq(people.name, '旁边'))).length).toBe(1);
    expect((await store.db.select().from(people).where(eq(people.name, '未提交'))).length).toBe(0);
  });

  it('runs concurrent transactions without losing or mixing their rows', async () => {
    const before = await countPeople(store);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        store.transaction(async () => {
          await store.db.insert(people).values(person(`并发${i}`));
          await store.db.insert(people).values(person(`并发${i}b`));
          if (i % 4 === 0) throw new Error('undo');
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(5);
    expect(await countPeople(store)).toBe(before + 30);
  });

  it('dedupes inbound messages by their unique key', async () => {
    const a = await recordInbound(store.db, 'simulator', 'm-1', { text: 'x' }, now);
    const b = await recordInbound(store.db, 'simulator', 'm-1', { text: 'x' }, now);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeNull();
  });

  it('lets exactly one of two racing senders take a row', async () => {
    const id = await enqueueOutbound(store.db, { channel: 'simulator', groupExternalId: 'g1', text: 'hi' }, now);
    const [a, b] = await Promise.all([takeForSending(store.db, id, 'one'), takeForSending(store.db, id, 'two')]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
  });

  it('splits claims between instances and gives each row to one', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 30; i++) ids.push(await enqueueOutbound(store.db, { channel: 'simulator', toExternalId: `p${i}`, text: `t${i}` }, now));
    const [x, y, z] = await Promise.all([
      store.transaction(() => claimRows(store.db, ids, 'a', now)),
      store.transaction(() => claimRows(store.db, ids, 'b', now)),
      claimRows(store.db, ids, 'c', now),
    ]);
    const all = [...x!, ...y!, ...z!].sort((p, q) => p - q);
    expect(all).toEqual(ids);
    // Only the claimer can hand its row to a channel; another instance cannot take it.
    const mine = x!.length ? { id: x![0]!, by: 'a' } : y!.length ? { id: y![0]!, by: 'b' } : { id: z![0]!, by: 'c' };
    expect(await takeForSending(store.db, mine.id, 'someone-else')).toBe(false);
    expect(await takeForSending(store.db, mine.id, mine.by)).toBe(true);
    // Unclaimed rows go back to pending for anyone.
    const rest = all.filter((id) => id !== mine.id);
    await unclaimRows(store.db, rest, 'a');
    await unclaimRows(store.db, rest, 'b');
    await unclaimRows(store.db, rest, 'c');
    const pending = await store.db.select({ n: count() }).from(outbox).where(sql`${outbox.status} = 'pending' AND ${outbox.id} IN (${sql.join(rest.map((i) => sql`${i}`), sql`, `)})`);
    expect(first(pending)!.n).toBe(rest.length);
  });

  it('addresses a group row to the account in the group', async () => {
    await store.db.insert(groups).values({ channel: 'simulator', externalId: 'sim-owned', topic: 't', kind: 'unbound', account: 'bot-2' });
    const id = await enqueueOutbound(store.db, { channel: 'simulator', groupExternalId: 'sim-owned', text: 'x' }, now);
    const dm = await enqueueOutbound(store.db, { channel: 'simulator', toExternalId: 'p1', text: 'x' }, now);
    const rows = await store.db.select({ id: outbox.id, account: outbox.account }).from(outbox).where(sql`${outbox.id} IN (${id}, ${dm})`);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.account]))).toEqual({ [id]: 'bot-2', [dm]: null });
  });

  it("releases a dead instance's claimed rows and parks its in-flight ones", async () => {
    const later = new Date(now.getTime() + 60_000);
    await registerInstance(store.db, { name: 'dead', pid: 1, host: 'h', channels: ['simulator'], now });
    await registerInstance(store.db, { name: 'alive', pid: 2, host: 'h', channels: ['simulator'], now });
    await heartbeat(store.db, 'alive', later);
    const a = await enqueueOutbound(store.db, { channel: 'simulator', toExternalId: 'q1', text: 'a' }, now);
    const b = await enqueueOutbound(store.db, { channel: 'simulator', toExternalId: 'q2', text: 'b' }, now);
    expect(await claimRows(store.db, [a, b], 'dead', now)).toEqual([a, b]);
    expect(await takeForSending(store.db, b, 'dead')).toBe(true);
    const dead = await deadInstances(store.db, 'alive', new Date(later.getTime() - 15_000));
    expect(dead).toEqual(['dead']);
    const { released, parked } = await releaseClaimsOf(store.db, dead);
    expect(released).toBe(1);
    expect(parked.map((r) => r.id)).toEqual([b]);
    // A restarted instance parks only its own in-flight rows.
    const c = await enqueueOutbound(store.db, { channel: 'simulator', toExternalId: 'q3', text: 'c' }, now);
    await claimRows(store.db, [c], 'alive', now);
    await takeForSending(store.db, c, 'alive');
    expect((await parkInFlight(store.db, 'other')).map((r) => r.id)).not.toContain(c);
    expect((await parkInFlight(store.db, 'alive')).map((r) => r.id)).toContain(c);
  });

  it('grants the leader lock to one holder at a time (one-process engines: always)', async () => {
    const first = await store.tryLock('gridbot:test-lock');
    expect(first).not.toBeNull();
    const second = await store.tryLock('gridbot:test-lock');
    if (engine === 'postgres') {
      expect(second).toBeNull();
      await first!.release();
      const third = await store.tryLock('gridbot:test-lock');
      expect(third).not.toBeNull();
      await third!.release();
    } else {
      expect(second).not.toBeNull();
      await first!.release();
      await second!.release();
    }
  });

  it('runs raw SQL with ? parameters and quoted aliases on every engine', async () => {
    const rows = await store.execute<{ n: number; camelCase: string }>(sql`SELECT ${41} + 1 AS n, 'x' AS "camelCase"`);
    expect(rows).toEqual([{ n: 42, camelCase: 'x' }]);
  });
});

describe('numberedParams (PostgreSQL placeholders for rawSql)', () => {
  it('numbers ? outside strings, quoted names and comments', async () => {
    const { numberedParams } = await import('../../src/store/port');
    expect(numberedParams("SELECT ? -- person's ?\n, 'a?''b', \"x?\" /* ? */ , ?")).toBe("SELECT $1 -- person's ?\n, 'a?''b', \"x?\" /* ? */ , $2");
  });
});
