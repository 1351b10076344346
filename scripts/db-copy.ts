/**
 * Moves a community's data from one store to another, usually its SQLite file
 * to the street's PostgreSQL:
 *
 *   npm run db:copy -- --from ./data/gridbot.db --to postgres://gridbot:…@db:5432/gridbot
 *
 * Stop gridbot first (the source must not change during the copy). The
 * target is migrated, must be empty, and gets every row with its id in one
 * transaction; the counts are then compared table by table.
 */
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/db';
import { copyStore } from '../src/store/copy';

const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
if (!values.from || !values.to) {
  console.error('用法：npm run db:copy -- --from ./data/gridbot.db --to postgres://用户:密码@主机:5432/库名');
  process.exit(2);
}
const from = await openStore(values.from);
const to = await openStore(values.to);
try {
  const report = await copyStore(from, to, { onTable: (name, n) => console.log(`${name}: ${n}`) });
  const total = report.tables.reduce((s, t) => s + t.target, 0);
  console.log(`完成：${report.tables.length} 张表，共 ${total} 行，源库与目标库行数一致。`);
} catch (err) {
  console.error(`复制失败（目标库未改动）：${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await from.close();
  await to.close();
}
