import { afterEach, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { openStore } from '../../src/store/db';
import { importRoster } from '../../src/roster/apply';
import { grids, tickets } from '../../src/store/schema';
import { staffByName } from '../../src/store/repos/people';
import { startTestBot, type TestBot } from '../helpers/app';
import { exampleText, roster } from './helpers';

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

describe('a running bot', () => {
  it('routes by the new roster right after an import from another process, without a restart', async () => {
    bot = await startTestBot();
    // A second connection to the same file, as `npm run roster -- import` would open.
    const cli = openStore(bot.dbPath);
    try {
      const moved = exampleText()
        .replace('          - { name: "3", units: 3 }\n', '')
        .replace('          - { name: "4", units: 3 }\n', '          - { name: "3", units: 3 }\n          - { name: "4", units: 3 }\n');
      const r = importRoster(cli, roster(moved));
      expect(r.applied).toBe(true);
    } finally {
      cli.close();
    }

    const resident = await bot.personNamed('郑海涛');
    await bot.say('sim-b3', resident.id, '3号楼2单元楼道灯坏了，晚上一片漆黑');
    const db = bot.bot.store.db;
    const ticket = db.select().from(tickets).orderBy(desc(tickets.id)).get();
    expect(ticket).toBeDefined();
    // 3号楼 now belongs to 第二网格, whose worker is 李强 (the demo had it in 张丽's 第一网格).
    expect(ticket!.assigneeId).toBe(staffByName(db, '李强')!.id);
    const second = db.select().from(grids).where(eq(grids.name, '第二网格')).get()!;
    expect(ticket!.gridId).toBe(second.id);
  });
});
