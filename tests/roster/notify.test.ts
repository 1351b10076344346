import { afterEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { importRoster } from '../../src/roster/apply';
import { describeChange } from '../../src/roster/plan';
import { outbox, people } from '../../src/store/schema';
import { eventsOf, insertTicket, ticketById } from '../../src/store/repos/tickets';
import { staffByName } from '../../src/store/repos/people';
import { first, type Store } from '../../src/store/db';
import { demoStore, dump, exampleText, roster, TICKET_BASE, type Cleanups } from './helpers';

const cleanups: Cleanups = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const SIM = new Set(['simulator']);
const NOW = new Date('2025-03-03T10:00:00+08:00');
const outboxRows = async (store: Store) => await store.db.select().from(outbox);

/** The demo with tickets: 李强 (第二网格) holds #a open, #b claimed, #c resolved; 张丽 (第一网格) holds #d claimed. */
async function withTickets(store: Store) {
  const id = async (name: string) => (await staffByName(store.db, name))!.id;
  const grid = async (name: string) => (await store.execute<{ id: number }>(sql`SELECT id FROM grids WHERE name = ${name}`))[0]!.id;
  const reporter = first(await store.db.select().from(people).where(eq(people.name, '马丽娟')))!;
  const base = { ...TICKET_BASE, reporterId: reporter.id };
  const li = { ...base, assigneeId: await id('李强'), gridId: await grid('第二网格') };
  const a = await insertTicket(store.db, { ...li, status: 'open', category: 'repair', summary: '设施报修｜4号楼电梯坏了', building: '4', unit: '2' });
  const b = await insertTicket(store.db, { ...li, status: 'claimed', category: 'sanitation', summary: '垃圾没清运', building: '5' });
  const c = await insertTicket(store.db, { ...li, status: 'resolved' });
  const d = await insertTicket(store.db, {
    ...base,
    assigneeId: await id('张丽'),
    gridId: await grid('第一网格'),
    status: 'claimed',
    category: 'repair',
    summary: '楼道灯不亮',
    building: '1',
  });
  return { a, b, c, d };
}

/** The example roster without 李强. */
const withoutLi = () => exampleText().replace(/      - name: 李强\n(        .*\n){4}/, '');
/** …and 张丽 handing 第一网格 over for 第二网格. */
const withoutLiZhangMoved = () => withoutLi().replace('grids: [第一网格]\n        wechatName: 张网格', 'grids: [第二网格]\n        wechatName: 张网格');

describe('telling the new assignee about tickets an import moves', () => {
  it('queues one direct message listing every moved ticket, on the channel the bot knows them by, with a history event each', async () => {
    const store = await demoStore(cleanups);
    const { a, b, c, d } = await withTickets(store);
    const wang = (await staffByName(store.db, '王建国'))!;
    const r = await importRoster(store, roster(withoutLiZhangMoved()), { reassignTo: '王建国', channels: SIM, now: NOW });
    expect(r.applied).toBe(true);
    expect(r.plan.changes.map(describeChange)).toContain(`~ 工单 #${d.id} 由 张丽 转给 王建国（张丽 不再负责 第一网格）`);

    const text = [
      '【名册调整】社区更新了网格名册，以下 3 张未办结工单改由您负责：',
      `#${a.id} 设施报修｜4号楼2单元｜4号楼电梯坏了（原负责人 李强）`,
      `#${b.id} 环境卫生｜5号楼｜垃圾没清运（原负责人 李强）`,
      `#${d.id} 设施报修｜1号楼｜楼道灯不亮（原负责人 张丽）`,
      `请逐一认领，如回复「接单 ${a.id}」；「查 ${a.id}」看详情，「我的」看全部。`,
    ].join('\n');
    // One row for the one new assignee, not one per ticket; a direct message to 王建国's simulator id.
    expect(await outboxRows(store)).toEqual([
      expect.objectContaining({
        channel: 'simulator',
        groupExternalId: null,
        toExternalId: `p${wang.id}`,
        text,
        status: 'pending',
        ref: 'roster:reassign',
        createdAt: NOW,
      }),
    ]);
    expect(r.notices).toEqual([{ to: '王建国', tickets: [a.id, b.id, d.id], text, via: { channel: 'simulator', toExternalId: `p${wang.id}` } }]);

    for (const t of [a, b]) {
      expect(await ticketById(store.db, t.id)).toMatchObject({ assigneeId: wang.id, status: 'open' });
      expect(await eventsOf(store.db, t.id)).toEqual([
        expect.objectContaining({ type: 'transferred', actorId: null, fromStatus: t.status, toStatus: 'open', note: '名册导入：李强 停用，转给 王建国', at: NOW }),
      ]);
    }
    expect(await eventsOf(store.db, d.id)).toEqual([
      expect.objectContaining({ type: 'transferred', actorId: null, fromStatus: 'claimed', toStatus: 'open', note: '名册导入：张丽 不再负责 第一网格，转给 王建国' }),
    ]);
    expect(await eventsOf(store.db, c.id)).toEqual([]);
  });

  it('prefers WeCom when the bot runs it, as for every staff message', async () => {
    const store = await demoStore(cleanups);
    const { a, b } = await withTickets(store);
    const r = await importRoster(store, roster(withoutLi()), { reassignTo: '张丽', channels: new Set(['simulator', 'wecom']) });
    const rows = await outboxRows(store);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'wecom', toExternalId: 'ZhangLi', groupExternalId: null });
    expect(rows[0]!.text).toContain(`#${a.id} 设施报修`);
    expect(r.notices.map((n) => [n.to, n.tickets])).toEqual([['张丽', [a.id, b.id]]]);
  });

  it('says so when the new assignee cannot be reached, and queues nothing', async () => {
    const store = await demoStore(cleanups);
    const { a, b } = await withTickets(store);
    // 孙悦 is added by this file: no chat identity yet, and WeCom is not running.
    const text = withoutLi().replace('      - name: 赵敏\n', '      - name: 孙悦\n        role: grid_worker\n        grids: [第二网格]\n        wecomUserId: SunYue\n      - name: 赵敏\n');
    const dry = await importRoster(store, roster(text), { reassignTo: '孙悦', channels: SIM, dryRun: true });
    expect(dry.notices).toEqual([expect.objectContaining({ to: '孙悦', tickets: [a.id, b.id], via: null })]);
    // With WeCom on, the account this same file gives 孙悦 is where it would go.
    const dryWecom = await importRoster(store, roster(text), { reassignTo: '孙悦', channels: new Set(['wecom']), dryRun: true });
    expect(dryWecom.notices[0]!.via).toEqual({ channel: 'wecom', toExternalId: 'SunYue' });

    const r = await importRoster(store, roster(text), { reassignTo: '孙悦', channels: SIM });
    expect(r.applied).toBe(true);
    expect(r.notices).toEqual([expect.objectContaining({ to: '孙悦', tickets: [a.id, b.id], via: null })]);
    expect(await outboxRows(store)).toEqual([]);
  });

  it('writes no message when no ticket moves, and one as soon as one does', async () => {
    const store = await demoStore(cleanups);
    const wang = (await staffByName(store.db, '王建国'))!;
    // 李强 leaves with nothing open: --reassign-to has nothing to hand on.
    const r = await importRoster(store, roster(withoutLi()), { reassignTo: '王建国', channels: SIM });
    expect(r.applied).toBe(true);
    expect(r.plan.notes).toContain('--reassign-to：没有需要转派的工单');
    expect(r.notices).toEqual([]);
    expect(await outboxRows(store)).toEqual([]);

    // 张丽 now hands 第一网格 over while holding a ticket there: that one moves, and is announced.
    const reporter = first(await store.db.select().from(people).where(eq(people.name, '马丽娟')))!;
    const zhang = (await staffByName(store.db, '张丽'))!;
    const gridOne = (await store.execute<{ id: number }>(sql`SELECT id FROM grids WHERE name = '第一网格'`))[0]!.id;
    const t = await insertTicket(store.db, { ...TICKET_BASE, reporterId: reporter.id, assigneeId: zhang.id, gridId: gridOne, status: 'claimed' });
    await importRoster(store, roster(withoutLiZhangMoved()), { reassignTo: '王建国', channels: SIM });
    expect(await outboxRows(store)).toEqual([expect.objectContaining({ toExternalId: `p${wang.id}`, text: expect.stringContaining(`#${t.id} `) })]);
  });

  it('--dry-run returns who would be told about which tickets, and the message, writing nothing', async () => {
    const store = await demoStore(cleanups);
    const { a, b, d } = await withTickets(store);
    const wang = (await staffByName(store.db, '王建国'))!;
    const before = await dump(store);
    const dry = await importRoster(store, roster(withoutLiZhangMoved()), { reassignTo: '王建国', channels: SIM, dryRun: true });
    expect(dry.applied).toBe(false);
    expect(dry.notices).toEqual([
      {
        to: '王建国',
        tickets: [a.id, b.id, d.id],
        text: expect.stringMatching(/^【名册调整】社区更新了网格名册，以下 3 张未办结工单改由您负责：\n/),
        via: { channel: 'simulator', toExternalId: `p${wang.id}` },
      },
    ]);
    expect(await dump(store)).toEqual(before);
    // The real import sends exactly what the dry run showed.
    const real = await importRoster(store, roster(withoutLiZhangMoved()), { reassignTo: '王建国', channels: SIM });
    expect(real.notices).toEqual(dry.notices);
    expect((await outboxRows(store)).map((o) => o.text)).toEqual([dry.notices[0]!.text]);
  });

  it('without --reassign-to, someone who hands a grid over keeps its open tickets, with a note; nobody is told', async () => {
    const store = await demoStore(cleanups);
    const { d } = await withTickets(store);
    const zhang = (await staffByName(store.db, '张丽'))!;
    const moved = exampleText().replace('grids: [第一网格]\n        wechatName: 张网格', 'grids: [第二网格]\n        wechatName: 张网格');
    const r = await importRoster(store, roster(moved), { channels: SIM });
    expect(r.applied).toBe(true);
    expect(r.plan.errors).toEqual([]);
    expect(r.plan.notes).toEqual([
      `张丽 不再负责 第一网格，但仍是其中未办结工单 #${d.id} 的负责人：工单留给 张丽 继续处理；要转给别人，请加 --reassign-to 姓名`,
    ]);
    expect(await ticketById(store.db, d.id)).toMatchObject({ assigneeId: zhang.id, status: 'claimed' });
    expect(await eventsOf(store.db, d.id)).toEqual([]);
    expect(await outboxRows(store)).toEqual([]);
  });
});
