import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildingById } from '../../src/store/repos/area';
import { createGroup, groupByExternal } from '../../src/store/repos/groups';
import { personByIdentity } from '../../src/store/repos/people';
import { inbound, startTestBot, type SimPerson, type TestBot } from '../helpers/app';

let t: TestBot;
let zhang: SimPerson; // grid worker
let zhao: SimPerson; // office
let liu: SimPerson; // resident of building 1

const NEW = 'sim-new';
const TOPIC = '幸福里新楼道群';

beforeEach(async () => {
  // No restart in these tests: an in-memory store keeps them fast.
  t = await startTestBot({ dbPath: ':memory:' });
  zhang = await t.personNamed('张丽');
  zhao = await t.personNamed('赵敏');
  liu = await t.personNamed('刘阿姨');
  // A group the bot has just been added to: known to the store, tied to nothing yet.
  await createGroup(t.bot.store.db, { channel: 'simulator', externalId: NEW, topic: TOPIC, kind: 'unbound' });
});
afterEach(async () => {
  await t.stop();
});

const simGroup = async (id: string) => (await t.groups()).find((g) => g.id === id);

describe('绑定 in a new group', () => {
  it('a grid worker binds it to a building', async () => {
    expect(await simGroup(NEW)).toEqual({ id: NEW, name: TOPIC, kind: 'unbound', building: null });
    await t.say(NEW, zhang.id, '绑定 3号楼');
    expect(await t.groupTexts(NEW)).toEqual([`已将「${TOPIC}」绑定为 3号楼 居民群。`]);
    expect(await simGroup(NEW)).toEqual({ id: NEW, name: TOPIC, kind: 'building', building: '3' });
    expect((await groupByExternal(t.bot.store.db, 'simulator', NEW))?.communityId).toEqual(expect.any(Number));

    // Once bound, someone new writing there becomes a resident of building 3.
    await t.bot.runtime.accept(inbound({ groupId: NEW, senderId: 'wx-new', senderName: '新邻居', text: '大家好' }));
    await t.bot.settle();
    const newcomer = await personByIdentity(t.bot.store.db, 'simulator', 'wx-new');
    expect(newcomer?.role).toBe('resident');
    expect((await buildingById(t.bot.store.db, newcomer!.buildingId!))?.name).toBe('3');
  });

  it.each([
    ['绑定 三号楼', '3'],
    ['绑定5栋', '5'],
    ['綁定 ６号楼', '6'],
  ])('understands %j', async (text, building) => {
    await t.say(NEW, zhang.id, text);
    expect(await simGroup(NEW)).toMatchObject({ kind: 'building', building });
  });

  it('绑定 工作群 makes it the workers’ group', async () => {
    await t.say(NEW, zhao.id, '绑定 工作群');
    expect(await t.groupTexts(NEW)).toEqual([`已将「${TOPIC}」绑定为网格工作群。`]);
    expect(await simGroup(NEW)).toEqual({ id: NEW, name: TOPIC, kind: 'workers', building: null });
  });

  it('refuses a resident, and leaves the group unbound', async () => {
    await t.say(NEW, liu.id, '绑定 1号楼');
    const [reply] = await t.groupTexts(NEW);
    expect(reply).toMatch(/只有网格员/);
    expect(await simGroup(NEW)).toMatchObject({ kind: 'unbound', building: null });
  });

  it('answers an unknown building with the buildings it knows', async () => {
    await t.say(NEW, zhang.id, '绑定 9号楼');
    const replies = await t.groupTexts(NEW);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('1、2、3、4、5、6');
    expect(replies[0]).toMatch(/9/);
    // "9号楼" must not come out as "9号楼号楼".
    expect(replies[0]).not.toMatch(/号楼.?号楼/);
    expect(await simGroup(NEW)).toMatchObject({ kind: 'unbound' });
  });

  it('explains the usage when the argument is missing', async () => {
    await t.say(NEW, zhang.id, '绑定');
    expect(await t.groupTexts(NEW)).toEqual([expect.stringContaining('绑定 3号楼')]);
  });

  it('is refused in a direct chat', async () => {
    await t.dm(zhang.id, '绑定 3号楼');
    expect(await t.directTexts(zhang.id)).toEqual([expect.stringContaining('群里')]);
    expect(await simGroup(NEW)).toMatchObject({ kind: 'unbound' });
  });

  it('stays silent in an unbound group for anything else', async () => {
    await t.say(NEW, liu.id, '楼道灯坏了');
    await t.say(NEW, zhang.id, '大家好');
    expect(await t.groupTexts(NEW)).toEqual([]);
  });

  it('does not answer a resident whose question merely starts with 绑定', async () => {
    // An ordinary question for later handlers (FAQ), not a bind command: the bot must not refuse it.
    await t.say('sim-b1', liu.id, '绑定社保卡需要带什么材料');
    await t.dm(liu.id, '绑定银行卡怎么弄');
    // (Later handlers may answer them; the bind refusal must not.)
    expect(await t.groupTexts('sim-b1')).not.toContainEqual(expect.stringMatching(/只有网格员|绑定/));
    expect(await t.directTexts(liu.id)).not.toContainEqual(expect.stringMatching(/只有网格员|绑定/));
    // ...while a resident who does try to bind a group is still refused.
    await t.say('sim-b1', liu.id, '绑定 工作群');
    expect(await t.groupTexts('sim-b1')).toContainEqual(expect.stringMatching(/只有网格员/));
  });

  it('re-binds an already bound group', async () => {
    await t.say('sim-b1', zhang.id, '绑定 2号楼');
    expect(await simGroup('sim-b1')).toMatchObject({ kind: 'building', building: '2' });
  });
});

describe('a group first seen in a message', () => {
  it('is recorded as unbound by identify, then bound by a worker', async () => {
    const groupId = 'room-fresh';
    await t.bot.runtime.accept(inbound({ groupId, groupTopic: '幸福里7号楼群', senderId: liu.id, senderName: liu.name, text: '有人吗' }));
    await t.bot.settle();
    expect(await simGroup(groupId)).toEqual({ id: groupId, name: '幸福里7号楼群', kind: 'unbound', building: null });

    // Staff are recognised by their WeChat display name the first time they write on a channel
    // (here: pretend 张丽 has never written on this channel before).
    await t.bot.store.execute(sql`DELETE FROM identities WHERE channel = 'simulator' AND display_name = '张丽'`);
    await t.bot.runtime.accept(inbound({ groupId, groupTopic: '幸福里7号楼群', senderId: 'wx-zhang', senderName: '张网格', text: '绑定 4号楼' }));
    await t.bot.settle();
    expect(await simGroup(groupId)).toMatchObject({ kind: 'building', building: '4' });
    expect(await t.groupTexts(groupId)).toEqual([expect.stringContaining('4号楼')]);
  });

  it('does not link a second account that takes a staff display name', async () => {
    const groupId = 'room-impostor';
    // 张丽 already has her simulator account; someone else renames themselves 张网格.
    await t.bot.runtime.accept(inbound({ groupId, groupTopic: '冒名群', senderId: 'wx-fake', senderName: '张网格', text: '绑定 4号楼' }));
    await t.bot.settle();
    expect(await simGroup(groupId)).toMatchObject({ kind: 'unbound' });
    const [linked] = await t.bot.store.execute<{ n: number }>(sql`SELECT count(*) AS n FROM identities WHERE external_id = 'wx-fake'`);
    expect(Number(linked!.n)).toBe(0);
  });
});
