/**
 * `triage`: an unsure message. Nothing is said in the group; the grid worker
 * sees it in 待办 as 待确认 M7 and in a batched direct message; 立单 makes it a
 * ticket (the resident is acked then), 忽略 drops it; after three days it
 * expires and is counted. Through the simulator API, on a fake clock.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directSince, events, groupSince, onlyReply, post, ticket, ticketCount, ticketNo } from '../tickets/support';
import { ADMIN, B3, DAY, MINUTE, startFlowBot, tickOf, triageRows, unsureTexts, type FlowBot } from './support';
import { parse } from '../../src/core/parse';
import { decideAction } from '../../src/core/parse/decide';

// Three messages the committed model is unsure about (support.ts; checked again in unsure() below).
const [UNSURE, UNSURE_2, UNSURE_3] = unsureTexts(3) as [string, string, string];

let f: FlowBot;
beforeEach(async () => {
  f = await startFlowBot();
});
afterEach(async () => {
  await f.t.stop();
});

async function unsure(text: string, who = f.c.zheng): Promise<number> {
  expect(decideAction(parse(text, { groupBuilding: '3' }), { faqHit: false }).action, `${text}: the model is unsure`).toBe('triage');
  const s = await post(f.t, B3, who, text);
  expect(await groupSince(f.t, B3, s), `${text}: nothing in the group`).toEqual([]);
  return s;
}

describe('triage: quiet in the group, a look by the worker', () => {
  it('is stored, listed in 待办 as 待确认 M1, and nothing is said or opened', async () => {
    const { t, c } = f;
    await unsure(UNSURE);
    expect(await ticketCount(t)).toBe(0);
    const [item, ...more] = await triageRows(t);
    expect(more).toEqual([]);
    expect(item!.status).toBe('pending');
    expect(item!.text).toBe(UNSURE);

    const s = await post(t, null, c.zhang, '待办');
    const list = await onlyReply(t, null, c.zhang, s);
    expect(list).toContain(`待确认 M${item!.id} 3号楼｜郑海涛：${UNSURE}`);
    expect(list).toContain(`立单 M编号`);
    // Another grid's worker does not see it.
    const s2 = await post(t, null, c.li, '待办');
    expect(await onlyReply(t, null, c.li, s2)).not.toContain('待确认');
  });

  it('digests are batched: one direct message for a burst, then at most one per gap', async () => {
    const { t, c, clock } = f;
    const start = await unsure(UNSURE);
    clock.advance(20_000);
    await unsure(UNSURE_2);
    // Not one message per item, and not before the batching delay.
    expect((await tickOf(t)).sent).toBe(0);
    expect(await directSince(t, c.zhang, start)).toEqual([]);

    clock.advance(2 * MINUTE);
    expect((await tickOf(t)).sent).toBe(1);
    const dms = await directSince(t, c.zhang, start);
    expect(dms).toHaveLength(1);
    const [a, b] = await triageRows(t);
    expect(dms[0]).toContain(`待确认 M${a!.id}`);
    expect(dms[0]).toContain(`待确认 M${b!.id}`);
    expect(dms[0]).toContain('【待确认 2 条】');
    expect((await tickOf(t)).sent, 'each item is sent once').toBe(0);

    // A third item soon after: it waits for the gap since the last digest.
    clock.advance(MINUTE);
    const s3 = await unsure(UNSURE_3);
    clock.advance(3 * MINUTE);
    expect((await tickOf(t)).sent).toBe(0);
    clock.advance(7 * MINUTE);
    expect((await tickOf(t)).sent).toBe(1);
    const later = await directSince(t, c.zhang, s3);
    expect(later).toHaveLength(1);
    expect(later[0]).toContain('【待确认 1 条】');
    expect(later[0]).not.toContain(`M${a!.id} `);
  });

  it('an unsure report of a problem already open in the building follows that ticket instead', async () => {
    const { t, c } = f;
    const first = await post(t, B3, c.zheng, '3号楼停水了');
    const n = ticketNo((await groupSince(t, B3, first))[0]!.text);
    const text = '我家没水了，怎么回事';
    expect(decideAction(parse(text, { groupBuilding: '3' }), { faqHit: false }).action, 'the model is unsure').toBe('triage');
    const s = await post(t, B3, c.feng, text);
    const reply = await onlyReply(t, B3, c.feng, s);
    expect(reply).toContain(`#${n}`);
    expect(await triageRows(t)).toEqual([]);
    expect(await ticketCount(t)).toBe(1);
    expect((await events(t, n)).at(-1)!.type).toBe('followed');
  });

  it('立单 M1 makes it a ticket and acks the resident in the group; a second 立单 is refused', async () => {
    const { t, c } = f;
    await unsure(UNSURE);
    const [item] = await triageRows(t);
    const s = await post(t, null, c.zhang, `立单 M${item!.id} 噪音扰民`);
    // The worker gets the answer to the command and, as for any new ticket, the assignment.
    const dms = await directSince(t, c.zhang, s);
    const ok = dms.find((d) => d.startsWith(`已把 M${item!.id} 立为工单`));
    expect(ok, dms.join('\n')).toBeDefined();
    const n = ticketNo(ok!.replace(`M${item!.id}`, ''));
    expect(dms.some((d) => d.startsWith(`【新工单 #${n}】`))).toBe(true);
    expect((await ticket(t, n)).category).toBe('noise');
    expect((await ticket(t, n)).text).toBe(UNSURE);
    expect((await ticket(t, n)).reporterId).toBe(item!.reporterId);
    const acks = await groupSince(t, B3, s);
    expect(acks).toHaveLength(1);
    expect(acks[0]!.mentions).toEqual([c.zheng.id]);
    expect(acks[0]!.text).toContain(`#${n}`);
    expect((await events(t, n)).map((e) => e.type)).toContain('confirmed');
    expect((await triageRows(t))[0]!.status).toBe('ticketed');
    expect((await triageRows(t))[0]!.ticketId).toBe(n);

    const again = await post(t, null, c.zhang, `立单 M${item!.id}`);
    expect(await onlyReply(t, null, c.zhang, again)).toContain('已经立单');
    expect(await ticketCount(t)).toBe(1);
  });

  it('忽略 M1 drops it silently; a worker of another grid may not decide; unknown items are named', async () => {
    const { t, c } = f;
    const s0 = await unsure(UNSURE);
    const [item] = await triageRows(t);
    const s = await post(t, null, c.li, `忽略 M${item!.id}`);
    expect(await onlyReply(t, null, c.li, s)).toContain('不在您负责的网格');
    expect((await triageRows(t))[0]!.status).toBe('pending');

    const s2 = await post(t, null, c.zhang, `忽略 m${item!.id}`);
    expect(await onlyReply(t, null, c.zhang, s2)).toContain(`已忽略 M${item!.id}`);
    expect((await triageRows(t))[0]!.status).toBe('ignored');
    expect(await groupSince(t, B3, s0)).toEqual([]);
    expect(await ticketCount(t)).toBe(0);

    const s3 = await post(t, null, c.zhang, '立单 M99');
    expect(await onlyReply(t, null, c.zhang, s3)).toContain('没有找到待确认消息 M99');
    const s4 = await post(t, null, c.zhang, `立单 M${item!.id}`);
    expect(await onlyReply(t, null, c.zhang, s4)).toContain('已经忽略');
  });

  it('a resident typing 忽略 or 立单 is just chatting: no refusal in the group', async () => {
    const { t, c } = f;
    for (const text of ['忽略', '立单 M1']) {
      const s = await post(t, B3, c.feng, text);
      expect(await groupSince(t, B3, s), text).toEqual([]);
    }
  });

  it('unconfirmed items expire after three days and are counted in /healthz; items survive a restart', async () => {
    const { c, clock } = f;
    await unsure(UNSURE);
    const t = await f.t.restart();
    f.t = t;
    expect((await triageRows(t))[0]!.status).toBe('pending');
    clock.advance(3 * DAY - MINUTE);
    expect((await tickOf(t)).expired).toBe(0);
    clock.advance(2 * MINUTE);
    expect((await tickOf(t)).expired).toBe(1);
    expect((await triageRows(t))[0]!.status).toBe('expired');
    const health = (await t.bot.app.inject({ method: 'GET', url: '/healthz' })).json();
    expect(health.triage).toEqual({ pending: 0, ticketed: 0, ignored: 0, expired: 1 });
    const stats = await t.bot.app.inject({ method: 'GET', url: '/api/stats', headers: { authorization: `Bearer ${ADMIN}` } });
    expect(stats.statusCode).toBe(200);
    expect(stats.json().triage).toEqual({ pending: 0, ticketed: 0, ignored: 0, expired: 1 });
    const otherGrid = await t.bot.app.inject({ method: 'GET', url: '/api/stats?grid=第二网格', headers: { authorization: `Bearer ${ADMIN}` } });
    expect(otherGrid.json().triage).toEqual({ pending: 0, ticketed: 0, ignored: 0, expired: 0 });

    const s = await post(t, null, c.zhang, '待办');
    expect(await onlyReply(t, null, c.zhang, s)).not.toContain('待确认');
  });

  it('a digest that came due while the bot was down goes out at the next start, once', async () => {
    const { c, clock } = f;
    await unsure(UNSURE);
    clock.advance(5 * MINUTE);
    const t = await f.t.restart();
    f.t = t;
    // start() ran the triage clock once: the digest was queued through the outbox.
    await t.bot.settle();
    const dms = await directSince(t, c.zhang, 0);
    expect(dms.filter((d) => d.includes('【待确认 1 条】'))).toHaveLength(1);
    expect((await tickOf(t)).sent).toBe(0);
  });
});
