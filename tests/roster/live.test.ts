import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { desc, eq } from 'drizzle-orm';
import { first, openStore } from '../../src/store/db';
import { importRoster } from '../../src/roster/apply';
import { grids, outbox, people, tickets } from '../../src/store/schema';
import { staffByName } from '../../src/store/repos/people';
import { insertTicket, ticketById } from '../../src/store/repos/tickets';
import { startTestBot, waitFor, type TestBot } from '../helpers/app';
import { exampleText, roster, rosterCli, rosterProcess, TICKET_BASE } from './helpers';

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

describe('a running bot', () => {
  it('routes by the new roster right after an import from another process, without a restart', async () => {
    bot = await startTestBot();
    // A second connection to the same file, as `npm run roster -- import` would open.
    const cli = await openStore(bot.dbPath);
    try {
      const moved = exampleText()
        .replace('          - { name: "3", units: 3 }\n', '')
        .replace('          - { name: "4", units: 3 }\n', '          - { name: "3", units: 3 }\n          - { name: "4", units: 3 }\n');
      const r = await importRoster(cli, roster(moved));
      expect(r.applied).toBe(true);
    } finally {
      await cli.close();
    }

    const resident = await bot.personNamed('郑海涛');
    await bot.say('sim-b3', resident.id, '3号楼2单元楼道灯坏了，晚上一片漆黑');
    const db = bot.bot.store.db;
    const ticket = first(await db.select().from(tickets).orderBy(desc(tickets.id)));
    expect(ticket).toBeDefined();
    // 3号楼 now belongs to 第二网格, whose worker is 李强 (the demo had it in 张丽's 第一网格).
    expect(ticket!.assigneeId).toBe((await staffByName(db, '李强'))!.id);
    const second = first(await db.select().from(grids).where(eq(grids.name, '第二网格')))!;
    expect(ticket!.gridId).toBe(second.id);
  });

  it('delivers the message `npm run roster -- import --reassign-to` queued to the new assignee, with nothing else waking the bot', async () => {
    bot = await startTestBot();
    const db = bot.bot.store.db;
    const li = (await staffByName(db, '李强'))!;
    const reporter = first(await db.select().from(people).where(eq(people.name, '马丽娟')))!;
    const t = await insertTicket(db, {
      ...TICKET_BASE,
      reporterId: reporter.id,
      assigneeId: li.id,
      status: 'claimed',
      category: 'repair',
      summary: '设施报修｜4号楼电梯坏了',
      building: '4',
      unit: '2',
    });
    const file = join(dirname(bot.dbPath), 'roster.yaml');
    writeFileSync(file, exampleText().replace(/      - name: 李强\n(        .*\n){4}/, ''));
    const wang = await bot.personNamed('王建国');
    const text = [
      '【名册调整】社区更新了网格名册，以下 1 张未办结工单改由您负责：',
      `#${t.id} 设施报修｜4号楼2单元｜4号楼电梯坏了（原负责人 李强）`,
      `回复「接单 ${t.id}」认领，「查 ${t.id}」看详情。`,
    ].join('\n');

    const dry = await rosterCli(bot.dbPath, 'import', file, '--reassign-to', '王建国', '--dry-run');
    expect(dry.stderr).toBe('');
    expect(dry.stdout).toContain(`将通知 王建国（模拟器私信）：工单 #${t.id} 改由其负责。消息内容：`);
    expect(dry.stdout).toContain(`    │ #${t.id} 设施报修｜4号楼2单元｜4号楼电梯坏了（原负责人 李强）`);
    expect(await db.select().from(outbox)).toEqual([]);
    expect((await ticketById(db, t.id))!.assigneeId).toBe(li.id);

    const real = await rosterProcess(bot.dbPath, 'import', file, '--reassign-to', '王建国');
    expect(real.stderr).toBe('');
    expect(real.code).toBe(0);
    expect(real.stdout).toContain(`已通知 王建国（模拟器私信）：工单 #${t.id} 改由其负责`);
    // The CLI's commit reaches the running bot's sender only by its poll: no message, no kick here.
    await waitFor(async () => (await bot!.directTexts(wang.id)).includes(text), 5000, '王建国 to get the message');
    expect(await bot.directTexts(wang.id)).toEqual([text]);
    expect(await ticketById(db, t.id)).toMatchObject({ assigneeId: (await staffByName(db, '王建国'))!.id, status: 'open' });
  });
});
