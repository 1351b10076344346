import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { first, openStore } from '../../src/store/db';
import { seedDemo } from '../../src/store/seed-demo';
import { createGroup } from '../../src/store/repos/groups';
import { insertTicket } from '../../src/store/repos/tickets';
import { staffByName } from '../../src/store/repos/people';
import { people } from '../../src/store/schema';
import { loadRosterFile, loadRosterYamlText } from '../../src/roster/load';
import { EXAMPLE_CSV, EXAMPLE_YAML, exampleText, rosterCli as roster, rosterProcess, TICKET_BASE } from './helpers';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'roster-cli-'));
  dirs.push(d);
  return d;
}

// Each test has its own database file, so they run side by side. Most runs call the
// script's main() in this process; two start it as `npm run roster` does (exit code, streams).
// Those child processes (node + tsx, ~2 s of CPU each) on a shared 2-core machine: a generous cap, not a speed check.
describe.concurrent('roster CLI', { timeout: 90_000 }, () => {
  it('import --dry-run prints the plan and writes nothing; import writes; a re-import changes nothing', async () => {
    const db = join(tempDir(), 'gridbot.db');
    const dry = await rosterProcess(db, 'import', EXAMPLE_YAML, '--dry-run');
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('预演（--dry-run，未写入）：和平街道 共 21 项变更');
    expect(dry.stdout).toContain('+ 新增人员 张丽（网格员，幸福里社区，负责 第一网格，微信名 张网格，企业微信 ZhangLi）');
    const nothing = await roster(db, 'export');
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toContain('库里还没有任何街道');

    const real = await roster(db, 'import', EXAMPLE_CSV);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('已导入 和平街道：21 项变更');
    expect(real.stdout).toContain('无需重启');
    const again = await roster(db, 'import', EXAMPLE_YAML);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('没有变更');
  });

  it('exports YAML to stdout and CSV to a folder, both importing back as no-ops', async () => {
    const dir = tempDir();
    const db = join(dir, 'gridbot.db');
    const store = await openStore(db);
    await seedDemo(store);
    await store.close();

    const yaml = await roster(db, 'export');
    expect(yaml.code).toBe(0);
    const parsed = loadRosterYamlText(yaml.stdout);
    expect(parsed.issues).toEqual([]);
    expect(parsed.roster).toEqual(loadRosterFile(EXAMPLE_YAML).roster);

    const out = join(dir, 'sheets');
    const csv = await roster(db, 'export', '--format', 'csv', '--out', out);
    expect(csv.code).toBe(0);
    for (const f of ['buildings.csv', 'staff.csv', 'groups.csv']) {
      expect(readFileSync(join(out, f), 'utf8')).toBe(readFileSync(join(EXAMPLE_CSV, f), 'utf8'));
    }
    const back = await roster(db, 'import', out);
    expect(back.code).toBe(0);
    expect(back.stdout).toContain('没有变更');
  });

  it('exit 1 with every error and its place for a bad file; nothing is written', async () => {
    const dir = tempDir();
    const db = join(dir, 'gridbot.db');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, exampleText().replace('role: grid_worker', 'role: boss').replace('wecomUserId: LiQiang', 'wecomUserId: ZhangLi'));
    const r = await roster(db, 'import', bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('名册有 2 处错误，未写入任何内容');
    expect(r.stderr).toContain('communities[0].staff[0].role（bad.yaml 第 28 行）: 角色应为');
    expect(r.stderr).toContain('communities[0].staff[1].wecomUserId（bad.yaml 第 36 行）: 企业微信账号 "ZhangLi" 重复');
    // Not even the database file was created.
    expect(existsSync(db)).toBe(false);
  });

  it('exit 1 refusing to drop a worker with open tickets; --reassign-to makes it go through', async () => {
    const dir = tempDir();
    const db = join(dir, 'gridbot.db');
    const store = await openStore(db);
    await seedDemo(store);
    const li = (await staffByName(store.db, '李强'))!;
    const reporter = first(await store.db.select().from(people).where(eq(people.name, '马丽娟')))!;
    const t = await insertTicket(store.db, { ...TICKET_BASE, status: 'claimed', reporterId: reporter.id, assigneeId: li.id });
    await store.close();
    const file = join(dir, 'roster.yaml');
    writeFileSync(file, exampleText().replace(/      - name: 李强\n(        .*\n){4}/, ''));

    const refused = await roster(db, 'import', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`李强（网格员，幸福里社区）不在名册中将被停用，但还有未办结工单 #${t.id}`);
    const ok = await roster(db, 'import', file, '--reassign-to', '王建国');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`~ 工单 #${t.id} 由 李强 转给 王建国`);
    expect(ok.stdout).toContain('- 停用人员 李强');
  });

  it('groups lists the unbound groups with channel, id and topic', async () => {
    const db = join(tempDir(), 'gridbot.db');
    const store = await openStore(db);
    await seedDemo(store);
    await createGroup(store.db, { channel: 'wechaty', externalId: '@@room-7', topic: '幸福里7号楼邻里群', kind: 'unbound' });
    await store.close();
    const r = await roster(db, 'groups');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('wechaty\t@@room-7\t幸福里7号楼邻里群');
    expect(r.stdout).not.toContain('sim-b1');
    expect(r.stdout).toContain('绑定 3号楼');
  });

  it('exit 2 for wrong usage', async () => {
    const db = join(tempDir(), 'gridbot.db');
    const runs = await Promise.all([
      rosterProcess(db, 'frobnicate'),
      roster(db, 'import', EXAMPLE_YAML, '--force'),
      roster(db, 'export', '--format', 'xml'),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2]);
    expect(runs[0]!.stderr).toContain('未知命令 frobnicate');
    expect(runs[1]!.stderr).toContain("'--force'");
    expect(runs[2]!.stderr).toContain('--format 只能是 yaml 或 csv');
  });
});
