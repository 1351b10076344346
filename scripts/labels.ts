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
import 'dotenv/config';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/db';
import { exportLabels } from '../src/services/intake/labels';
import { labelsBadSince, labelsUsage, labelsWritten, tokenArgsError } from '../src/templates/cli';

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(labelsUsage());
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      options: { out: { type: 'string' }, since: { type: 'string' }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (err) {
    usage(tokenArgsError(err instanceof Error ? err.message : String(err)));
  }
}
const { values, positionals } = readArgs();
if (values.help) {
  console.log(labelsUsage());
  process.exit(0);
}
if (positionals.length !== 1 || positionals[0] !== 'export') usage();

let since: Date | null = null;
if (values.since !== undefined) {
  // A bare date is midnight in China (UTC+8), where the workers are.
  const text = /^\d{4}-\d{2}-\d{2}$/.test(values.since) ? `${values.since}T00:00:00+08:00` : values.since;
  since = new Date(text);
  if (Number.isNaN(since.getTime())) usage(labelsBadSince(values.since));
}

const store = await openStore(values.db ?? process.env.GRIDBOT_DB ?? './data/gridbot.db');
try {
  const lines = await exportLabels(store.db, since);
  const body = lines.length ? `${lines.join('\n')}\n` : '';
  if (values.out) {
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, body);
    console.error(labelsWritten(lines.length, values.out));
  } else {
    process.stdout.write(body);
  }
} finally {
  await store.close();
}
