import { afterEach, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { openStore, type Store } from '../../src/store/db';
import { copyStore, tablesInCopyOrder } from '../../src/store/copy';
import { seedDemo } from '../../src/store/seed-demo';
import { first, only } from '../../src/store/port';
import { people, tickets, ticketEvents } from '../../src/store/schema';
import { ENGINES, freshStore, PG_URL, freshDatabase } from './engines';

const targets = ENGINES.filter((e) => e !== 'sqlite');
const now = new Date('2026-12-04T10:00:00Z');

async function sourceWithData(path = ':memory:'): Promise<Store> {
  const s = await openStore(path);
  await seedDemo(s, now);
  const reporter = first(await s.db.select().from(people))!;
  for (let i = 0; i < 3; i++) {
    const t = only(
      await s.db
        .insert(tickets)
        .values({ category: '设施报修', urgency: 'normal', status: 'open', summary: `漏水${i}`, text: `3单元漏水了${i}`, reporterId: reporter.id, createdAt: now, updatedAt: now })
        .returning(),
    );
    await s.db.insert(ticketEvents).values({ ticketId: t.id, type: 'opened', at: now });
  }
  return s;
}

describe.each(targets)('db:copy SQLite → %s', (engine) => {
  const open: Store[] = [];
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
  });

  it('copies every row with its id, checks the counts, and new ids continue after the copied ones', async () => {
    const from = await sourceWithData();
    const to = await freshStore(engine);
    open.push(from, to);
    const report = await copyStore(from, to);
    expect(report.tables.length).toBe(tablesInCopyOrder().length);
    for (const t of report.tables) expect(t.target, t.name).toBe(t.source);
    expect(report.tables.find((t) => t.name === 'tickets')!.target).toBe(3);
    const maxId = Math.max(...(await to.db.select({ id: people.id }).from(people)).map((r) => r.id));
    const added = only(await to.db.insert(people).values({ name: '新人', role: 'resident', createdAt: now }).returning());
    expect(added.id).toBe(maxId + 1);
    // Dates and JSON arrive as they left.
    const [a] = await from.db.select().from(tickets).orderBy(tickets.id).limit(1);
    const [b] = await to.db.select().from(tickets).orderBy(tickets.id).limit(1);
    expect(b).toEqual(a);
  }, 120_000);

  it('refuses a target that already has data, and changes nothing', async () => {
    const from = await sourceWithData();
    const to = await freshStore(engine);
    open.push(from, to);
    await to.db.insert(people).values({ name: '已有', role: 'resident', createdAt: now });
    await expect(copyStore(from, to)).rejects.toThrow(/目标库不是空的/);
    expect(first(await to.db.select({ n: count() }).from(people))!.n).toBe(1);
  }, 120_000);
});

describe.skipIf(!PG_URL)('npm run db:copy (real server)', () => {
  it('moves a SQLite file to PostgreSQL from the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gridbot-copy-'));
    const file = join(dir, 'gridbot.db');
    const src = await sourceWithData(file);
    await src.close();
    const { url, drop } = await freshDatabase();
    try {
      const out = execFileSync('npx', ['tsx', 'scripts/db-copy.ts', '--from', file, '--to', url], { encoding: 'utf8' });
      expect(out).toMatch(/行数一致/);
      const to = await openStore(url);
      expect(first(await to.db.select({ n: count() }).from(tickets))!.n).toBe(3);
      await to.close();
    } finally {
      await drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
