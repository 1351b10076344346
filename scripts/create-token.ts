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
import { tokenArgsError, tokenBadRole, tokenCreated, tokenLabelRequired, tokenUsage } from '../src/templates/cli';

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
  fail(tokenArgsError(err instanceof Error ? err.message : String(err)));
}

const usage = tokenUsage(TOKEN_ROLES);
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const role = values.role ?? 'office';
if (!(TOKEN_ROLES as readonly string[]).includes(role)) fail(tokenBadRole(role, usage));
const label = values.label?.trim();
if (!label) fail(tokenLabelRequired(usage));

const store = openStore(values.db ?? process.env.GRIDBOT_DB ?? './data/gridbot.db');
try {
  const { id, token } = createApiToken(store.db, role as TokenRole, label);
  console.log(tokenCreated(id, role, label, token));
} finally {
  store.close();
}
