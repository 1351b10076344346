/**
 * `ask`: a report about a home with no unit or room opens the ticket at once
 * and asks the reporter once, in the group, where; their answer within 30
 * minutes completes the ticket and the worker is told. Through the simulator
 * API. Demo: building 3 is grid 1 (worker 张丽); 郑海涛 and 冯秀英 live there.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directSince, events, groupSince, onlyReply, post, ticket, ticketCount, ticketNo } from '../tickets/support';
import { B3, MINUTE, startFlowBot, type FlowBot } from './support';

let f: FlowBot;
beforeEach(async () => {
  f = await startFlowBot();
});
afterEach(async () => {
  await f.t.stop();
});

/** 郑海涛 says 漏水了: one reply, the ack with the question. Returns the ticket number. */
async function leak(): Promise<number> {
  const { t, c } = f;
  const s = await post(t, B3, c.zheng, '漏水了');
  const [ack, ...extra] = await groupSince(t, B3, s);
  expect(extra, 'asked once, in the one ack').toEqual([]);
  expect(ack!.mentions).toEqual([c.zheng.id]);
  expect(ack!.text).toContain('请问是几单元几室？方便网格员上门');
  const n = ticketNo(ack!.text);
  // Opened at once: the worker is not kept waiting for the answer.
  expect((await ticket(t, n)).status).toBe('open');
  expect([(await ticket(t, n)).unit, (await ticket(t, n)).room]).toEqual([null, null]);
  expect((await directSince(t, c.zhang, s)).some((d) => d.includes(`#${n}`))).toBe(true);
  return n;
}

describe('ask: where is it?', () => {
  it('the reporter answers: the ticket gets unit and room, the worker is told, the resident thanked', async () => {
    const { t, c, clock } = f;
    const n = await leak();
    clock.advance(5 * MINUTE);
    const s = await post(t, B3, c.zheng, '二单元三零一');
    const thanks = await onlyReply(t, B3, c.zheng, s);
    expect(thanks).toContain(`#${n}`);
    expect(thanks).toContain('3号楼2单元301室');
    expect([(await ticket(t, n)).unit, (await ticket(t, n)).room]).toEqual(['2', '301']);
    const located = (await events(t, n)).filter((e) => e.type === 'located');
    expect(located).toHaveLength(1);
    expect(located[0]!.note).toContain('3号楼2单元301室');
    const dms = await directSince(t, c.zhang, s);
    expect(dms).toHaveLength(1);
    expect(dms[0]).toContain(`#${n}`);
    expect(dms[0]).toContain('3号楼2单元301室');
    expect(await ticketCount(t)).toBe(1);

    // Asked once: a second location message later is an ordinary message again.
    const s2 = await post(t, B3, c.zheng, '2单元302');
    expect(await groupSince(t, B3, s2)).toEqual([]);
    expect((await ticket(t, n)).room).toBe('301');
  });

  it('not answered within 30 minutes: the location message is handled normally', async () => {
    const { t, c, clock } = f;
    const n = await leak();
    clock.advance(30 * MINUTE + 1);
    const s = await post(t, B3, c.zheng, '2单元301');
    expect(await groupSince(t, B3, s)).toEqual([]);
    expect(await directSince(t, c.zhang, s)).toEqual([]);
    expect([(await ticket(t, n)).unit, (await ticket(t, n)).room]).toEqual([null, null]);
    expect((await events(t, n)).some((e) => e.type === 'located')).toBe(false);
  });

  it('answered by someone else: never taken as the answer; the reporter still can', async () => {
    const { t, c } = f;
    const n = await leak();
    const s = await post(t, B3, c.feng, '2单元301');
    expect(await groupSince(t, B3, s)).toEqual([]);
    expect([(await ticket(t, n)).unit, (await ticket(t, n)).room]).toEqual([null, null]);

    const s2 = await post(t, B3, c.zheng, '3单元502');
    expect(await onlyReply(t, B3, c.zheng, s2)).toContain('3号楼3单元502室');
    expect([(await ticket(t, n)).unit, (await ticket(t, n)).room]).toEqual(['3', '502']);
  });

  it('anything else from the reporter is handled as usual, and a new report with a location is not an answer', async () => {
    const { t, c } = f;
    const n = await leak();
    const s = await post(t, B3, c.zheng, '好的');
    expect(await groupSince(t, B3, s)).toEqual([]);

    const s2 = await post(t, B3, c.zheng, '5单元的路灯也坏了');
    const other = ticketNo(await onlyReply(t, B3, c.zheng, s2));
    expect(other).not.toBe(n);
    expect([(await ticket(t, n)).unit, (await ticket(t, n)).room]).toEqual([null, null]);

    // The window is still open for the real answer.
    const s3 = await post(t, B3, c.zheng, '我家是2单元301');
    expect(await onlyReply(t, B3, c.zheng, s3)).toContain(`#${n}`);
    expect([(await ticket(t, n)).unit, (await ticket(t, n)).room]).toEqual(['2', '301']);
  });

  it('only the missing part is asked for, and building-wide problems are never asked', async () => {
    const { t, c } = f;
    const s = await post(t, B3, c.zheng, '2单元家里没电了');
    const ack = await onlyReply(t, B3, c.zheng, s);
    expect(ack).toContain('请问是几室？');
    expect(ack).not.toContain('几单元');

    for (const text of ['电梯坏了', '楼道灯不亮了', '整栋楼停水了']) {
      const s2 = await post(t, B3, c.feng, text);
      const reply = await onlyReply(t, B3, c.feng, s2);
      expect(reply, text).not.toContain('请问');
    }
  });

  it('the question survives a restart: the answer after it still completes the ticket', async () => {
    const { c } = f;
    const n = await leak();
    const t2 = await f.t.restart();
    f.t = t2;
    const s = await post(t2, B3, c.zheng, '2单元301');
    expect(await onlyReply(t2, B3, c.zheng, s)).toContain(`#${n}`);
    expect([(await ticket(t2, n)).unit, (await ticket(t2, n)).room]).toEqual(['2', '301']);
  });
});
