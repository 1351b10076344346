/**
 * Workers' verdicts (立单, 忽略, 退回 非诉求, 改类) as labelled examples for review.
 *
 *   npm run labels -- export [--out FILE] [--since DATE] [--db PATH]
 *
 * Writes JSONL in the corpus format of tests/fixtures (plus "source": "worker"
 * and "label"), one line a verdict, texts masked. Without --out it prints to
 * stdout. Uses GRIDBOT_DB (or --db); safe while gridbot runs (SQLite in WAL
 * mode; PostgreSQL serves many processes).
 * Exit codes: 0 done, 2 wrong usage.
 */
import { config as loadDotenv } from 'dotenv';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/db';
import { exportLabels } from '../src/services/intake/labels';
import { labelsBadSince, labelsUsage, labelsWritten, tokenArgsError } from '../src/templates/cli';
import { startedDirectly, type CliStreams } from './cli';

class UsageError extends Error {}

function readArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { out: { type: 'string' }, since: { type: 'string' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (err) {
    throw new UsageError(tokenArgsError(err instanceof Error ? err.message : String(err)));
  }
}

/**
 * The CLI without the process (no process.exit inside): returns the exit code.
 * Tests run it in-process; a process costs ~2 s of tsx start-up.
 */
export async function main(argv: string[], io: CliStreams = process, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const error = (line: string) => io.stderr.write(`${line}\n`);
  let values: ReturnType<typeof readArgs>['values'];
  let since: Date | null = null;
  try {
    const args = readArgs(argv);
    values = args.values;
    if (values.help) {
      io.stdout.write(`${labelsUsage()}\n`);
      return 0;
    }
    if (args.positionals.length !== 1 || args.positionals[0] !== 'export') throw new UsageError('');
    if (values.since !== undefined) {
      // A bare date is midnight in China (UTC+8), where the workers are.
      const text = /^\d{4}-\d{2}-\d{2}$/.test(values.since) ? `${values.since}T00:00:00+08:00` : values.since;
      since = new Date(text);
      if (Number.isNaN(since.getTime())) throw new UsageError(labelsBadSince(values.since));
    }
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    if (err.message) error(err.message);
    error(labelsUsage());
    return 2;
  }

  const store = await openStore(values.db ?? env.GRIDBOT_DB ?? './data/gridbot.db');
  try {
    const lines = await exportLabels(store.db, since);
    const body = lines.length ? `${lines.join('\n')}\n` : '';
    if (values.out) {
      mkdirSync(dirname(values.out), { recursive: true });
      writeFileSync(values.out, body);
      error(labelsWritten(lines.length, values.out));
    } else {
      io.stdout.write(body);
    }
  } finally {
    await store.close();
  }
  return 0;
}

if (startedDirectly(import.meta.url)) {
  // Configuration from the environment, then .env (not when imported by a test).
  loadDotenv();
  process.exitCode = await main(process.argv.slice(2));
}
