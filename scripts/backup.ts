/**
 * `npm run backup [-- --out PATH]`: a consistent online copy of the store
 * (GRIDBOT_DB, from the environment or .env), safe while the bot is running.
 *
 * Uses SQLite's backup API (better-sqlite3 `db.backup()`), copying every page
 * in ONE step: that step reads inside one read transaction, so the copy is the
 * store as of one moment — never half a transaction — and in WAL mode it does
 * not block the bot's writes (nor do they restart it). The copy is written
 * next to its final name and renamed only once it has passed
 * `PRAGMA integrity_check`, so a crash mid-backup never leaves a broken file
 * under the final name. An existing file is never overwritten.
 *
 * SQLite only: a PostgreSQL store (GRIDBOT_DB=postgres://…) is refused, with
 * a pointer to pg_dump, the server's own consistent online copy.
 *
 * PATH may be a file or an existing directory; default: backups/ next to the
 * store, named gridbot-YYYYMMDD-HHMMSS.db. Prints the path, size, integrity
 * and row counts; `--json` prints them as one JSON line.
 */
import 'dotenv/config';
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfigOrExit } from '../src/config';
import { engineOf } from '../src/store/db';
import { backupFailed, backupWritten } from '../src/templates/cli';

export interface BackupResult {
  source: string;
  path: string;
  bytes: number;
  ms: number;
  integrity: string;
  /** Rows per table in the copy (the store as of the backup's moment). */
  counts: Record<string, number>;
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** Where the copy goes: `out` as a file, inside `out` when it is a directory, or backups/ next to the store. */
export function backupPath(source: string, out?: string, now = new Date()): string {
  const name = `${basename(source).replace(/\.db$/, '')}-${stamp(now)}.db`;
  if (!out) return join(dirname(resolve(source)), 'backups', name);
  if (existsSync(out) && statSync(out).isDirectory()) return join(resolve(out), name);
  return resolve(out);
}

export function tableCounts(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number }).n]));
}

/** Copies the SQLite file `source` to `out` (see the file comment) and checks the copy. */
export async function backupDatabase(source: string, out: string): Promise<BackupResult> {
  const engine = engineOf(source);
  if (engine === 'postgres') {
    throw new Error('GRIDBOT_DB is a PostgreSQL database; this script copies SQLite files only. Use pg_dump instead, e.g. pg_dump -Fc -f gridbot.dump "$GRIDBOT_DB"');
  }
  if (engine === 'pglite') throw new Error('GRIDBOT_DB is a PGlite directory; this script copies SQLite files only (stop gridbot and copy the directory, or pg_dump a PostgreSQL server)');
  if (source === ':memory:') throw new Error('GRIDBOT_DB is :memory:, there is no file to back up');
  if (!existsSync(source)) throw new Error(`no store at ${source}`);
  if (existsSync(out)) throw new Error(`${out} already exists; not overwriting it`);
  mkdirSync(dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  const started = performance.now();
  const src = new Database(source, { readonly: true, fileMustExist: true });
  try {
    src.pragma('busy_timeout = 5000');
    // The first step only measures; returning the maximum makes the next one copy everything at once.
    await src.backup(partial, { progress: () => 0x7fffffff });
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    src.close();
  }
  const copy = new Database(partial, { fileMustExist: true });
  let integrity: string;
  let counts: Record<string, number>;
  try {
    integrity = (copy.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    counts = tableCounts(copy);
    // Fold any WAL content into the file itself: the backup is one self-contained file.
    copy.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    copy.close();
  }
  if (integrity !== 'ok') {
    rmSync(partial, { force: true });
    throw new Error(`the copy failed integrity_check: ${integrity}`);
  }
  for (const ext of ['-wal', '-shm']) rmSync(`${partial}${ext}`, { force: true });
  renameSync(partial, out);
  return { source: resolve(source), path: out, bytes: statSync(out).size, ms: Math.round(performance.now() - started), integrity, counts };
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

async function main(args: string[]): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log('npm run backup [-- --out PATH] [--json]   copy GRIDBOT_DB online (SQLite backup API; for PostgreSQL use pg_dump)');
    return;
  }
  const config = loadConfigOrExit();
  if (args.includes('--out') && !argValue(args, '--out')) {
    console.error('--out needs a path');
    process.exit(1);
  }
  const out = backupPath(config.GRIDBOT_DB, argValue(args, '--out'));
  try {
    const r = await backupDatabase(config.GRIDBOT_DB, out);
    if (args.includes('--json')) {
      console.log(JSON.stringify(r));
      return;
    }
    console.log(backupWritten(r.path));
    console.log(`  from ${r.source}, ${(r.bytes / 1024).toFixed(0)} KiB in ${r.ms} ms, integrity_check: ${r.integrity}`);
    console.log(`  rows: ${Object.entries(r.counts).map(([t, n]) => `${t} ${n}`).join(', ')}`);
  } catch (err) {
    console.error(backupFailed((err as Error).message));
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main(process.argv.slice(2));
}
