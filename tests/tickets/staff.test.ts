/**
 * Workers' commands end to end: permissions, racing claims, transfer,
 * escalation, rejection, the lists, errors, and the append-only history.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/app';
import { personByIdentity } from '../../src/store/repos/people';
import { updateTicketIf } from '../../src/store/repos/tickets';
import { cast, directSince, events, groupSince, onlyReply, post, report, ticket, WORKERS, type Cast, staffCommand } from './support';

const B3 = 'sim-b3';
const B4 = 'sim-b4';

let t: TestBot;
let c: Cast;
let n: number; // a fresh grid-1 ticket reported by 郑海涛 in building 3, assigned to 张丽

beforeEach(async () => {
  t = await startTestBot();
  c = await cast(t);
  n = await report(t, B3, c.zheng, '3号楼2单元楼道灯坏了，晚上太黑');
});
afterEach(async () => {
  await t.stop();
});

const dbId = async (who: { id: string }) => (await personByIdentity(t.bot.store.db, 'simulator', who.id))!.id;

/** Runs a command as `who` in a direct chat and returns the bot's one answer. */
const command = (who: Cast[keyof Cast], text: string) => staffCommand(t, who, text);

describe('permissions', () => {
  it('a resident typing 办结 N gets a polite refusal and nothing changes', async () => {
    const before = await events(t, n);
    const s = await post(t, B3, c.zheng, `办结 ${n} 已经好了`);
    const reply = await onlyReply(t, B3, c.zheng, s);
    expect(reply).toContain('只有网格员');
    expect(reply).toContain('#工单号 进度'); // and what they can do instead
    // Same in a direct chat, and for the other worker verbs.
    expect(await command(c.zheng, `接单 ${n}`)).toContain('只有网格员');
    expect(await command(c.zheng, `退回 ${n} 不用修了`)).toContain('只有网格员');

    expect((await ticket(t, n)).status).toBe('open');
    expect(await events(t, n)).toEqual(before);
    expect(await command(c.zhang, `查 ${n}`)).toMatch(/待处理/);
    expect(await directSince(t, c.zhang, s)).toHaveLength(1); // only the 查 answer: no progress was announced
  });

  it('a worker of grid 2 cannot act on a grid-1 ticket; the leader and the office can', async () => {
    for (const cmd of [`接单 ${n}`, `进度 ${n} 我来看看`, `办结 ${n} 好了`, `退回 ${n} 不归我管`]) {
      expect(await command(c.li, cmd), cmd).toContain(`不能处理工单 #${n}`);
    }
    // Looking is refused too, in words about looking.
    expect(await command(c.li, `查 ${n}`)).toContain(`不能查看工单 #${n}`);
    expect(await ticket(t, n)).toMatchObject({ status: 'open', assigneeId: await dbId(c.zhang) });
    expect((await events(t, n)).map((e) => e.type)).toEqual(['opened', 'assigned']);

    expect(await command(c.wang, `进度 ${n} 网格长已知悉`)).toContain(`#${n}`);
    expect((await ticket(t, n)).lastNote).toBe('网格长已知悉');
    expect(await command(c.zhao, `办结 ${n} 社区已协调物业更换`)).toContain(`#${n} 已办结`);
    expect((await ticket(t, n)).status).toBe('resolved');
    expect((await events(t, n)).at(-1)).toMatchObject({ type: 'resolved', actorId: await dbId(c.zhao) });
  });

  it('a grid-2 worker may act on a grid-1 ticket once it is assigned to them', async () => {
    expect(await command(c.zhang, `转派 ${n} @李网格`)).toContain('李强');
    expect(await command(c.li, `接单 ${n}`)).toContain(`已接单 #${n}`);
    expect(await ticket(t, n)).toMatchObject({ status: 'claimed', assigneeId: await dbId(c.li) });
  });
});

describe('racing claims', () => {
  it('two claims posted back-to-back: exactly one wins, the other is told who has it', async () => {
    const claim = (who: Cast[keyof Cast]) =>
      t.bot.app.inject({ method: 'POST', url: `/sim/direct/${who.id}/messages`, payload: { text: `接单 ${n}` } });
    // Both are accepted before either is handled: neither waits for the other's answer.
    const [a, b] = await Promise.all([claim(c.zhang), claim(c.wang)]);
    expect([a.statusCode, b.statusCode]).toEqual([202, 202]);
    await t.bot.settle();

    const answers = [...(await t.directTexts(c.zhang.id)), ...(await t.directTexts(c.wang.id))].filter((x) =>
      x.includes(`#${n}`) && !x.startsWith('【新工单'),
    );
    expect(answers).toHaveLength(2);
    const won = answers.filter((x) => x.includes(`已接单 #${n}`));
    const lost = answers.filter((x) => x.includes('已被'));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const winner = (await ticket(t, n)).assigneeId === await dbId(c.zhang) ? '张丽' : '王建国';
    expect(lost[0]).toBe(`工单 #${n} 已被${winner}接单。`);
    expect((await events(t, n)).filter((e) => e.type === 'claimed')).toHaveLength(1);
    // The resident hears about it once.
    expect((await t.groupTexts(B3)).filter((x) => x.includes('接单'))).toHaveLength(1);
  });

  it('the conditional update lets only the first of two writers change the state', async () => {
    const db = t.bot.store.db;
    expect(await updateTicketIf(db, n, 'open', { status: 'claimed', assigneeId: await dbId(c.zhang) })).toBe(true);
    expect(await updateTicketIf(db, n, 'open', { status: 'claimed', assigneeId: await dbId(c.wang) })).toBe(false);
    expect((await ticket(t, n)).assigneeId).toBe(await dbId(c.zhang));
  });

  it('claiming a ticket someone already has names them', async () => {
    await command(c.zhang, `接单 ${n}`);
    expect(await command(c.wang, `接单 ${n}`)).toBe(`工单 #${n} 已被张丽接单。`);
  });
});

describe('transfer, escalation, rejection', () => {
  it('转派 N @李网格 hands it over: the new handler is told, so is the resident', async () => {
    await command(c.zhang, `接单 ${n}`);
    const s = await post(t, WORKERS, c.zhang, `转派 ${n} @李网格`);
    expect(await onlyReply(t, WORKERS, c.zhang, s)).toContain('网格员李强');
    const told = await directSince(t, c.li, s);
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(`接单 ${n}`);
    const progress = await groupSince(t, B3, s);
    expect(progress.map((e) => e.text)).toEqual([expect.stringContaining('李强')]);
    expect(await ticket(t, n)).toMatchObject({ status: 'open', assigneeId: await dbId(c.li) });
    expect((await events(t, n)).at(-1)).toMatchObject({ type: 'transferred', fromStatus: 'claimed', toStatus: 'open' });

    expect(await command(c.zhang, `转派 ${n} @没这个人`)).toContain('没有找到工作人员「没这个人」');
  });

  it('上报 goes to the leader, then the office, and is refused at the top with a reason', async () => {
    await command(c.zhang, `接单 ${n}`);
    const s1 = await post(t, null, c.zhang, `上报 ${n} 需要住建部门处理`);
    expect(await onlyReply(t, null, c.zhang, s1)).toContain('网格长王建国');
    const toLeader = await directSince(t, c.wang, s1);
    expect(toLeader).toHaveLength(1);
    expect(toLeader[0]).toContain('需要住建部门处理');
    expect(await ticket(t, n)).toMatchObject({ status: 'escalated', escalationLevel: 1, assigneeId: await dbId(c.wang) });
    expect((await groupSince(t, B3, s1)).map((e) => e.text)).toEqual([expect.stringContaining('上报')]);

    const s2 = await post(t, null, c.wang, `上报 ${n} 需要街道协调`);
    expect(await onlyReply(t, null, c.wang, s2)).toContain('赵敏');
    expect(await directSince(t, c.zhao, s2)).toEqual([expect.stringContaining('需要街道协调')]);
    expect(await ticket(t, n)).toMatchObject({ status: 'escalated', escalationLevel: 2, assigneeId: await dbId(c.zhao) });
    // The residents were told once, at the first step; the second step up says nothing new to them.
    expect(await groupSince(t, B3, s2)).toEqual([]);

    const before = await events(t, n);
    const s3 = await post(t, null, c.zhao, `上报 ${n} 还要再往上`);
    expect(await onlyReply(t, null, c.zhao, s3)).toContain('无法再上报');
    expect(await events(t, n)).toEqual(before);
    expect(await ticket(t, n)).toMatchObject({ escalationLevel: 2, assigneeId: await dbId(c.zhao) });
    expect(await groupSince(t, B3, s3)).toEqual([]);

    // The office can still finish it.
    expect(await command(c.zhao, `办结 ${n} 已协调住建部门`)).toContain('已办结');
  });

  it('上报 is refused for the right reason: not yours, or closed, before "at the top"', async () => {
    // Illegal construction is routed to the office: already at the top.
    const top = await report(t, B3, c.feng, '3号楼有人私搭乱建');
    expect((await ticket(t, top)).escalationLevel).toBe(2);
    expect(await command(c.li, `上报 ${top} 请处理`)).toContain(`不能处理工单 #${top}`);
    expect(await command(c.zhao, `上报 ${top}`)).toContain('无法再上报');
    await command(c.zhao, `办结 ${top} 已拆除`);
    expect(await command(c.zhao, `上报 ${top}`)).toContain('已办结');
    expect(await command(c.zhang, `上报 ${top}`)).toContain('已办结');
    expect((await ticket(t, top)).status).toBe('resolved');
  });

  it('退回 N 重复，见#9 closes it and tells the resident the reason politely', async () => {
    const s = await post(t, null, c.zhang, `退回 ${n} 重复，见#9`);
    expect(await onlyReply(t, null, c.zhang, s)).toContain(`#${n} 已退回`);
    const [told, ...extra] = await groupSince(t, B3, s);
    expect(extra).toEqual([]);
    expect(told!.mentions).toEqual([c.zheng.id]);
    expect(told!.text).toContain('重复，见#9');
    expect(told!.text).toMatch(/感谢理解|抱歉|请谅解/);
    expect(await ticket(t, n)).toMatchObject({ status: 'rejected', lastNote: '重复，见#9' });
    expect((await events(t, n)).at(-1)).toMatchObject({ type: 'rejected', fromStatus: 'open', toStatus: 'rejected', note: '重复，见#9' });

    // Closed is closed: no more moves, each refusal says why.
    expect(await command(c.zhang, `接单 ${n}`)).toContain('已退回');
    expect(await command(c.zhang, `进度 ${n} 再看看`)).toContain('已退回');
    expect((await ticket(t, n)).status).toBe('rejected');
  });
});

describe('lists, help and errors', () => {
  it('我的 and 待办 list the right tickets', async () => {
    const other = await report(t, B4, c.ma, '4号楼垃圾没人清运');
    expect(await command(c.zhang, '我的')).toContain(`#${n}`); // assigned to her, open
    const zhangOpen = await command(c.zhang, '待办');
    expect(zhangOpen).toContain(`#${n}`);
    expect(zhangOpen).not.toContain(`#${other}`); // grid 2
    expect(await command(c.wang, '/open')).toMatch(new RegExp(`#${n}[\\s\\S]*#${other}`));

    await command(c.zhang, `接单 ${n}`);
    expect(await command(c.zhang, '待办')).toBe('目前没有待认领的工单。');
    expect(await command(c.zhang, '/mine')).toContain(`#${n} 处理中`);
    await command(c.zhang, `办结 ${n} 好了`);
    expect(await command(c.zhang, '我的')).toBe('您目前没有在办的工单。');
  });

  it('帮助 lists the commands with their aliases', async () => {
    const help = await command(c.zhang, '帮助');
    for (const word of ['接单', '/claim', '进度', '办结', '转派', '上报', '退回', '我的', '待办', '查']) expect(help).toContain(word);
  });

  it('an unknown ticket and a missing argument get short Chinese answers with the usage', async () => {
    expect(await command(c.zhang, '接单 999')).toBe('没有找到工单 #999，请核对编号。');
    expect(await command(c.zhang, '查 999')).toContain('没有找到工单 #999');
    const usage = await command(c.zhang, '退回 5');
    expect(usage).toContain('格式不对');
    expect(usage).toContain('退回 12 重复，见#9');
    expect(await command(c.zhang, `转派 ${n}`)).toContain('转派 12 @李网格');
    expect(await command(c.zhang, '接单')).toContain('接单 12');
    expect((await ticket(t, n)).status).toBe('open');
  });

  it('an unknown command gets a pointer to 帮助 in a direct chat, silence in the workers’ group', async () => {
    expect(await command(c.zhang, '接 12 吧')).toContain('帮助');
    const s = await post(t, WORKERS, c.zhang, '今天下午开会吗');
    expect(await groupSince(t, WORKERS, s)).toEqual([]);
  });

  it('查 N shows details and the whole history', async () => {
    await command(c.zhang, `接单 ${n}`);
    await command(c.zhang, `进度 ${n} 已联系物业`);
    const shown = await command(c.zhang, `查 ${n}`);
    expect(shown).toContain('3号楼2单元楼道灯坏了，晚上太黑');
    expect(shown).toContain('郑海涛');
    expect(shown).toMatch(/登记[\s\S]*派单[\s\S]*接单[\s\S]*进展：已联系物业/);
  });
});

describe('small courtesies', () => {
  it('claiming a ticket you already hold says so (not "someone has it")', async () => {
    await command(c.zhang, `接单 ${n}`);
    const again = await command(c.zhang, `接单 ${n}`);
    expect(again).toContain('已经是您在处理了');
    expect(again).not.toContain('已被');
  });

  it('the history names the routing reason in Chinese', async () => {
    const shown = await command(c.zhang, `查 ${n}`);
    expect(shown).toContain('派单：张丽（本网格网格员）');
    expect(shown).not.toMatch(/grid_worker/);
  });

  it('@-mentioning the bot in a building group with small talk gets a short pointer; plain small talk gets silence', async () => {
    const s = await post(t, B3, c.zheng, '@网格小助手 你好');
    expect(await onlyReply(t, B3, c.zheng, s)).toContain('#工单号 进度');
    const s2 = await post(t, B3, c.zheng, '大家好');
    expect(await groupSince(t, B3, s2)).toEqual([]);
  });
});

describe('the history', () => {
  it('every change appends one event; earlier rows are never rewritten', async () => {
    const snapshots = [await events(t, n)];
    const steps = [`接单 ${n}`, `进度 ${n} 已联系物业`, `转派 ${n} @李网格`, `接单 ${n}`, `上报 ${n} 需要协调`, `办结 ${n} 已处理`];
    const actors = [c.zhang, c.zhang, c.zhang, c.li, c.li, c.wang];
    for (const [i, step] of steps.entries()) {
      await command(actors[i]!, step);
      const now = await events(t, n);
      expect(now.slice(0, -1), step).toEqual(snapshots.at(-1));
      expect(now.at(-1)!.actorId, step).toBe(await dbId(actors[i]!));
      snapshots.push(now);
    }
    expect((await events(t, n)).map((e) => `${e.type}:${e.fromStatus ?? ''}>${e.toStatus ?? ''}`)).toEqual([
      'opened:>open',
      'assigned:>',
      'claimed:open>claimed',
      'note:claimed>claimed',
      'transferred:claimed>open',
      'claimed:open>claimed',
      'escalated:claimed>escalated',
      'resolved:escalated>resolved',
    ]);
    // Refused commands leave no trace.
    await command(c.li, `办结 ${n} 再办一次`);
    expect(await events(t, n)).toEqual(snapshots.at(-1));
  });
});
