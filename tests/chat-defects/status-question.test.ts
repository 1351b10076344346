/**
 * Issue 13, item 4: "is it fixed yet?" from a reporter or follower gets the
 * status of the matching open ticket (or a short list), never a new ticket;
 * a resident passing on news is not a report.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot, type SimPerson } from '../helpers/app';
import { cast, groupSince, onlyReply, post, report, ticketCount, type Cast } from '../tickets/support';
import { isStatusQuestion, isRelayedNews } from '../../src/core/status-question';

const B3 = 'sim-b3';
const B5 = 'sim-b5';
let t: TestBot;
let c: Cast;

beforeEach(async () => {
  t = await startTestBot();
  c = await cast(t);
});
afterEach(async () => {
  await t.stop();
});

async function ask(group: string, who: SimPerson, text: string): Promise<string> {
  const before = await ticketCount(t);
  const seq = await post(t, group, who, text);
  const reply = await onlyReply(t, group, who, seq);
  expect(await ticketCount(t), `no new ticket for ${text}`).toBe(before);
  return reply;
}

describe('status questions', () => {
  it('the reporter asking about "that elevator thing" gets #n’s status', async () => {
    const lift = await report(t, B3, c.zheng, '3号楼2单元电梯又坏了');
    const door = await report(t, B3, c.zheng, '3号楼1单元门禁刷不开');
    const reply = await ask(B3, c.zheng, '我家那个电梯的事怎么样了');
    expect(reply).toContain(`工单 #${lift}`);
    expect(reply).toContain('待处理');
    expect(reply).not.toContain(`#${door}`);
    const doorReply = await ask(B3, c.zheng, '门禁修好了吗？');
    expect(doorReply).toContain(`工单 #${door}`);
    expect(doorReply).not.toContain(`#${lift}`);
  });

  it('the status follows the ticket: a worker’s note is in the answer', async () => {
    const lift = await report(t, B3, c.zheng, '3号楼2单元电梯又坏了');
    await post(t, null, c.zhang, `接单 ${lift}`);
    await post(t, null, c.zhang, `进度 ${lift} 已联系电梯公司，明天上午来修`);
    const reply = await ask(B3, c.zheng, '电梯什么时候能修好啊');
    expect(reply).toContain(`#${lift}`);
    expect(reply).toContain('处理中');
    expect(reply).toContain('明天上午来修');
  });

  it('a follower asking with the building named in the words', async () => {
    const lin = await t.personNamed('林淑芬');
    const gao = await t.personNamed('高明');
    const n = await report(t, B5, lin, '5号楼2单元楼道里堆放杂物，消防通道都堵了');
    const s = await post(t, B5, gao, '5号楼2单元楼道里堆放杂物，消防通道都堵了');
    expect(await onlyReply(t, B5, gao, s)).toContain('已把您加入关注');
    const reply = await ask(B5, gao, '5号楼2单元的堆放杂物问题怎么样了？');
    expect(reply).toContain(`#${n}`);
  });

  it('several matching tickets: a short list with their numbers', async () => {
    const a = await report(t, B3, c.zheng, '3号楼2单元电梯又坏了');
    const b = await report(t, B3, c.zheng, '3号楼电梯里有人乱贴小广告，很脏');
    expect(b).not.toBe(a);
    const reply = await ask(B3, c.zheng, '电梯修好了吗');
    expect(reply).toContain(`#${a}`);
    expect(reply).toContain(`#${b}`);
    expect(reply.split('\n').length).toBeGreaterThanOrEqual(3);
  });

  it('someone with no open ticket there is not answered with another’s status', async () => {
    await report(t, B3, c.zheng, '3号楼2单元电梯又坏了');
    const seq = await post(t, B3, c.feng, '电梯修好了吗？');
    const replies = (await groupSince(t, B3, seq)).map((e) => e.text).join('\n');
    expect(replies).not.toContain('负责人');
  });
});

describe('news passed on by a resident', () => {
  it('通知大家，明天小区停水 opens no ticket and gets no reply in the group', async () => {
    const before = await ticketCount(t);
    const seq = await post(t, B3, c.feng, '通知大家，明天小区停水');
    expect(await groupSince(t, B3, seq)).toEqual([]);
    expect(await ticketCount(t)).toBe(before);
  });
});

describe('pure detection', () => {
  it('recognises status questions and leaves reports alone', () => {
    for (const q of ['我家那个电梯的事怎么样了', '门禁修好了吗？', '5号楼2单元的堆放杂物问题怎么样了？', '电梯什么时候能修好啊', '漏水的事处理了吗', '修好了没有']) {
      expect(isStatusQuestion(q), q).not.toBeNull();
    }
    for (const r of ['3号楼2单元电梯又坏了', '电梯坏了怎么办', '楼道灯不亮了，谁来修一下', '#12 进度', '今天天气怎么样']) {
      expect(isStatusQuestion(r), r).toBeNull();
    }
    expect(isRelayedNews('通知大家，明天小区停水')).toBe(true);
    expect(isRelayedNews('告诉大家一下，今晚8点停电')).toBe(true);
    expect(isRelayedNews('3号楼停水了')).toBe(false);
    expect(isRelayedNews('通知一下网格员，3号楼电梯坏了')).toBe(false);
  });
});
