/**
 * Each intake action as a resident and a worker see it, through the simulator
 * API: ticket (ack), answer (the FAQ), ignore (silence). `ask` and `triage`
 * have their own files. Demo community: building 3, worker 张丽.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directSince, groupSince, onlyReply, post, ticket, ticketCount, ticketNo } from '../tickets/support';
import { B3, startFlowBot, triageRows, type FlowBot } from './support';
import { sqlValue } from '../helpers/sql';

let f: FlowBot;
beforeEach(async () => {
  f = await startFlowBot();
});
afterEach(async () => {
  await f.t.stop();
});

function lastOutcome(): Promise<string> {
  return sqlValue<string>(f.t.bot.store, 'SELECT outcome FROM inbox ORDER BY id DESC LIMIT 1');
}

describe('the actions', () => {
  it('ticket: a sure report with a location is opened and acked in the group, the worker told', async () => {
    const { t, c } = f;
    const s = await post(t, B3, c.zheng, '3号楼2单元楼道灯坏了，晚上太黑');
    const ack = await onlyReply(t, B3, c.zheng, s);
    const n = ticketNo(ack);
    expect(ack).toContain('3号楼2单元');
    expect(ack).not.toContain('请问');
    expect((await ticket(t, n)).category).toBe('repair');
    expect((await directSince(t, c.zhang, s)).some((d) => d.includes(`#${n}`))).toBe(true);
    expect(await lastOutcome()).toBe('ticket:normal');
  });

  it('ticket: an emergency is never asked or triaged', async () => {
    const { t, c } = f;
    const s = await post(t, B3, c.zheng, '着火了！家里冒烟了');
    const ack = await onlyReply(t, B3, c.zheng, s);
    expect(ack).toContain('119');
    expect(ack).not.toContain('请问');
    expect(await triageRows(t)).toEqual([]);
  });

  it('answer: a question the FAQ answers gets the answer, no ticket', async () => {
    const { t, c } = f;
    const s = await post(t, B3, c.zheng, '物业电话是多少');
    const reply = await onlyReply(t, B3, c.zheng, s);
    expect(reply).toMatch(/\d{3,}/);
    expect(await ticketCount(t)).toBe(0);
    expect(await lastOutcome()).toBe('faq');
  });

  it('a question for the community the FAQ does not answer becomes a 咨询 ticket', async () => {
    const { t, c } = f;
    const s = await post(t, B3, c.zheng, '社区今年还组织老年人体检吗');
    const reply = await onlyReply(t, B3, c.zheng, s);
    expect(reply).toContain('咨询');
    expect((await ticket(t, ticketNo(reply))).category).toBe('consult');
  });

  it('ignore: thanks, greetings, reminders and a question to neighbours get silence, and nothing is stored', async () => {
    const { t, c } = f;
    for (const text of ['谢谢大家', '早上好', '天冷了大家注意保暖', '有人知道附近哪家理发店好吗']) {
      const s = await post(t, B3, c.feng, text);
      expect(await groupSince(t, B3, s), text).toEqual([]);
      expect(await directSince(t, c.zhang, s), text).toEqual([]);
    }
    expect(await ticketCount(t)).toBe(0);
    expect(await triageRows(t)).toEqual([]);
  });
});
