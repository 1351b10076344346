/**
 * A new migration must apply to a database that already holds data, not only
 * to an empty file: here the store is first migrated to the state before the
 * newest migration, filled, and then opened the normal way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { openSqliteStore } from '../../src/store/db';
import { seedDemo } from '../../src/store/seed-demo';
import { createApiToken, hashToken, verifyApiToken } from '../../src/services/tokens';
import { runDueAnnouncement } from '../../src/services/announcements';
import { tempDb } from '../helpers/app';

const MIGRATIONS = fileURLToPath(new URL('../../src/store/migrations', import.meta.url));
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A copy of the migrations folder whose journal stops before `tag`. */
function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gridbot-migrations-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(MIGRATIONS, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag === tag);
  expect(at, `migration ${tag} in the journal`).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, at);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

describe('0003_token_person on an existing database', () => {
  it('adds api_tokens.person_id (null for old tokens), which keep working, and links new ones', async () => {
    const db = tempDb();
    cleanups.push(db.cleanup);

    // The database as a release before 0003 left it: demo data and a token.
    const old = new Database(db.path);
    old.pragma('foreign_keys = ON');
    migrate(drizzle(old), { migrationsFolder: migrationsBefore('0003_token_person') });
    const before = old.prepare('PRAGMA table_info(api_tokens)').all() as { name: string }[];
    expect(before.map((c) => c.name)).not.toContain('person_id');
    old
      .prepare('INSERT INTO api_tokens (token_hash, role, label, created_at) VALUES (?, ?, ?, ?)')
      .run(hashToken('gb_old-token'), 'grid_leader', '旧令牌', Date.now());
    old.close();

    const store = openSqliteStore(db.path);
    cleanups.push(() => store.close());
    await seedDemo(store);
    const cols = store.sqlite.prepare('PRAGMA table_info(api_tokens)').all() as { name: string; notnull: number }[];
    expect(cols.find((c) => c.name === 'person_id')).toMatchObject({ notnull: 0 });
    expect(store.sqlite.prepare('SELECT label, person_id FROM api_tokens').all()).toEqual([{ label: '旧令牌', person_id: null }]);
    const applied = store.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
    expect(await verifyApiToken(store.db, 'gb_old-token')).toMatchObject({ role: 'grid_leader', label: '旧令牌', personId: null });
    expect(applied.n).toBe((JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length);

    // New tokens link to a person; the link is a real foreign key.
    const wang = store.sqlite.prepare(`SELECT id, community_id FROM people WHERE name = '王建国'`).get() as { id: number; community_id: number };
    const { token } = await createApiToken(store.db, 'grid_leader', '王建国', { personId: wang.id });
    expect(await verifyApiToken(store.db, token)).toMatchObject({ role: 'grid_leader', personId: wang.id, communityId: wang.community_id });
    // (drizzle's async drivers wrap the driver's error: SQLite's own message is its cause)
    await expect(createApiToken(store.db, 'grid_leader', '无人', { personId: 99_999 })).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/FOREIGN KEY/) },
    });
  });
});

describe('0004_announcement_scope_audit on an existing database', () => {
  it("fills in the creator's role of stored notices (so runs re-check leaders' ones) and leaves who-cancelled empty", async () => {
    const db = tempDb();
    cleanups.push(db.cleanup);

    // A release before 0004: notices by tokens, people, the admin token and the system, one of them cancelled.
    const old = new Database(db.path);
    old.pragma('foreign_keys = ON');
    migrate(drizzle(old), { migrationsFolder: migrationsBefore('0004_announcement_scope_audit') });
    const now = Date.parse('2026-06-01T00:00:00Z');
    const person = old.prepare('INSERT INTO people (name, role, active, created_at) VALUES (?, ?, 1, ?)');
    const leader = Number(person.run('王建国', 'grid_leader', now).lastInsertRowid);
    const office = Number(person.run('赵敏', 'office', now).lastInsertRowid);
    const demoted = Number(person.run('前网格长', 'grid_worker', now).lastInsertRowid); // could only have posted as a leader
    const token = old.prepare('INSERT INTO api_tokens (token_hash, role, label, person_id, created_at) VALUES (?, ?, ?, ?, ?)');
    const officeToken = Number(token.run(hashToken('gb_o'), 'office', '办公室', null, now).lastInsertRowid);
    const leaderToken = Number(token.run(hashToken('gb_l'), 'grid_leader', '王建国', leader, now).lastInsertRowid);
    const notice = old.prepare(`INSERT INTO announcements (rendered_text, targets, status, next_run_at, cron, created_by, created_at, updated_at, cancelled_at)
      VALUES (?, '{"grids":["第一网格"]}', ?, ?, '0 9 * * *', ?, ?, ?, ?)`);
    const byRef: [string, string | null][] = [
      [`token:${officeToken}`, 'office'],
      [`token:${leaderToken}`, 'grid_leader'],
      [`person:${leader}`, 'grid_leader'],
      [`person:${office}`, 'office'],
      [`person:${demoted}`, 'grid_leader'],
      ['admin-token', 'office'],
      ['system', 'office'],
    ];
    for (const [ref] of byRef) notice.run(ref, 'scheduled', now + 3600_000, ref, now, now, null);
    notice.run('已撤销', 'cancelled', null, 'admin-token', now, now, now);
    old.close();

    const store = openSqliteStore(db.path);
    cleanups.push(() => store.close());
    const rows = store.sqlite.prepare('SELECT created_by, created_by_role, cancelled_by, cancelled_by_name FROM announcements ORDER BY id').all();
    expect(rows).toEqual([
      ...byRef.map(([ref, role]) => ({ created_by: ref, created_by_role: role, cancelled_by: null, cancelled_by_name: null })),
      { created_by: 'admin-token', created_by_role: 'office', cancelled_by: null, cancelled_by_name: null },
    ]);

    // The backfilled role is what the run goes by: the former leader's notice stops, the office's runs.
    const deps = { store, now: () => new Date(now + 2 * 3600_000), channels: () => [] };
    const idOf = (ref: string) => (store.sqlite.prepare('SELECT id FROM announcements WHERE created_by = ?').get(ref) as { id: number }).id;
    expect(await runDueAnnouncement(deps, idOf(`person:${demoted}`), 3 * 3600_000)).toMatchObject({ sent: 0, stopped: 1 });
    expect(await runDueAnnouncement(deps, idOf(`person:${office}`), 3 * 3600_000)).toMatchObject({ sent: 1, stopped: 0 });
    const status = (ref: string) => (store.sqlite.prepare('SELECT status FROM announcements WHERE created_by = ?').get(ref) as { status: string }).status;
    expect([status(`person:${demoted}`), status(`person:${office}`)]).toEqual(['stopped', 'scheduled']);
  });
});
