import { afterEach, describe, expect, it } from 'vitest';
import { startSlaBot, type SlaBot } from './support';
import { inbound } from '../helpers/app';
import { ticketById } from '../../src/store/repos/tickets';
import { parseSlaCommand } from '../../src/core/sla/commands';
import { fmtDue } from '../../src/templates/sla';

let b: SlaBot | undefined;
afterEach(async () => {
  await b?.stop();
  b?.cleanup();
  b = undefined;
});

const SLA = `quietHours: off
departments:
  - { name: 物业服务中心, aliases: [物业], wecomUserIds: [WuYe01] }
  - { name: 供水, resolve: 3d }
`;

/** A message in a group the simulator API does not list (a department's own WeChat group), fed to the runtime. */
async function inGroup(bot: SlaBot, groupId: string, senderId: string, senderName: string, text: string) {
  await bot.bot.runtime.accept(inbound({ groupId, groupTopic: '幸福里物业服务群', senderId, senderName, text, sentAt: bot.clock.now() }));
  await bot.bot.settle();
}

describe('转部门 (pure parse)', () => {
  it('reads the ticket, the department and the note', () => {
    expect(parseSlaCommand('转部门 12 物业 请尽快派人')).toEqual({ verb: 'to_department', ticket: 12, department: '物业', note: '请尽快派人' });
    expect(parseSlaCommand('转部门#12 供水，水压低')).toEqual({ verb: 'to_department', ticket: 12, department: '供水', note: '水压低' });
    expect(parseSlaCommand('转部门')).toEqual({ verb: 'dept_usage' });
  });
});

describe('社区吹哨、部门报到', () => {
  it('a hand-off answered from the department’s own group reaches the resident and the owner, and stops its clock', async () => {
    b = await startSlaBot({ start: '2026-12-07 09:00', sla: SLA });
    const zheng = await b.id('郑海涛');
    const zhang = await b.id('张丽');
    const wang = await b.id('王建国');
    await b.say('sim-b3', zheng, '3号楼2单元楼道灯坏了');
    await b.dm(zhang, '接单 1');

    // The department's WeChat group is bound by staff in it.
    await inGroup(b, 'sim-dept-wy', wang, '王组长', '绑定 部门 物业');
    expect((await b.groupTexts('sim-dept-wy')).at(-1)).toContain('已将「幸福里物业服务群」绑定为物业服务中心的工作群');

    await b.dm(zhang, '转部门 1 物业 楼道灯线路老化，请尽快派电工');
    expect((await b.dmTexts('张丽')).at(-1)).toContain('工单 #1 已转交物业服务中心，部门办理时限 12-28 24:00');
    const card = (await b.groupTexts('sim-dept-wy')).at(-1)!;
    expect(card).toContain('【部门报到】工单 #1');
    expect(card).toContain('回复「进度 1 说明」');
    expect((await b.groupTexts('sim-b3')).at(-1)).toContain('工单 #1 已转交物业服务中心处理');
    const t = (await ticketById(b.bot.store.db, 1))!;
    expect(fmtDue(t.deptDueAt!)).toBe('12-28 24:00'); // 15 working days
    expect(t.assigneeId).not.toBeNull();

    // Someone from the department (not in the roster) answers in their group.
    b.clock.set(new Date(b.clock.now().getTime() + 3_600_000));
    await inGroup(b, 'sim-dept-wy', 'wy-xiaoliu', '物业小刘', '进度 1 电工下午两点到');
    expect((await b.groupTexts('sim-dept-wy')).at(-1)).toContain('已记录工单 #1 的进展');
    expect((await b.groupTexts('sim-b3')).at(-1)).toBe('@郑海涛 工单 #1 最新进展（物业服务中心）：电工下午两点到');
    expect((await b.dmTexts('张丽')).at(-1)).toBe('物业服务中心回复了工单 #1：电工下午两点到');
    expect((await ticketById(b.bot.store.db, 1))!.deptAnsweredAt).toEqual(b.clock.now());

    await inGroup(b, 'sim-dept-wy', 'wy-xiaoliu', '物业小刘', '办结 1 已更换线路');
    expect((await b.dmTexts('张丽')).at(-1)).toContain('请核实后回复「办结 1 结果」');
    expect((await ticketById(b.bot.store.db, 1))!.status).toBe('claimed'); // the owner closes it
    // Chatter in the department group is not a report or a command.
    await inGroup(b, 'sim-dept-wy', 'wy-xiaoliu', '物业小刘', '今天电梯也要检修');
    expect((await b.groupTexts('sim-dept-wy')).at(-1)).toContain('已记录工单 #1 处理完毕');
    // A ticket not handed to them.
    await b.say('sim-b3', zheng, '3号楼1单元门口垃圾没人清理');
    await inGroup(b, 'sim-dept-wy', 'wy-xiaoliu', '物业小刘', '进度 2 我们去看看');
    expect((await b.groupTexts('sim-dept-wy')).at(-1)).toContain('工单 #2 没有转交给物业服务中心');

    await b.dm(zhang, '查 1');
    const show = (await b.dmTexts('张丽')).at(-1)!;
    expect(show).toContain('部门：物业服务中心　部门时限 12-28 24:00（已回复）');
    expect(show).toContain('部门进展：物业服务中心 物业小刘：电工下午两点到');
    await b.dm(zhang, '办结 1 物业已更换线路，已核实');
    expect((await ticketById(b.bot.store.db, 1))!.status).toBe('resolved');

    await b.dm(zhang, '转部门 2 城管 占道');
    expect((await b.dmTexts('张丽')).at(-1)).toContain('没有找到部门「城管」。可用的部门：物业服务中心、供水');
  });
});

describe('departments in the reports', () => {
  it('a department row with its own 按时响应率', async () => {
    b = await startSlaBot({ start: '2026-12-07 09:00', sla: SLA });
    const zhang = await b.id('张丽');
    await b.say('sim-b3', await b.id('郑海涛'), '3号楼2单元楼道灯坏了');
    await b.say('sim-b3', await b.id('冯秀英'), '3号楼1单元门口垃圾没人清理');
    await inGroup(b, 'sim-dept-gs', await b.id('王建国'), '王组长', '绑定 部门 供水');
    await b.dm(zhang, '转部门 1 供水 水管');
    await b.dm(zhang, '转部门 2 供水 另一处'); // due 24:00 12-10 (3 working days)
    await inGroup(b, 'sim-dept-gs', 'gs-1', '供水老周', '进度 1 明早到');
    b.clock.set(new Date('2026-12-31T04:00:00Z'));
    const r = JSON.parse((await b.api('GET', '/api/reports/monthly?period=2026-12')).body);
    expect(r.departments).toHaveLength(1);
    expect(r.departments[0]).toMatchObject({ name: '供水', received: 2, dueDept: 2, deptAnsweredOnTime: 1, deptOnTime: 0.5 });
    expect(r.total.deptOnTime).toBe(0.5);
  });
});

describe('a department that does not answer', () => {
  it('gets a 催办 at 80% of its time, then 超期 goes to it, the owner and the grid leader, once', async () => {
    b = await startSlaBot({ start: '2026-12-07 09:00', sla: SLA });
    const zhang = await b.id('张丽');
    await b.say('sim-b3', await b.id('郑海涛'), '3号楼2单元楼道灯坏了');
    await b.dm(zhang, '接单 1');
    await inGroup(b, 'sim-dept-gs', await b.id('王建国'), '王组长', '绑定 部门 供水');
    await b.dm(zhang, '转部门 1 供水 水管');
    expect(fmtDue((await ticketById(b.bot.store.db, 1))!.deptDueAt!)).toBe('12-10 24:00'); // 3 working days
    // Monday 09:00 → Thursday 24:00 is 87 working hours; 80% = 69.6 h → Thursday 06:36.
    await b.until('2026-12-10 06:35');
    expect((await b.groupTexts('sim-dept-gs')).filter((x) => x.includes('【催办】'))).toHaveLength(0);
    await b.until('2026-12-10 06:37');
    expect((await b.groupTexts('sim-dept-gs')).filter((x) => x.includes('【催办】转交供水的工单 #1'))).toHaveLength(1);
    await b.until('2026-12-11 00:01');
    expect((await b.groupTexts('sim-dept-gs')).filter((x) => x.includes('【超期】转交供水'))).toHaveLength(1);
    expect((await b.dmTexts('张丽')).filter((x) => x.includes('【部门超期】工单 #1'))).toHaveLength(1);
    expect((await b.dmTexts('王建国')).filter((x) => x.includes('【部门超期】工单 #1'))).toHaveLength(1);
    await b.until('2026-12-12 00:01');
    expect((await b.groupTexts('sim-dept-gs')).filter((x) => x.includes('供水的工单 #1'))).toHaveLength(2);
  });

  it('an answer stops the department ladder', async () => {
    b = await startSlaBot({ start: '2026-12-07 09:00', sla: SLA });
    const zhang = await b.id('张丽');
    await b.say('sim-b3', await b.id('郑海涛'), '3号楼2单元楼道灯坏了');
    await inGroup(b, 'sim-dept-gs', await b.id('王建国'), '王组长', '绑定 部门 供水');
    await b.dm(zhang, '转部门 1 供水 水管');
    await inGroup(b, 'sim-dept-gs', 'gs-1', '供水老周', '进度 1 明早到');
    await b.until('2026-12-11 00:01');
    expect((await b.groupTexts('sim-dept-gs')).filter((x) => x.includes('【催办】') || x.includes('【超期】'))).toHaveLength(0);
  });
});
