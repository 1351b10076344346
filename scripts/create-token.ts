/**
 * Creates an API token and prints it once (only its hash is stored).
 *
 *   npm run token -- --role office --label 赵敏
 *   npm run token -- --role grid_leader --label 王建国
 *   npm run token -- --role grid_worker --label 李强      (read-only)
 *
 * Uses GRIDBOT_DB (or --db <path>); safe while gridbot runs (SQLite WAL).
 */
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/db';
import { createApiToken, TOKEN_ROLES, type TokenRole } from '../src/services/tokens';

function fail(msg: string): never {
  console.error(msg);
  process.exit(1);
}

let values: { role?: string; label?: string; db?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      role: { type: 'string' },
      label: { type: 'string' },
      db: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (err) {
  fail(`参数错误：${err instanceof Error ? err.message : String(err)}`);
}

const usage = `用法：npm run token -- --role <${TOKEN_ROLES.join('|')}> --label <备注，如姓名> [--db <数据库文件>]`;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const role = values.role ?? 'office';
if (!(TOKEN_ROLES as readonly string[]).includes(role)) fail(`角色不正确：${role}\n${usage}`);
const label = values.label?.trim();
if (!label) fail(`请用 --label 写明令牌给谁用。\n${usage}`);

const store = openStore(values.db ?? process.env.GRIDBOT_DB ?? './data/gridbot.db');
try {
  const { id, token } = createApiToken(store.db, role as TokenRole, label);
  console.log(`已创建令牌 #${id}（角色 ${role}，${label}）。只显示这一次，请妥善保存：\n${token}`);
} finally {
  store.close();
}
