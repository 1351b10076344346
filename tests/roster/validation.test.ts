import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRosterFile, loadRosterYamlText } from '../../src/roster/load';
import { formatIssue } from '../../src/roster/issues';
import { importRoster } from '../../src/roster/apply';
import { insertTicket } from '../../src/store/repos/tickets';
import { staffByName } from '../../src/store/repos/people';
import { createGroup } from '../../src/store/repos/groups';
import { demoStore, dump, exampleText, roster, TICKET_BASE, type Cleanups } from './helpers';

const cleanups: Cleanups = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** One file with every kind of mistake; line numbers matter, so keep the layout. */
const BAD = `street: 和平街道
communities:
  - name: 幸福里社区
    grids:
      - name: 第一网格
        leader: 王建国
        buildings: [1, 2, 3]
      - name: 第二网格
        leader: 张丽
        buildings:
          - 4
          - 3号楼
          - { name: "5", units: 0 }
      - name: 第二网格
        leader: 钱七
    staff:
      - name: 张丽
        role: grid_worker
        grids: [第一网格, 第九网格]
        wechatName: 张网格
        wecomUserId: ZhangLi
      - name: 李强
        role: 网格员
        grids: [第二网格]
        wechatName: 张网格
        wecomUserId: ZhangLi
      - name: 王建国
        role: boss
        phone: call me
      - role: office
        wechatname: 赵敏
      - name: 张丽
        role: office
        wecomUserId: "bad id!"
    groups:
      - { channel: simulator, id: sim-b1, bind: "9" }
      - { channel: qq, id: x1, bind: "1" }
      - { channel: wechaty, bind: "1" }
      - { channel: simulator, id: sim-b1, bind: "2" }
  - name: 幸福里社区
`;

describe('validation', () => {
  it('reports every error kind at once, each with its path and line, and writes nothing', () => {
    const r = loadRosterYamlText(BAD, 'bad.yaml');
    expect(r.roster).toBeUndefined();
    const lines = r.issues.map(formatIssue);
    const expected = [
      // shape (zod), item by item
      'communities[0].grids[1].buildings[2].units（bad.yaml 第 13 行）: 单元数至少为 1',
      'communities[0].staff[2].role（bad.yaml 第 28 行）: 角色应为',
      'communities[0].staff[2].phone（bad.yaml 第 29 行）: 电话格式不对',
      'communities[0].staff[3].name（bad.yaml 第 30 行）: 缺少此项',
      'communities[0].staff[3]（bad.yaml 第 30 行）: 未知字段 "wechatname"',
      'communities[0].staff[4].wecomUserId（bad.yaml 第 34 行）: 企业微信账号只能含字母',
      'communities[0].groups[1].channel（bad.yaml 第 37 行）: 渠道应为',
      'communities[0].groups[2]（bad.yaml 第 38 行）: 群要写 id 或 topic',
      // cross references
      'communities[1]（bad.yaml 第 40 行）: 社区 "幸福里社区" 出现了两次（另见 communities[0]）',
      'communities[0].grids[2]（bad.yaml 第 14 行）: 网格 "第二网格" 在 幸福里社区 中出现了两次（另见 communities[0].grids[1]）',
      'communities[0].grids[1].buildings[1]（bad.yaml 第 12 行）: 楼栋 "3" 在 幸福里社区 中出现了两次（另见 communities[0].grids[0].buildings[2]）',
      'communities[0].staff[4]（bad.yaml 第 32 行）: 人员 "张丽" 在 幸福里社区 中出现了两次',
      'communities[0].grids[1].leader（bad.yaml 第 9 行）: 网格长 "张丽" 的角色是 grid_worker，应为 grid_leader',
      'communities[0].grids[2].leader（bad.yaml 第 15 行）: 网格长 "钱七" 不在 幸福里社区 的人员名单（staff）中',
      'communities[0].staff[0].grids[1]（bad.yaml 第 19 行）: 网格 "第九网格" 不在 幸福里社区 中',
      'communities[0].groups[0].bind（bad.yaml 第 36 行）: 楼栋 "9" 不在 幸福里社区 中，无法绑定',
      'communities[0].staff[1].wecomUserId（bad.yaml 第 26 行）: 企业微信账号 "ZhangLi" 重复（另见 communities[0].staff[0]）',
      'communities[0].staff[1].wechatName（bad.yaml 第 25 行）: 微信名 "张网格" 重复',
      'communities[0].groups[3].id（bad.yaml 第 39 行）: 群 id "sim-b1" 写了两次（另见 communities[0].groups[0]）',
    ];
    for (const e of expected) expect(lines.some((l) => l.startsWith(e)), `${e}\n--- got ---\n${lines.join('\n')}`).toBe(true);
    expect(lines).toHaveLength(expected.length);
  });

  it('rejects a file that is not YAML, with its line', () => {
    const r = loadRosterYamlText('street: 和平街道\ncommunities:\n  - name: [unclosed\n', 'broken.yaml');
    expect(r.roster).toBeUndefined();
    expect(r.issues.map(formatIssue)[0]).toMatch(/^broken\.yaml 第 \d 行: YAML 格式错误/);
  });

  it('maps CSV errors to file, line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roster-csv-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(
      join(dir, 'buildings.csv'),
      '\uFEFFstreet,community,grid,leader,building,units\n和平街道,幸福里社区,第一网格,王建国,1,3\n和平街道,幸福里社区,第一网格,王建国,1,x\n',
    );
    writeFileSync(
      join(dir, 'staff.csv'),
      'name,role,grids,wechatName,wecomUserId\n王建国,grid_leader,第一网格,王组长,W1\n张丽,nurse,第一网格;第三网格,张网格,W1\n',
    );
    writeFileSync(join(dir, 'groups.csv'), 'channel,id,topic,bind\nwechaty,r1,"1号楼,业主群",7\n');
    const r = loadRosterFile(join(dir, 'staff.csv'));
    expect(r.format).toBe('csv');
    const lines = r.issues.map(formatIssue);
    for (const e of [
      'buildings.csv 第 3 行 第 6 列（units）: 单元数应为正整数',
      'buildings.csv 第 3 行: 楼栋 "1" 在 幸福里社区 中出现了两次（另见 buildings.csv 第 2 行）',
      'staff.csv 第 3 行 第 2 列（role）: 角色应为',
      'staff.csv 第 3 行 第 3 列（grids）: 网格 "第三网格" 不在 幸福里社区 中',
      'staff.csv 第 3 行 第 5 列（wecomUserId）: 企业微信账号 "W1" 重复（另见 staff.csv 第 2 行）',
      'groups.csv 第 2 行 第 4 列（bind）: 楼栋 "7" 不在 幸福里社区 中',
    ]) {
      expect(lines.some((l) => l.startsWith(e)), `${e}\n--- got ---\n${lines.join('\n')}`).toBe(true);
    }
    // The office edits sheets, not a tree: no YAML paths like communities[0].grids[0].buildings[2].
    expect(lines.filter((l) => l.includes('communities'))).toEqual([]);
  });

  it('refuses an import whose store-side problems are all listed, leaving every other change unwritten', async () => {
    const store = await demoStore(cleanups);
    const li = (await staffByName(store.db, '李强'))!;
    const resident = (await store.db.query.people.findFirst({ where: (p, { eq }) => eq(p.name, '郑海涛') }))!;
    await insertTicket(store.db, { ...TICKET_BASE, status: 'claimed', reporterId: resident.id, assigneeId: li.id });
    await createGroup(store.db, { channel: 'wechaty', externalId: 'r-a', topic: '同名群', kind: 'unbound' });
    await createGroup(store.db, { channel: 'wechaty', externalId: 'r-b', topic: '同名群', kind: 'unbound' });
    const before = await dump(store);

    // Renames 张丽 (fine on its own), drops 李强 (holds a ticket) and building 6 (has residents and a group),
    // binds a group by an unknown topic and one by an ambiguous topic.
    const text = exampleText()
      .replace('name: 张丽', 'name: 张丽丽')
      .replace(/      - name: 李强\n(        .*\n){4}/, '')
      .replace('grids: [第一网格, 第二网格]', 'grids: [第一网格, 第二网格]')
      .replace('          - { name: "6", units: 3 }\n', '')
      .replace('      - { channel: simulator, id: sim-b6, topic: 幸福里6号楼业主群, bind: "6" }\n', '')
      .concat('      - { channel: wechaty, topic: 没见过的群, bind: "1" }\n      - { channel: wechaty, topic: 同名群, bind: "2" }\n');
    const result = await importRoster(store, roster(text));
    expect(result.applied).toBe(false);
    const lines = result.plan.errors.map(formatIssue);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^李强（网格员，幸福里社区）不在名册中将被停用，但还有未办结工单 #1：请用 --reassign-to/),
        expect.stringMatching(/^楼栋 6号楼（幸福里社区）不在文件中，但还有 2 位居民、1 个居民群，不能删除/),
        expect.stringMatching(/^communities\[0\]\.groups\[6\]\.topic: 机器人还没见过群「没见过的群」/),
        expect.stringMatching(/^communities\[0\]\.groups\[7\]\.topic: 有 2 个群都叫「同名群」/),
      ]),
    );
    expect(lines).toHaveLength(4);
    expect(await dump(store)).toEqual(before);
  });
});
