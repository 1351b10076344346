/**
 * `npm run roster -- remove`: an office takes back a street or community it
 * created by mistake. Dry run first; refused while tickets or notices refer to
 * it unless --force; all or nothing; groups are unbound, not forgotten.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, openStore } from '../../src/store/db';
import { insertTicket } from '../../src/store/repos/tickets';
import { importRoster } from '../../src/roster/apply';
import { dump, exampleText, roster as parsed, rosterCli as roster, rosterProcess, TICKET_BASE } from './helpers';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const MISTAKE = `street: 错误街道
communities:
  - name: 误建社区
    grids:
      - name: 甲网格
        leader: 赵组长
        buildings: ["1", "2"]
    staff:
      - { name: 赵组长, role: grid_leader, grids: [甲网格], wechatName: 赵组长 }
      - { name: 钱网格, role: grid_worker, grids: [甲网格], wechatName: 钱网格 }
    groups:
      - { channel: simulator, id: g-mistake-1, topic: 误建1号楼群, bind: "1" }
`;

/** The demo street from examples/roster.yaml plus a street imported by mistake (imported in-process: only remove runs the CLI). */
async function twoStreets(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'roster-remove-'));
  dirs.push(dir);
  const db = join(dir, 'gridbot.db');
  const store = await openStore(db);
  try {
    for (const text of [exampleText(), MISTAKE]) expect((await importRoster(store, parsed(text))).applied).toBe(true);
  } finally {
    await store.close();
  }
  return db;
}

async function snapshot(db: string) {
  const store = await openStore(db);
  try {
    return await dump(store);
  } finally {
    await store.close();
  }
}

/** Opened as the SQLite engine's own store: these checks read the file with plain SQL. */
async function count(db: string, sql: string): Promise<number> {
  const store = openSqliteStore(db);
  try {
    return (store.sqlite.prepare(sql).get() as { n: number }).n;
  } finally {
    await store.close();
  }
}

// The script's main() runs in this process, except the refusal: that one runs as
// `npm run roster` does, for its exit code and stderr from a real process.
// That child (node + tsx, ~2 s of CPU) on a shared 2-core machine: a generous cap, not a speed check.
describe('roster remove', { timeout: 90_000 }, () => {
  it('--dry-run lists what would go and writes nothing; then remove --street takes the whole street', async () => {
    const db = await twoStreets();
    // 钱网格 handled a ticket of the other street: that history keeps her row (detached, inactive).
    const store = openSqliteStore(db);
    const qian = store.sqlite.prepare(`SELECT id FROM people WHERE name = '钱网格'`).get() as { id: number };
    const zhang = store.sqlite.prepare(`SELECT id FROM people WHERE name = '张丽'`).get() as { id: number };
    await insertTicket(store.db, { ...TICKET_BASE, status: 'resolved', communityId: 1, reporterId: zhang.id, assigneeId: qian.id });
    await store.close();
    const before = await snapshot(db);
    const dry = await roster(db, 'remove', '--street', '错误街道', '--dry-run');
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('预演（--dry-run，未写入）：将删除 街道 错误街道（社区 误建社区）');
    expect(dry.stdout).toContain('网格 1 个、楼栋 2 栋');
    expect(dry.stdout).toContain('人员：删除 1 人（赵组长）；1 人在其他工单或令牌里有记录，保留并停用（钱网格）');
    expect(dry.stdout).toContain('1 个群改为未绑定');
    expect(await snapshot(db)).toEqual(before);

    const real = await roster(db, 'remove', '--street', '错误街道');
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('已删除 街道 错误街道');
    expect(await count(db, `SELECT count(*) AS n FROM streets WHERE name = '错误街道'`)).toBe(0);
    expect(await count(db, `SELECT count(*) AS n FROM people WHERE name = '赵组长'`)).toBe(0);
    expect(await count(db, `SELECT count(*) AS n FROM people WHERE name = '钱网格' AND active = 0 AND community_id IS NULL`)).toBe(1);
    expect(await count(db, 'SELECT count(*) AS n FROM tickets')).toBe(1);
    expect(await count(db, `SELECT count(*) AS n FROM groups WHERE external_id = 'g-mistake-1' AND kind = 'unbound' AND building_id IS NULL`)).toBe(1);
    // The other street is untouched and exports alone, without --street.
    const exported = await roster(db, 'export');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('street: 和平街道');
    expect(exported.stdout).not.toContain('错误街道');
  });

  it('refuses while tickets refer to the community, listing them, unless --force', async () => {
    const db = await twoStreets();
    const store = openSqliteStore(db);
    const b = store.sqlite.prepare(`SELECT b.id, b.community_id FROM buildings b JOIN communities c ON c.id = b.community_id WHERE c.name = '误建社区' AND b.name = '1'`).get() as { id: number; community_id: number };
    const worker = store.sqlite.prepare(`SELECT id FROM people WHERE name = '钱网格'`).get() as { id: number };
    const resident = store.sqlite.prepare(`INSERT INTO people (name, role, community_id, building_id, created_at) VALUES ('居民甲', 'resident', ?, ?, 0) RETURNING id`).get(b.community_id, b.id) as { id: number };
    const t = await insertTicket(store.db, { ...TICKET_BASE, status: 'claimed', communityId: b.community_id, buildingId: b.id, reporterId: resident.id, assigneeId: worker.id });
    const demoTickets = store.sqlite.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number };
    await store.close();
    const before = await snapshot(db);

    const refused = await rosterProcess(db, 'remove', '--community', '误建社区');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('无法删除 社区 误建社区（错误街道）（未写入任何内容）');
    expect(refused.stderr).toContain(`还有 1 张工单指向它：#${t.id}`);
    expect(refused.stderr).toContain('--force');
    expect(await snapshot(db)).toEqual(before);

    const forced = await roster(db, 'remove', '--community', '误建社区', '--force');
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(`工单 1 张连同处理记录一并删除：#${t.id}`);
    expect(forced.stdout).toContain('人员：删除 3 人');
    expect(await count(db, `SELECT count(*) AS n FROM communities WHERE name = '误建社区'`)).toBe(0);
    expect(await count(db, 'SELECT count(*) AS n FROM tickets')).toBe(demoTickets.n - 1);
    // --community keeps the street (now empty) and the demo community.
    expect(await count(db, `SELECT count(*) AS n FROM streets WHERE name = '错误街道'`)).toBe(1);
    expect(await count(db, `SELECT count(*) AS n FROM communities WHERE name = '幸福里社区'`)).toBe(1);
  });

  it('says what exists when the name is wrong, and needs a target', async () => {
    const db = await twoStreets();
    const wrong = await roster(db, 'remove', '--community', '没有的社区');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('没有社区 "没有的社区"。库里的社区：幸福里社区、误建社区');
    const none = await roster(db, 'remove');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('remove 需要 --community 社区名');
  });
});
