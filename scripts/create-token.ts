/**
 * Creates an API token and prints it once (only its hash is stored).
 *
 *   npm run token -- --role office --label 赵敏
 *   npm run token -- --role grid_leader --person 王建国   (posts only to 王建国's grids)
 *   npm run token -- --role grid_worker --label 李强      (read-only)
 *
 * Uses GRIDBOT_DB (or --db <path or postgres:// URL>); safe while gridbot
 * runs (SQLite in WAL mode; PostgreSQL serves many processes).
 */
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/db';
import { createApiToken, TOKEN_ROLES, type TokenRole } from '../src/services/tokens';
import { tokenPerson, TokenPersonError } from '../src/services/token-person';
import { gridsCoveredBy, type PersonRow } from '../src/store/repos/people';
import {
  tokenArgsError,
  tokenBadRole,
  tokenCreated,
  tokenLabelRequired,
  tokenLeaderUnlinked,
  tokenLinkedTo,
  tokenPersonRefused,
  tokenUsage,
} from '../src/templates/cli';

function fail(msg: string): never {
  console.error(msg);
  process.exit(1);
}

let values: { role?: string; label?: string; person?: string; db?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      role: { type: 'string' },
      label: { type: 'string' },
      person: { type: 'string' },
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
const personKey = values.person?.trim();
if (!values.label?.trim() && !personKey) fail(tokenLabelRequired(usage));

const store = await openStore(values.db ?? process.env.GRIDBOT_DB ?? './data/gridbot.db');
let person: PersonRow | undefined;
try {
  person = personKey ? await tokenPerson(store.db, role as TokenRole, personKey) : undefined;
} catch (err) {
  // Closed here: process.exit in fail() skips any finally.
  await store.close();
  if (err instanceof TokenPersonError) fail(tokenPersonRefused(err.code, err.details));
  throw err;
}
try {
  const label = values.label?.trim() || person!.name;
  const { id, token } = await createApiToken(store.db, role as TokenRole, label, { personId: person?.id ?? null });
  console.log(tokenCreated(id, role, label, token));
  if (person) console.log(tokenLinkedTo(person.name, (await gridsCoveredBy(store.db, person.id)).map((g) => g.name)));
  else if (role === 'grid_leader') console.error(tokenLeaderUnlinked());
} finally {
  await store.close();
}
