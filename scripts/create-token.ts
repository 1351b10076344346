/**
 * Creates an API token and prints it once (only its hash is stored).
 *
 *   npm run token -- --role office --label 赵敏
 *   npm run token -- --role grid_leader --person 王建国   (posts only to 王建国's grids)
 *   npm run token -- --role grid_worker --label 李强      (read-only)
 *
 * Uses GRIDBOT_DB (or --db <path or postgres:// URL>); safe while gridbot
 * runs (SQLite in WAL mode; PostgreSQL serves many processes).
 * Exit codes: 0 created, 1 refused (nothing created).
 *
 * main() takes its streams and environment so tests can run it in-process
 * (a node + tsx start costs ~2 s); only this file's last lines touch the process.
 */
import { config as loadDotenv } from 'dotenv';
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
import { startedDirectly, type CliStreams } from './cli';

/** Creates one token; resolves to the exit code. */
export async function main(argv: string[], io: CliStreams = process, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const log = (line: string) => io.stdout.write(`${line}\n`);
  const fail = (line: string) => {
    io.stderr.write(`${line}\n`);
    return 1;
  };
  let values: { role?: string; label?: string; person?: string; db?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        role: { type: 'string' },
        label: { type: 'string' },
        person: { type: 'string' },
        db: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    return fail(tokenArgsError(err instanceof Error ? err.message : String(err)));
  }

  const usage = tokenUsage(TOKEN_ROLES);
  if (values.help) {
    log(usage);
    return 0;
  }
  const role = values.role ?? 'office';
  if (!(TOKEN_ROLES as readonly string[]).includes(role)) return fail(tokenBadRole(role, usage));
  const personKey = values.person?.trim();
  if (!values.label?.trim() && !personKey) return fail(tokenLabelRequired(usage));

  const store = await openStore(values.db ?? env.GRIDBOT_DB ?? './data/gridbot.db');
  try {
    let person: PersonRow | undefined;
    try {
      person = personKey ? await tokenPerson(store.db, role as TokenRole, personKey) : undefined;
    } catch (err) {
      if (err instanceof TokenPersonError) return fail(tokenPersonRefused(err.code, err.details));
      throw err;
    }
    const label = values.label?.trim() || person!.name;
    const { id, token } = await createApiToken(store.db, role as TokenRole, label, { personId: person?.id ?? null });
    log(tokenCreated(id, role, label, token));
    if (person) log(tokenLinkedTo(person.name, (await gridsCoveredBy(store.db, person.id)).map((g) => g.name)));
    else if (role === 'grid_leader') io.stderr.write(`${tokenLeaderUnlinked()}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

if (startedDirectly(import.meta.url)) {
  // GRIDBOT_DB may come from .env, as for the bot (not when imported by a test).
  loadDotenv();
  process.exitCode = await main(process.argv.slice(2));
}
