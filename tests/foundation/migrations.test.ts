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
import { openStore } from '../../src/store/db';
import { seedDemo } from '../../src/store/seed-demo';
import { createApiToken, hashToken, verifyApiToken } from '../../src/services/tokens';
import { tempDb } from '../helpers/app';

const MIGRATIONS = fileURLToPath(new URL('../../src/store/migrations', import.meta.url));
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
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
  it('adds api_tokens.person_id (null for old tokens), which keep working, and links new ones', () => {
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

    const store = openStore(db.path);
    cleanups.push(() => store.close());
    seedDemo(store);
    const cols = store.sqlite.prepare('PRAGMA table_info(api_tokens)').all() as { name: string; notnull: number }[];
    expect(cols.find((c) => c.name === 'person_id')).toMatchObject({ notnull: 0 });
    expect(store.sqlite.prepare('SELECT label, person_id FROM api_tokens').all()).toEqual([{ label: '旧令牌', person_id: null }]);
    const applied = store.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
    expect(verifyApiToken(store.db, 'gb_old-token')).toMatchObject({ role: 'grid_leader', label: '旧令牌', personId: null });
    expect(applied.n).toBe((JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length);

    // New tokens link to a person; the link is a real foreign key.
    const wang = store.sqlite.prepare(`SELECT id, community_id FROM people WHERE name = '王建国'`).get() as { id: number; community_id: number };
    const { token } = createApiToken(store.db, 'grid_leader', '王建国', { personId: wang.id });
    expect(verifyApiToken(store.db, token)).toMatchObject({ role: 'grid_leader', personId: wang.id, communityId: wang.community_id });
    expect(() => createApiToken(store.db, 'grid_leader', '无人', { personId: 99_999 })).toThrow(/FOREIGN KEY/);
  });
});
