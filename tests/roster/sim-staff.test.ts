/**
 * Staff added by the roster, in the simulator and in real life: they are
 * people the simulator can act as (they have no simulator account until they
 * first write, like a real worker has no WeChat contact with the bot), and
 * while the bot cannot reach one directly, a ticket assigned to them is
 * reported to the grid leader and /healthz counts them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/app';
import { importRoster } from '../../src/roster/apply';
import { exampleText, roster } from './helpers';

let t: TestBot | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

/** The demo with 李强 (第二网格's worker) replaced by 孙悦, who has never written to the bot. */
async function withNewWorker(): Promise<TestBot> {
  const bot = await startTestBot();
  const text = exampleText().replace('name: 李强', 'name: 孙悦').replace('wechatName: 李网格', 'wechatName: 孙网格').replace('wecomUserId: LiQiang', 'wecomUserId: SunYue');
  const r = await importRoster(bot.bot.store, roster(text), { channels: new Set(['simulator']) });
  expect(r.plan.errors).toEqual([]);
  expect(r.applied).toBe(true);
  return bot;
}

async function health(bot: TestBot): Promise<any> {
  return (await bot.bot.app.inject({ method: 'GET', url: '/healthz' })).json();
}

describe('roster staff in the simulator, and staff the bot cannot reach yet', () => {
  it('/sim/people lists roster staff, who can write in groups and directly', async () => {
    t = await withNewWorker();
    const sun = await t.personNamed('孙悦');
    expect(sun).toMatchObject({ role: 'grid_worker', building: null, wecomUserId: 'SunYue', reachable: false });
    // Deactivated staff are not offered.
    expect((await t.people()).some((p) => p.name === '李强')).toBe(false);

    await t.dm(sun.id, '我的');
    expect((await t.directTexts(sun.id)).join('\n')).toMatch(/没有|工单/);
    // Having written, the bot knows her: same id, now reachable, and recognised as staff.
    const again = await t.personNamed('孙悦');
    expect(again).toMatchObject({ id: sun.id, reachable: true });
    await t.say('sim-workers', sun.id, '帮助');
    expect((await t.groupTexts('sim-workers')).join('\n')).toContain('接单');
  });

  it('a ticket assigned to an unreachable worker is reported to the grid leader; /healthz counts such staff', async () => {
    t = await withNewWorker();
    const before = await health(t);
    expect(before.staff).toEqual({ active: 4, unreachable: 1, unreachableNames: ['孙悦'] });

    const resident = (await t.people()).find((p) => p.role === 'resident' && p.building === '5')!;
    await t.say('sim-b5', resident.id, '5号楼2单元电梯坏了');
    const wang = await t.personNamed('王建国');
    const told = (await t.directTexts(wang.id)).join('\n');
    expect(told).toContain('#1');
    expect(told).toContain('孙悦');
    expect(told).toContain('联系不上');

    const sun = await t.personNamed('孙悦');
    await t.dm(sun.id, '我的');
    expect((await t.directTexts(sun.id)).join('\n')).toContain('#1');
    expect((await health(t)).staff).toEqual({ active: 4, unreachable: 0, unreachableNames: [] });
  });

  it('a reachable assignee causes no such report', async () => {
    t = await startTestBot();
    const resident = (await t.people()).find((p) => p.role === 'resident' && p.building === '5')!;
    await t.say('sim-b5', resident.id, '5号楼2单元电梯坏了');
    const wang = await t.personNamed('王建国');
    expect((await t.directTexts(wang.id)).join('\n')).not.toContain('联系不上');
    expect((await health(t)).staff.unreachable).toBe(0);
  });
});
