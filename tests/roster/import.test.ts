import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { importRoster, type ImportResult } from '../../src/roster/apply';
import { describeChange } from '../../src/roster/plan';
import { exportRoster } from '../../src/roster/export';
import { loadRosterFile, loadRosterYamlText } from '../../src/roster/load';
import { rosterToYaml } from '../../src/roster/yaml';
import { rosterToCsv } from '../../src/roster/csv';
import { formatIssue } from '../../src/roster/issues';
import { buildings, grids, groups, people, staffGrids } from '../../src/store/schema';
import { eventsOf, insertTicket, ticketById } from '../../src/store/repos/tickets';
import { staffByName, staffOfGrid } from '../../src/store/repos/people';
import { routingCandidates } from '../../src/services/tickets/candidates';
import { first, only, type Store } from '../../src/store/port';
import { demoStore, dump, EXAMPLE_CSV, EXAMPLE_YAML, emptyStore, exampleText, roster, TICKET_BASE, type Cleanups } from './helpers';

const cleanups: Cleanups = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const lines = (r: ImportResult) => r.plan.changes.map(describeChange);

function loaded(path: string) {
  const r = loadRosterFile(path);
  expect(r.issues.map(formatIssue)).toEqual([]);
  return r.roster!;
}

async function gridNamed(store: Store, name: string) {
  return first(await store.db.select().from(grids).where(eq(grids.name, name)))!;
}

async function building(store: Store, name: string) {
  return first(await store.db.select().from(buildings).where(eq(buildings.name, name)))!;
}

describe('import from empty', () => {
  it('creates the street, grids, buildings, staff with their grids and the bound groups', async () => {
    const store = await emptyStore(cleanups);
    const r = await importRoster(store, loaded(EXAMPLE_YAML));
    expect(r.applied).toBe(true);
    expect(r.plan.errors).toEqual([]);
    expect(lines(r)).toContain('+ 新增楼栋 幸福里社区 3号楼（第一网格，3 个单元）');
    expect(lines(r)).toContain('+ 登记群「幸福里网格工作群」（simulator sim-workers）为 幸福里社区 网格工作群');

    const firstGrid = await gridNamed(store, '第一网格');
    const second = await gridNamed(store, '第二网格');
    expect((await staffOfGrid(store.db, firstGrid.id, 'grid_worker')).map((p) => p.name)).toEqual(['张丽']);
    expect((await staffOfGrid(store.db, second.id, 'grid_worker')).map((p) => p.name)).toEqual(['李强']);
    expect((await staffOfGrid(store.db, second.id, 'grid_leader')).map((p) => p.name)).toEqual(['王建国']);
    expect(await building(store, '5')).toMatchObject({ gridId: second.id, units: 3 });
    const zhang = (await staffByName(store.db, '张网格'))!;
    expect(zhang).toMatchObject({ name: '张丽', role: 'grid_worker', wecomUserId: 'ZhangLi', active: true });
    const b3 = first(await store.db.select().from(groups).where(eq(groups.externalId, 'sim-b3')))!;
    expect(b3).toMatchObject({ kind: 'building', buildingId: (await building(store, '3')).id, channel: 'simulator' });
    // Routing reads exactly what was imported.
    const cands = routingCandidates(store.db, firstGrid.id, b3.communityId);
    expect((await cands.workers()).map((p) => p.name)).toEqual(['张丽']);
    expect((await cands.offices()).map((p) => p.name)).toEqual(['赵敏']);
  });

  it('--dry-run shows the same plan and writes nothing', async () => {
    const store = await emptyStore(cleanups);
    const before = await dump(store);
    const dry = await importRoster(store, loaded(EXAMPLE_YAML), { dryRun: true });
    expect(dry.applied).toBe(false);
    expect(await dump(store)).toEqual(before);
    const real = await importRoster(store, loaded(EXAMPLE_YAML));
    expect(lines(real)).toEqual(lines(dry));
  });

  it('re-importing the same file changes nothing', async () => {
    const store = await emptyStore(cleanups);
    await importRoster(store, loaded(EXAMPLE_YAML));
    const before = await dump(store);
    const again = await importRoster(store, loaded(EXAMPLE_YAML));
    expect(again.plan.changes).toEqual([]);
    expect(again.applied).toBe(false);
    expect(await dump(store)).toEqual(before);
  });
});

describe('the examples are the demo', () => {
  it('importing examples/roster.yaml onto the seeded demo changes nothing', async () => {
    const store = await demoStore(cleanups);
    const before = await dump(store);
    const r = await importRoster(store, loaded(EXAMPLE_YAML));
    expect(r.plan.errors).toEqual([]);
    expect(lines(r)).toEqual([]);
    expect(await dump(store)).toEqual(before);
  });

  it('examples/roster-csv is the same roster as examples/roster.yaml', () => {
    expect(loaded(EXAMPLE_CSV)).toEqual(loaded(EXAMPLE_YAML));
  });

  it('CSV and YAML give the same store', async () => {
    const a = await emptyStore(cleanups);
    const b = await emptyStore(cleanups);
    await importRoster(a, loaded(EXAMPLE_YAML), { now: new Date(0) });
    await importRoster(b, loaded(`${EXAMPLE_CSV}/staff.csv`), { now: new Date(0) });
    expect(await dump(b)).toEqual(await dump(a));
  });
});

describe('updates in place', () => {
  /** The demo, edited the way an office would: renames, moves, an added worker and building. */
  const edited = () =>
    exampleText()
      .replace('name: 张丽\n', 'name: 张丽丽\n')
      .replace('wechatName: 张网格', 'wechatName: 张丽丽')
      // 第二网格 becomes 二网格 and takes building 3; building 6 is now called 6A.
      .replace('      - name: 第二网格\n', '      - name: 二网格\n        was: 第二网格\n')
      .replaceAll('[第二网格]', '[二网格]')
      .replace('[第一网格, 第二网格]', '[第一网格, 二网格]')
      .replace('          - { name: "3", units: 3 }\n', '')
      .replace('          - { name: "4", units: 3 }\n', '          - { name: "3", units: 4 }\n          - { name: "4", units: 3 }\n')
      .replace('{ name: "6", units: 3 }', '{ name: "6A", units: 3, was: "6" }\n          - { name: "7" }')
      .replace('      - name: 赵敏\n', '      - name: 孙悦\n        role: grid_worker\n        grids: [二网格]\n        wechatName: 孙网格\n        wecomUserId: SunYue\n        phone: "010-6521 0001"\n      - name: 赵敏\n')
      .replace('bind: "6" }', 'bind: "6A" }');

  it('renames, moves and adds, reporting each change, keeping ids (and so identities and tickets)', async () => {
    const store = await demoStore(cleanups);
    const zhangBefore = (await staffByName(store.db, '张丽'))!;
    const secondBefore = await gridNamed(store, '第二网格');
    const b6Before = await building(store, '6');

    const r = await importRoster(store, roster(edited()));
    expect(r.plan.errors).toEqual([]);
    expect(lines(r).sort()).toEqual(
      [
        '~ 网格改名 幸福里社区 第二网格 → 二网格',
        '~ 楼栋改名 幸福里社区 6号楼 → 6A号楼',
        '~ 楼栋调整 幸福里社区 3号楼：第一网格 → 二网格',
        '~ 单元数 幸福里社区 3号楼：3 → 4',
        '+ 新增楼栋 幸福里社区 7号楼（二网格）',
        '~ 人员 张丽（幸福里社区）：改名为 张丽丽；微信名 张网格 → 张丽丽',
        '+ 新增人员 孙悦（网格员，幸福里社区，负责 二网格，微信名 孙网格，企业微信 SunYue）',
      ].sort(),
    );
    // The phone is stored but never printed in a plan.
    expect(lines(r).join('\n')).not.toContain('6521');

    const zhang = first(await store.db.select().from(people).where(eq(people.wecomUserId, 'ZhangLi')))!;
    expect(zhang).toMatchObject({ id: zhangBefore.id, name: '张丽丽', wechatName: '张丽丽', active: true });
    const second = await gridNamed(store, '二网格');
    expect(second.id).toBe(secondBefore.id);
    expect(await building(store, '3')).toMatchObject({ gridId: second.id, units: 4 });
    expect((await building(store, '6A')).id).toBe(b6Before.id);
    expect(await building(store, '7')).toMatchObject({ gridId: second.id, units: null });
    expect((await staffOfGrid(store.db, second.id, 'grid_worker')).map((p) => p.name)).toEqual(['李强', '孙悦']);
    expect(first(await store.db.select().from(people).where(eq(people.wecomUserId, 'SunYue')))!.phone).toBe('010-6521 0001');
    // The 6号楼 group followed its building.
    expect(first(await store.db.select().from(groups).where(eq(groups.externalId, 'sim-b6')))!.buildingId).toBe(b6Before.id);

    const again = await importRoster(store, roster(edited()));
    expect(again.plan.changes).toEqual([]);
  });

  it('a role change matched by name alone, and a WeCom id change matched by name and role', async () => {
    const store = await demoStore(cleanups);
    const li = (await staffByName(store.db, '李强'))!;
    const text = exampleText()
      .replace('wecomUserId: LiQiang', 'wecomUserId: LiQiang2')
      .replace(/name: 张丽\n        role: grid_worker\n        grids: \[第一网格\]\n        wechatName: 张网格\n        wecomUserId: ZhangLi/, 'name: 张丽\n        role: grid_leader\n        grids: [第一网格]\n        wechatName: 张网格');
    const r = await importRoster(store, roster(text));
    expect(r.plan.errors).toEqual([]);
    expect(lines(r)).toEqual([
      '~ 人员 张丽（幸福里社区）：角色 网格员 → 网格长；企业微信 ZhangLi → 无',
      '~ 人员 李强（幸福里社区）：企业微信 LiQiang → LiQiang2',
    ]);
    expect(await staffByName(store.db, '李强')).toMatchObject({ id: li.id, wecomUserId: 'LiQiang2' });
  });

  it('a removed worker without tickets is deactivated, not deleted, and comes back when re-added', async () => {
    const store = await demoStore(cleanups);
    const li = (await staffByName(store.db, '李强'))!;
    const without = exampleText().replace(/      - name: 李强\n(        .*\n){4}/, '');
    const r = await importRoster(store, roster(without));
    expect(lines(r)).toEqual(['- 停用人员 李强（网格员，幸福里社区）：不在名册中；历史工单保留']);
    expect(first(await store.db.select().from(people).where(eq(people.id, li.id)))).toMatchObject({ active: false });
    expect(await store.db.select().from(staffGrids).where(eq(staffGrids.personId, li.id))).toEqual([]);
    expect(await staffOfGrid(store.db, (await gridNamed(store, '第二网格')).id, 'grid_worker')).toEqual([]);

    const back = await importRoster(store, loaded(EXAMPLE_YAML));
    expect(lines(back)).toEqual(['~ 人员 李强（幸福里社区）：重新启用', '~ 负责网格 李强（幸福里社区）：无 → 第二网格']);
    expect((await staffByName(store.db, '李强'))!.id).toBe(li.id);
  });
});

describe('group bindings', () => {
  it('binds a group the bot has seen by its topic, unbinds with 解绑, and leaves groups missing from the file alone', async () => {
    const store = await demoStore(cleanups);
    const seen = only(await store.db.insert(groups).values({ channel: 'wechaty', externalId: '@@r7', topic: '幸福里新群', kind: 'unbound' }).returning());
    const withGroup = (bind: string) =>
      exampleText()
        .replace('      - { channel: simulator, id: sim-b2, topic: 幸福里2号楼业主群, bind: "2" }\n', '')
        .concat(`      - { channel: wechaty, topic: 幸福里新群, bind: ${bind} }\n`);

    const bound = await importRoster(store, roster(withGroup('"5"')));
    expect(lines(bound)).toEqual(['~ 群「幸福里新群」：未绑定 → 幸福里社区 5号楼居民群']);
    expect(first(await store.db.select().from(groups).where(eq(groups.id, seen.id)))).toMatchObject({ kind: 'building', buildingId: (await building(store, '5')).id });
    // sim-b2 is not in this file: still bound to 2号楼.
    expect(first(await store.db.select().from(groups).where(eq(groups.externalId, 'sim-b2')))).toMatchObject({ kind: 'building', buildingId: (await building(store, '2')).id });

    const unbound = await importRoster(store, roster(withGroup('解绑')));
    expect(lines(unbound)).toEqual(['~ 群「幸福里新群」：幸福里社区 5号楼居民群 → 未绑定']);
    expect(first(await store.db.select().from(groups).where(eq(groups.id, seen.id)))).toMatchObject({ kind: 'unbound', buildingId: null, communityId: null });
  });
});

describe('people holding open tickets', () => {
  async function withTickets(store: Store) {
    const li = (await staffByName(store.db, '李强'))!;
    const reporter = first(await store.db.select().from(people).where(eq(people.name, '马丽娟')))!;
    const base = { ...TICKET_BASE, reporterId: reporter.id, assigneeId: li.id };
    const open = await insertTicket(store.db, { ...base, status: 'open' });
    const claimed = await insertTicket(store.db, { ...base, status: 'claimed' });
    const done = await insertTicket(store.db, { ...base, status: 'resolved' });
    return { li, open, claimed, done };
  }
  const without = () => exampleText().replace(/      - name: 李强\n(        .*\n){4}/, '');

  it('refuses to remove them, listing the tickets, and writes nothing', async () => {
    const store = await demoStore(cleanups);
    const { open, claimed } = await withTickets(store);
    const before = await dump(store);
    const r = await importRoster(store, roster(without()));
    expect(r.applied).toBe(false);
    expect(r.plan.errors.map(formatIssue)).toEqual([
      `李强（网格员，幸福里社区）不在名册中将被停用，但还有未办结工单 #${open.id}、#${claimed.id}：请用 --reassign-to 姓名 指定接手人，或把此人留在名册里`,
    ]);
    expect(await dump(store)).toEqual(before);
  });

  it('--reassign-to hands the open tickets over in the same transaction, with a transferred event each', async () => {
    const store = await demoStore(cleanups);
    const { li, open, claimed, done } = await withTickets(store);
    const zhang = (await staffByName(store.db, '张丽'))!;
    const r = await importRoster(store, roster(without()), { reassignTo: '张网格', now: new Date('2025-03-03T10:00:00+08:00') });
    expect(r.applied).toBe(true);
    expect(lines(r)).toEqual([
      `~ 工单 #${open.id}、#${claimed.id} 由 李强 转给 张丽`,
      '- 停用人员 李强（网格员，幸福里社区）：不在名册中；历史工单保留',
    ]);
    for (const t of [open, claimed]) {
      expect(await ticketById(store.db, t.id)).toMatchObject({ assigneeId: zhang.id, status: 'open' });
      expect(await eventsOf(store.db, t.id)).toEqual([
        expect.objectContaining({ type: 'transferred', fromStatus: t.status, toStatus: 'open', actorId: null, note: expect.stringContaining('转给 张丽') }),
      ]);
    }
    expect(await ticketById(store.db, done.id)).toMatchObject({ assigneeId: li.id, status: 'resolved' });
    expect(await eventsOf(store.db, done.id)).toEqual([]);
    expect(first(await store.db.select().from(people).where(eq(people.id, li.id)))!.active).toBe(false);
  });

  it('--reassign-to must name someone who stays in the roster', async () => {
    const store = await demoStore(cleanups);
    await withTickets(store);
    const before = await dump(store);
    const r = await importRoster(store, roster(without()), { reassignTo: '李强' });
    expect(r.plan.errors.map(formatIssue)).toEqual([expect.stringContaining('--reassign-to "李强"：名册里没有这个人')]);
    expect(await dump(store)).toEqual(before);
  });

  it('can hand tickets to someone added by the same file', async () => {
    const store = await demoStore(cleanups);
    const { open } = await withTickets(store);
    const text = without().replace('      - name: 赵敏\n', '      - name: 孙悦\n        role: grid_worker\n        grids: [第二网格]\n      - name: 赵敏\n');
    const r = await importRoster(store, roster(text), { reassignTo: '孙悦' });
    expect(r.plan.errors).toEqual([]);
    const sun = (await staffByName(store.db, '孙悦'))!;
    expect((await ticketById(store.db, open.id))!.assigneeId).toBe(sun.id);
  });
});

describe('export', () => {
  async function roundTrip(store: Store) {
    const exported = await exportRoster(store.db, '和平街道');
    const viaYaml = loadRosterYamlText(rosterToYaml(exported));
    expect(viaYaml.issues.map(formatIssue)).toEqual([]);
    expect(viaYaml.roster).toEqual(exported);
    const before = await dump(store);
    expect((await importRoster(store, viaYaml.roster!)).plan.changes).toEqual([]);

    const dir = mkdtempSync(join(tmpdir(), 'roster-export-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const sheets = rosterToCsv(exported);
    for (const [name, text] of Object.entries(sheets)) writeFileSync(join(dir, `${name}.csv`), text);
    expect(loaded(dir)).toEqual(exported);
    expect((await importRoster(store, loaded(dir))).plan.changes).toEqual([]);
    expect(await dump(store)).toEqual(before);
  }

  it('export → import is a no-op on the demo', async () => {
    await roundTrip(await demoStore(cleanups));
  });

  it('export → import is a no-op with phones, loose buildings, odd names and quoting', async () => {
    const store = await emptyStore(cleanups);
    const text = `street: 和平街道
communities:
  - name: 幸福里社区
    grids:
      - name: 第一网格
        leader: 王建国
        buildings: [1, B, "12"]
      - name: 空网格
    buildings: [{ name: 门卫室 }]
    staff:
      - { name: 王建国, role: grid_leader, wechatName: "王组长, 老王", phone: "010-6521 3300" }
      - { name: 赵敏, role: office, wecomUserId: ZhaoMin }
    groups:
      - { channel: wechaty, id: "R@chat,1", topic: '门卫 "值班" 群', bind: 工作群 }
  - name: 阳光社区
`;
    const r = await importRoster(store, roster(text));
    expect(r.plan.errors).toEqual([]);
    const exported = await exportRoster(store.db, '和平街道');
    expect(exported.communities[0]!.staff[0]).toEqual({
      name: '王建国',
      role: 'grid_leader',
      grids: ['第一网格'],
      wechatName: '王组长, 老王',
      phone: '010-6521 3300',
    });
    expect(exported.communities[0]!.buildings).toEqual([{ name: '门卫室' }]);
    expect(exported.communities[1]).toEqual({ name: '阳光社区', grids: [], buildings: [], staff: [], groups: [] });
    await roundTrip(store);
  });
});
