/**
 * The ticket lifecycle end to end, through the simulator's HTTP API: residents
 * in their building groups, workers in direct chats and the workers' group.
 * Demo community: grid 1 = buildings 1–3 (张丽), grid 2 = 4–6 (李强), leader 王建国.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/app';
import { personByIdentity } from '../../src/store/repos/people';
import {
  cast,
  directSince,
  events,
  groupSince,
  onlyReply,
  post,
  report,
  testClock,
  ticket,
  ticketCount,
  ticketNo,
  WORKERS,
  type Cast,
} from './support';

const B3 = 'sim-b3';
const DAY = 24 * 60 * 60_000;

let t: TestBot;
let c: Cast;
let clock: ReturnType<typeof testClock>;

beforeEach(async () => {
  clock = testClock();
  t = await startTestBot({ gridbot: { now: clock.now } });
  c = await cast(t);
});
afterEach(async () => {
  await t.stop();
});

const dbId = async (who: { id: string }) => (await personByIdentity(t.bot.store.db, 'simulator', who.id))!.id;

describe('a report, from the group to a resolved ticket', () => {
  it('ack → worker told → 接单 → 进度 → 办结, each seen by the resident', async () => {
    const s1 = await post(t, B3, c.zheng, '3号楼2单元楼道灯坏了，晚上太黑');
    const [ack, ...extra] = await groupSince(t, B3, s1);
    expect(extra).toEqual([]);
    expect(ack!.mentions).toEqual([c.zheng.id]);
    const n = ticketNo(ack!.text);
    expect(ack!.text).toContain(`#${n}`);
    expect(ack!.text).toContain('设施报修');
    expect(ack!.text).toContain('3号楼2单元');
    expect(ack!.text).toContain('张丽');

    // The worker hears about it directly (with the resident's words) and in the workers' group.
    const [dm, ...moreDms] = await directSince(t, c.zhang, s1);
    expect(moreDms).toEqual([]);
    expect(dm).toContain(`#${n}`);
    expect(dm).toContain('楼道灯坏了');
    expect(dm).toContain(`接单 ${n}`);
    const notices = await groupSince(t, WORKERS, s1);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain(`#${n}`);
    expect(notices[0]!.mentions).toEqual([c.zhang.id]);
    expect(await directSince(t, c.li, s1)).toEqual([]);
    expect(await ticket(t, n)).toMatchObject({ status: 'open', assigneeId: await dbId(c.zhang), category: 'repair', building: '3', unit: '2' });

    // 接单 in a direct chat: the worker gets a confirmation, the resident sees who is on it.
    const s2 = await post(t, null, c.zhang, `接单 ${n}`);
    expect(await onlyReply(t, null, c.zhang, s2)).toContain(`已接单 #${n}`);
    const claimed = await groupSince(t, B3, s2);
    expect(claimed).toHaveLength(1);
    expect(claimed[0]!.mentions).toEqual([c.zheng.id]);
    expect(claimed[0]!.text).toMatch(new RegExp(`#${n}.*张丽.*接单`));

    // 进度 from the workers' group: the note reaches the resident word for word.
    const s3 = await post(t, WORKERS, c.zhang, `进度 ${n} 已联系物业，明天上午维修`);
    expect(await onlyReply(t, WORKERS, c.zhang, s3)).toContain(`#${n}`);
    const noted = await groupSince(t, B3, s3);
    expect(noted).toHaveLength(1);
    expect(noted[0]!.mentions).toEqual([c.zheng.id]);
    expect(noted[0]!.text).toContain('已联系物业，明天上午维修');

    // 办结: the resident sees the outcome and how to reopen.
    const s4 = await post(t, null, c.zhang, `办结 ${n} 已更换灯泡`);
    expect(await onlyReply(t, null, c.zhang, s4)).toContain(`#${n}`);
    const done = await groupSince(t, B3, s4);
    expect(done).toHaveLength(1);
    expect(done[0]!.mentions).toEqual([c.zheng.id]);
    expect(done[0]!.text).toContain('已办结');
    expect(done[0]!.text).toContain('已更换灯泡');

    expect(await ticket(t, n)).toMatchObject({ status: 'resolved', lastNote: '已更换灯泡', resolvedAt: expect.any(Date) });
    // Every step left a history row, in order, with who and from → to.
    const zhang = await dbId(c.zhang);
    expect((await events(t, n)).map((e) => [e.type, e.actorId, e.fromStatus, e.toStatus, e.note])).toEqual([
      ['opened', await dbId(c.zheng), null, 'open', null],
      ['assigned', null, null, null, expect.stringContaining('张丽')],
      ['claimed', zhang, 'open', 'claimed', null],
      ['note', zhang, 'claimed', 'claimed', '已联系物业，明天上午维修'],
      ['resolved', zhang, 'claimed', 'resolved', '已更换灯泡'],
    ]);
  });

  it.each(['收到，谢谢', '好的👌', '我的天', '哈哈'])('chatter %j gets no reply at all', async (text) => {
    const s = await post(t, B3, c.zheng, text);
    expect(await groupSince(t, B3, s)).toEqual([]);
    expect(await groupSince(t, WORKERS, s)).toEqual([]);
    expect(await directSince(t, c.zhang, s)).toEqual([]);
    expect(await ticketCount(t)).toBe(0);
  });
});

describe('emergencies skip the queue', () => {
  it.each([
    ['3号楼着火了！', '119'],
    ['厨房有天然气味道，很重', '燃气'],
    ['电梯困人了，快来人', '119'],
    ['老人摔倒叫不醒', '120'],
    ['楼道里有人持刀', '110'],
  ])('%j → call %s; worker and leader alerted directly and @-mentioned', async (text, call) => {
    const s = await post(t, B3, c.zheng, text);
    const reply = await onlyReply(t, B3, c.zheng, s);
    expect(reply).toContain(call);
    // It says who was alerted, each once (a safety ticket's handler is the leader himself).
    expect(reply).toContain('张丽');
    expect(reply.split('王建国')).toHaveLength(2);
    const n = ticketNo(reply);
    expect(await ticket(t, n)).toMatchObject({ urgency: 'emergency' });

    for (const staff of [c.zhang, c.wang]) {
      const dms = await directSince(t, staff, s);
      expect(dms, staff.name).toHaveLength(1);
      expect(dms[0]).toContain(`#${n}`);
      expect(dms[0]).toContain('紧急');
    }
    const alerts = await groupSince(t, WORKERS, s);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.text).toContain(`#${n}`);
    expect([...alerts[0]!.mentions].sort()).toEqual([c.zhang.id, c.wang.id].sort());
  });
});

describe('the same emergency reported by several neighbours', () => {
  it('each is told the number at once, staff are alerted once, later reporters follow the first ticket', async () => {
    const s = await post(t, B3, c.zheng, '3号楼着火了！楼道全是烟');
    const first = ticketNo(await onlyReply(t, B3, c.zheng, s));
    const s2 = await post(t, B3, c.feng, '着火了着火了 快打119');
    const second = await onlyReply(t, B3, c.feng, s2);
    expect(second).toContain('119');
    expect(second).toContain(`#${first}`);
    expect(await ticketCount(t)).toBe(1);
    // No second alert round: one direct alert each, sent for the first report.
    for (const staff of [c.zhang, c.wang]) expect(await directSince(t, staff, s)).toHaveLength(1);
    expect(await groupSince(t, WORKERS, s2)).toHaveLength(0);
    expect((await events(t, first)).map((e) => e.type)).toContain('followed');

    // An hour later it is a new event: a new ticket and a new alert round.
    clock.advance(61 * 60_000);
    const s3 = await post(t, B3, c.feng, '又着火了，3楼冒烟');
    expect(ticketNo(await onlyReply(t, B3, c.feng, s3))).not.toBe(first);
    expect(await directSince(t, c.zhang, s3)).toHaveLength(1);
  });
});

describe('duplicates', () => {
  it('a neighbour reporting the same outage follows the open ticket and gets every progress reply', async () => {
    const n = await report(t, B3, c.zheng, '3号楼停水了');
    const s = await post(t, B3, c.feng, '我家也没水了 水龙头一滴都没有');
    const [reply, ...extra] = await groupSince(t, B3, s);
    expect(extra).toEqual([]);
    expect(reply!.text).toContain(`该问题已在处理中（#${n}）`);
    expect(reply!.mentions).toEqual([c.feng.id]);
    expect(await ticketCount(t)).toBe(1);
    // No second assignment for the worker: it is one problem.
    expect(await directSince(t, c.zhang, s)).toEqual([]);
    expect(await groupSince(t, WORKERS, s)).toEqual([]);
    expect((await events(t, n)).at(-1)).toMatchObject({ type: 'followed', actorId: await dbId(c.feng) });

    for (const cmd of [`接单 ${n}`, `进度 ${n} 自来水公司正在抢修`, `办结 ${n} 已恢复供水`]) {
      const sc = await post(t, null, c.zhang, cmd);
      const progress = await groupSince(t, B3, sc);
      expect(progress, cmd).toHaveLength(1);
      expect([...progress[0]!.mentions].sort(), cmd).toEqual([c.zheng.id, c.feng.id].sort());
    }
    expect((await groupSince(t, B3, s)).at(-1)!.text).toContain('已恢复供水');
  });

  it('neighbours naming their own flats still share one outage ticket', async () => {
    const n = await report(t, B3, c.zheng, '我家501没水了');
    const s = await post(t, B3, c.feng, '302也停水了');
    expect(await onlyReply(t, B3, c.feng, s)).toContain(`该问题已在处理中（#${n}）`);
    expect(await ticketCount(t)).toBe(1);
    // A flat's own problem is still its own ticket.
    const m = await report(t, B3, c.feng, '302卫生间漏水了');
    expect(m).not.toBe(n);
  });

  it('the reporter saying it again is not "added as a follower" of their own ticket', async () => {
    const n = await report(t, B3, c.zheng, '3号楼停水了');
    const again = await onlyReply(t, B3, c.zheng, await post(t, B3, c.zheng, '停水一上午了 还没来水 麻烦赶紧修'));
    expect(again).toContain(`该问题已在处理中（#${n}）`);
    expect(again).not.toContain('加入关注');
    // A neighbour who already follows it, saying it a second time, is not "added" again either.
    expect(await onlyReply(t, B3, c.feng, await post(t, B3, c.feng, '我家也没水了'))).toContain('加入关注');
    expect(await onlyReply(t, B3, c.feng, await post(t, B3, c.feng, '到现在还是没水 水龙头一滴都没有'))).not.toContain('加入关注');
    expect(await ticketCount(t)).toBe(1);
    expect((await events(t, n)).filter((e) => e.type === 'followed')).toHaveLength(1);
  });

  it('the same kind of problem in another building is a new ticket', async () => {
    const n = await report(t, B3, c.zheng, '3号楼停水了');
    const m = await report(t, 'sim-b4', c.ma, '4号楼停水了');
    expect(m).not.toBe(n);
    expect(await ticket(t, m)).toMatchObject({ building: '4', assigneeId: await dbId(c.li) });
  });
});

describe('a resident writing to the bot directly', () => {
  it('gets the ack and every progress reply in the direct chat', async () => {
    const s = await post(t, null, c.ma, '4号楼2单元楼道灯坏了');
    const ack = await onlyReply(t, null, c.ma, s);
    const n = ticketNo(ack);
    expect(ack).toContain('4号楼2单元');
    expect(ack).toContain('李强');
    expect(await ticket(t, n)).toMatchObject({ building: '4', originGroupId: null, assigneeId: await dbId(c.li) });
    expect(await groupSince(t, 'sim-b4', s)).toEqual([]);

    const s2 = await post(t, null, c.li, `接单 ${n}`);
    expect(await directSince(t, c.ma, s2)).toEqual([expect.stringContaining('李强')]);
    const s3 = await post(t, null, c.li, `办结 ${n} 已更换灯泡`);
    expect(await directSince(t, c.ma, s3)).toEqual([expect.stringContaining('已更换灯泡')]);
  });
});

describe('reopening', () => {
  async function resolved(text = '3号楼2单元楼道灯坏了'): Promise<number> {
    const n = await report(t, B3, c.zheng, text);
    await post(t, null, c.zhang, `接单 ${n}`);
    await post(t, null, c.zhang, `办结 ${n} 已更换灯泡`);
    expect((await ticket(t, n)).status).toBe('resolved');
    return n;
  }

  it('没修好 within 7 days reopens the reporter’s ticket and tells the assignee; so does #N 还没解决', async () => {
    const n = await resolved();
    clock.advance(6 * DAY);
    const s = await post(t, B3, c.zheng, '没修好');
    const reply = await onlyReply(t, B3, c.zheng, s);
    expect(reply).toContain(`#${n}`);
    expect(reply).toContain('重新打开');
    expect(await ticket(t, n)).toMatchObject({ status: 'reopened', resolvedAt: null });
    const told = await directSince(t, c.zhang, s);
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(`#${n}`);
    expect((await events(t, n)).at(-1)).toMatchObject({ type: 'reopened', actorId: await dbId(c.zheng), fromStatus: 'resolved', toStatus: 'reopened' });

    // The worker can take it again, and the reporter can name it by number.
    await post(t, null, c.zhang, `接单 ${n}`);
    await post(t, null, c.zhang, `办结 ${n} 换了整套灯具`);
    const s2 = await post(t, B3, c.zheng, `#${n} 还没解决`);
    expect(await onlyReply(t, B3, c.zheng, s2)).toContain('重新打开');
    expect((await ticket(t, n)).status).toBe('reopened');
  });

  it('after 7 days the reopen is refused with a reason and the ticket stays resolved', async () => {
    const n = await resolved();
    clock.advance(8 * DAY);
    const s = await post(t, B3, c.zheng, `#${n} 没修好`);
    const reply = await onlyReply(t, B3, c.zheng, s);
    expect(reply).toContain(`#${n}`);
    expect(reply).toContain('7 天');
    expect((await ticket(t, n)).status).toBe('resolved');
    expect(await directSince(t, c.zhang, s)).toEqual([]);
  });

  it('someone else cannot reopen the reporter’s ticket', async () => {
    const n = await resolved();
    const s = await post(t, B3, c.feng, `#${n} 没修好`);
    expect(await onlyReply(t, B3, c.feng, s)).toContain('只有反映人');
    expect((await ticket(t, n)).status).toBe('resolved');
  });
});

describe('residents asking', () => {
  it('#N 进度 and 查询 N give the current state and the last note', async () => {
    const n = await report(t, B3, c.zheng, '3号楼2单元楼道灯坏了');
    const s0 = await post(t, B3, c.zheng, `#${n} 进度`);
    expect(await onlyReply(t, B3, c.zheng, s0)).toContain('待处理');

    await post(t, null, c.zhang, `接单 ${n}`);
    await post(t, null, c.zhang, `进度 ${n} 已联系物业，明天上午维修`);
    for (const ask of [`#${n} 进度`, `查询 ${n}`, `进度 ${n}`]) {
      const s = await post(t, B3, c.zheng, ask);
      const reply = await onlyReply(t, B3, c.zheng, s);
      expect(reply, ask).toContain(`#${n}`);
      expect(reply, ask).toContain('处理中');
      expect(reply, ask).toContain('张丽');
      expect(reply, ask).toContain('已联系物业，明天上午维修');
    }
    // Asking changes nothing.
    expect((await ticket(t, n)).status).toBe('claimed');
  });

  it('a resident of another building cannot read someone else’s ticket', async () => {
    const n = await report(t, B3, c.zheng, '3号楼2单元楼道灯坏了，我电话13812341234');
    const s = await post(t, 'sim-b4', c.ma, `#${n} 进度`);
    const reply = await onlyReply(t, 'sim-b4', c.ma, s);
    expect(reply).toContain(`工单 #${n} 不是您反映或关注的`);
    expect(reply).not.toContain('楼道灯');
    expect(reply).not.toContain('1234');
  });

  it('a question the FAQ knows is answered, nothing is opened', async () => {
    const s = await post(t, B3, c.zheng, '物业电话是多少');
    const reply = await onlyReply(t, B3, c.zheng, s);
    expect(reply).toContain('010-6521 8899');
    expect(await ticketCount(t)).toBe(0);
    expect(await directSince(t, c.zhang, s)).toEqual([]);
  });

  it('a question the FAQ does not know becomes a 咨询 ticket for the grid worker', async () => {
    const s = await post(t, B3, c.zheng, '请问社区这周六有没有义诊活动');
    const reply = await onlyReply(t, B3, c.zheng, s);
    expect(reply).toContain('咨询');
    expect(reply).toContain('答复');
    expect(reply).not.toContain('反映'); // a question is not a complaint
    const n = ticketNo(reply);
    expect(await ticket(t, n)).toMatchObject({ category: 'consult', status: 'open', assigneeId: await dbId(c.zhang) });
    const dms = await directSince(t, c.zhang, s);
    expect(dms).toHaveLength(1);
    expect(dms[0]).toContain('义诊');
  });
});

describe('personal numbers', () => {
  const PHONE = '13812341234';
  const ID = '110101199003071234';

  it('never appear in group replies; staff see the original', async () => {
    const text = `3号楼2单元楼道灯坏了，我电话${PHONE}，身份证${ID}`;
    const s = await post(t, B3, c.zheng, text);
    const n = ticketNo(await onlyReply(t, B3, c.zheng, s));
    await post(t, B3, c.feng, `2单元楼道灯坏了，联系我139 8765 4321`);
    await post(t, null, c.zhang, `接单 ${n}`);
    await post(t, B3, c.zheng, `#${n} 进度`);

    const botInGroups = [...(await groupSince(t, B3, s)), ...(await groupSince(t, WORKERS, s))].map((e) => e.text);
    expect(botInGroups.length).toBeGreaterThanOrEqual(4);
    for (const said of botInGroups) {
      expect(said).not.toContain(PHONE);
      expect(said).not.toContain('19900307');
      expect(said).not.toContain('8765');
    }
    expect(botInGroups.join('\n')).toContain('138****1234');

    // The ticket keeps the original, and 查 shows it to staff.
    expect((await ticket(t, n)).text).toBe(text);
    const sq = await post(t, null, c.zhang, `查 ${n}`);
    const shown = await onlyReply(t, null, c.zhang, sq);
    expect(shown).toContain(PHONE);
    expect(shown).toContain(ID);
    // The neighbour who followed: staff see their own words too (they may need to call back).
    expect(shown).toContain('139 8765 4321');
  });

  it('an emergency alert in the workers’ group is masked; the direct alert to staff is not', async () => {
    const s = await post(t, B3, c.zheng, `3号楼着火了！我电话${PHONE}`);
    expect(await onlyReply(t, B3, c.zheng, s)).not.toContain(PHONE);
    const [alert] = await groupSince(t, WORKERS, s);
    expect(alert!.text).toContain('138****1234');
    expect(alert!.text).not.toContain(PHONE);
    expect((await directSince(t, c.zhang, s))[0]).toContain(PHONE);
  });
});
