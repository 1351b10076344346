/**
 * The roster names buildings' group-buy leads (团购长/楼长): in YAML as a
 * building's `leads`, in CSV as a staff.csv row with the role 团购长/楼长 and
 * its building. The plan lists lead changes, a lead the bot has not met is
 * registered as a resident of the building, the lead can then start a
 * collection in the simulator, and export writes the leads back (round trip).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { inbound, startTestBot, type TestBot } from '../helpers/app';
import { importRoster } from '../../src/roster/apply';
import { describeChange } from '../../src/roster/plan';
import { exportRoster } from '../../src/roster/export';
import { rosterToYaml } from '../../src/roster/yaml';
import { rosterToCsv } from '../../src/roster/csv';
import { loadRosterFile, loadRosterYamlText } from '../../src/roster/load';
import { formatIssue } from '../../src/roster/issues';
import type { Roster } from '../../src/roster/schema';
import { collectionErrorText } from '../../src/templates/collections';
import { EXAMPLE_CSV, exampleText, roster } from './helpers';
import { ADMIN, signIn } from '../console/support';

let t: TestBot | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await t?.stop();
  t = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const withLeads = (leads: string) => exampleText().replace('- { name: "3", units: 3 }', `- { name: "3", units: 3, leads: ${leads} }`);
const apply = (r: Roster, dryRun = false) => importRoster(t!.bot.store, r, { dryRun, channels: new Set(['simulator']) });
const leadsOf = async (building: string) =>
  (
    await t!.bot.store.execute<{ name: string }>(
      sql`SELECT p.name FROM building_leads l JOIN people p ON p.id = l.person_id JOIN buildings b ON b.id = l.building_id WHERE b.name = ${building} ORDER BY p.name`,
    )
  ).map((r) => r.name);
const collections = () => t!.bot.store.execute(sql`SELECT title, created_by AS "createdBy" FROM collections ORDER BY id`);

function csvDir(staffExtra: string, header = ',building'): string {
  const dir = mkdtempSync(join(tmpdir(), 'gridbot-leads-'));
  dirs.push(dir);
  for (const f of ['buildings.csv', 'groups.csv']) writeFileSync(join(dir, f), readFileSync(join(EXAMPLE_CSV, f)));
  const [head, ...rows] = readFileSync(join(EXAMPLE_CSV, 'staff.csv'), 'utf8').trimEnd().split(/\r?\n/);
  writeFileSync(join(dir, 'staff.csv'), [head + header, ...rows, ...staffExtra.split('\n').filter(Boolean)].join('\n') + '\n');
  return dir;
}

async function leadStarts(name: string, group: string) {
  const who = await t!.personNamed(name);
  await t!.say(group, who.id, '接龙 周末水果团购 截止明天20:00 选项：苹果(斤) 橙子(箱)');
  return who;
}

describe('group-buy leads in the roster', () => {
  it('YAML: the plan lists them, an unknown name becomes a resident, the lead starts a collection; export round-trips; leads: [] removes them', async () => {
    t = await startTestBot({ env: { GRIDBOT_ADMIN_TOKEN: ADMIN } });
    const file = roster(withLeads('[冯秀英, 钱新人]'));
    const dry = await apply(file, true);
    expect(dry.plan.errors).toEqual([]);
    expect(dry.plan.changes.map(describeChange)).toEqual([
      '+ 团购长 幸福里社区 3号楼：冯秀英',
      '+ 团购长 幸福里社区 3号楼：钱新人（本楼还没有这位居民，登记为本楼居民）',
    ]);
    expect(await leadsOf('3')).toEqual([]);
    expect((await apply(file)).applied).toBe(true);
    expect(await leadsOf('3')).toEqual(['冯秀英', '钱新人'].sort());
    expect(await t.personNamed('钱新人')).toMatchObject({ role: 'resident', building: '3' });
    // The same file again: nothing to do.
    expect((await apply(file)).plan.changes).toEqual([]);
    // The console's roster page shows them by their building.
    const s = await signIn(t.bot.app);
    expect((await t.bot.app.inject({ url: '/console/roster', headers: { cookie: s.cookie } })).body).toContain('3号楼（团购长 冯秀英、钱新人）');

    // The new lead (never seen in the group before) starts a group-buy in her building.
    await leadStarts('钱新人', 'sim-b3');
    expect((await t.groupTexts('sim-b3')).join('\n')).toContain('周末水果团购');
    expect(await collections()).toEqual([{ title: '周末水果团购', createdBy: '钱新人' }]);
    // …but not for another building.
    const qian = await t.personNamed('钱新人');
    await t.dm(qian.id, '接龙 五号楼团购 截止明天20:00 选项：苹果(斤) 范围：5号楼');
    expect((await t.directTexts(qian.id)).at(-1)).toContain(collectionErrorText.outside_building!({}));
    // A resident who is not a lead cannot.
    await leadStarts('郑海涛', 'sim-b3');
    expect(await collections()).toHaveLength(1);

    // Export writes the leads back; importing the export changes nothing.
    const exported = await exportRoster(t.bot.store.db, '和平街道');
    const b3 = exported.communities[0]!.grids.flatMap((g) => g.buildings).find((b) => b.name === '3')!;
    expect(b3.leads).toEqual(['冯秀英', '钱新人']);
    const yaml = rosterToYaml(exported);
    expect(yaml).toContain('leads: [ 冯秀英, 钱新人 ]');
    const back = loadRosterYamlText(yaml);
    expect(back.issues.map(formatIssue)).toEqual([]);
    expect((await apply(back.roster!)).plan.changes).toEqual([]);

    // An empty list clears the building's leads (the people stay residents).
    const cleared = await apply(roster(withLeads('[]')));
    expect(cleared.plan.changes.map(describeChange)).toEqual([
      '- 团购长 幸福里社区 3号楼：冯秀英 不再是团购长（居民身份保留）',
      '- 团购长 幸福里社区 3号楼：钱新人 不再是团购长（居民身份保留）',
    ]);
    expect(await leadsOf('3')).toEqual([]);
    await leadStarts('钱新人', 'sim-b3');
    expect(await collections()).toHaveLength(1);
  });

  it('a lead named only in the roster is recognised by her name on her first message in her building group (once)', async () => {
    t = await startTestBot();
    expect((await apply(roster(withLeads('[钱新人]')))).applied).toBe(true);
    const id = (await t.personNamed('钱新人')).id;
    const personId = Number(/^person-(\d+)$/.exec(id)![1]);
    const say = async (senderId: string, groupId: string, text: string) => {
      const topic = (await t!.groups()).find((g) => g.id === groupId)!.name;
      await t!.bot.runtime.accept(inbound({ groupId, groupTopic: topic, senderId, senderName: '钱新人', text }));
      await t!.bot.settle();
    };
    // In another building's group the name means nothing: she is a new resident there.
    await say('wx-qian-elsewhere', 'sim-b5', '接龙 周末水果团购 截止明天20:00 选项：苹果(斤)');
    expect(await collections()).toEqual([]);
    await say('wx-qian', 'sim-b3', '接龙 周末水果团购 截止明天20:00 选项：苹果(斤)');
    expect(await collections()).toEqual([{ title: '周末水果团购', createdBy: '钱新人' }]);
    const [linked] = await t.bot.store.execute(sql`SELECT person_id AS p FROM identities WHERE external_id = 'wx-qian'`);
    expect(linked).toEqual({ p: personId });
    // A second account with the same name is not her: a new resident, who may not start one.
    await say('wx-qian-2', 'sim-b3', '接龙 另一个团购 截止明天20:00 选项：苹果(斤)');
    expect(await collections()).toHaveLength(1);
    const [other] = await t.bot.store.execute<{ p: number }>(sql`SELECT person_id AS p FROM identities WHERE external_id = 'wx-qian-2'`);
    expect(other!.p).not.toBe(personId);
  });

  it('a roster without leads keeps the leads named in chat (设团购长)', async () => {
    t = await startTestBot();
    const zhang = await t.personNamed('张丽');
    const feng = await t.personNamed('冯秀英');
    await t.say('sim-b3', zhang.id, '设团购长 冯秀英');
    expect(await leadsOf('3')).toEqual(['冯秀英']);
    expect((await apply(roster(exampleText()))).plan.changes).toEqual([]);
    expect(await leadsOf('3')).toEqual(['冯秀英']);
    expect((await exportRoster(t.bot.store.db, '和平街道')).communities[0]!.grids[0]!.buildings.find((b) => b.name === '3')!.leads).toEqual(['冯秀英']);
  });

  it('CSV: a 楼长/团购长 row with its building names the lead, who starts a collection; export as CSV round-trips', async () => {
    t = await startTestBot();
    const loaded = loadRosterFile(csvDir('幸福里社区,何俊,楼长,,,,,3号楼\n幸福里社区,孙阿姨,团购长,,,,,5'));
    expect(loaded.issues.map(formatIssue)).toEqual([]);
    const r = await apply(loaded.roster!);
    expect(r.plan.changes.map(describeChange)).toEqual([
      '+ 团购长 幸福里社区 3号楼：何俊',
      '+ 团购长 幸福里社区 5号楼：孙阿姨（本楼还没有这位居民，登记为本楼居民）',
    ]);
    expect(r.applied).toBe(true);
    // Leads are not staff: nobody was added to or removed from the staff.
    expect(await t.bot.store.execute(sql`SELECT count(*) AS n FROM people WHERE role <> 'resident' AND active = 1`)).toEqual([{ n: 4 }]);

    await leadStarts('何俊', 'sim-b3');
    await leadStarts('孙阿姨', 'sim-b5');
    expect(await collections()).toEqual([
      { title: '周末水果团购', createdBy: '何俊' },
      { title: '周末水果团购', createdBy: '孙阿姨' },
    ]);

    const sheets = rosterToCsv(await exportRoster(t.bot.store.db, '和平街道'));
    expect(sheets.staff).toContain('幸福里社区,何俊,团购长,,,,,3');
    expect(sheets.staff.split('\r\n')[0]).toBe('\uFEFFcommunity,name,role,grids,wechatName,wecomUserId,phone,building');
    const dir = mkdtempSync(join(tmpdir(), 'gridbot-leads-'));
    dirs.push(dir);
    for (const [k, v] of Object.entries(sheets)) writeFileSync(join(dir, `${k}.csv`), v);
    const again = loadRosterFile(dir);
    expect(again.issues.map(formatIssue)).toEqual([]);
    expect((await apply(again.roster!)).plan.changes).toEqual([]);
  });

  it('CSV: refuses a lead without a building, an unknown building, staff columns on a lead, and a building on staff — with places', () => {
    const bad = loadRosterFile(
      csvDir('幸福里社区,何俊,楼长,,,,,\n幸福里社区,冯秀英,团购长,,,,,9\n幸福里社区,郑海涛,团购长,第一网格,,,,3\n幸福里社区,孙悦,grid_worker,第一网格,,,,3'),
    );
    const lines = bad.issues.map(formatIssue);
    expect(lines).toEqual([
      expect.stringMatching(/^staff\.csv 第 6 行 第 8 列（building）: 团购长（楼长）要写楼栋/),
      expect.stringMatching(/^staff\.csv 第 7 行 第 8 列（building）: 楼栋 "9" 不在 buildings\.csv 的 幸福里社区 里/),
      expect.stringMatching(/^staff\.csv 第 8 行 第 4 列（grids）: 团购长（楼长）一行只填社区、姓名、角色和楼栋/),
      expect.stringMatching(/^staff\.csv 第 9 行 第 8 列（building）: 楼栋一列只给团购长（楼长）填/),
    ]);
    expect(bad.roster).toBeUndefined();
  });

  it('YAML: two residents of the building with the lead’s name are refused, with the place; nothing written', async () => {
    t = await startTestBot();
    const { store } = t.bot;
    const [b3] = await store.execute<{ id: number; c: number }>(sql`SELECT id, community_id AS c FROM buildings WHERE name = '3'`);
    for (let i = 0; i < 2; i++) {
      await store.execute(sql`INSERT INTO people (name, role, community_id, building_id, active, created_at) VALUES ('王芳', 'resident', ${b3!.c}, ${b3!.id}, 1, 0)`);
    }
    const r = await apply(roster(withLeads('[王芳]')));
    expect(r.plan.errors.map(formatIssue)).toEqual([expect.stringContaining('3号楼有 2 位居民叫「王芳」')]);
    expect(r.plan.errors[0]!.path).toEqual(['communities', 0, 'grids', 0, 'buildings', 2, 'leads', 0]);
    expect(r.applied).toBe(false);
    expect(await leadsOf('3')).toEqual([]);
  });
});
