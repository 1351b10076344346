/**
 * The roster CLI: how an office loads, checks and exports its street.
 *
 *   npm run roster -- import FILE [--dry-run] [--reassign-to NAME]
 *   npm run roster -- export [--format yaml|csv] [--out PATH] [--street NAME]
 *   npm run roster -- groups
 *   npm run roster -- remove (--community NAME [--street NAME] | --street NAME) [--dry-run] [--force]
 *
 * FILE is a YAML/JSON file, or a folder with buildings.csv, staff.csv and
 * (optionally) groups.csv. The store is GRIDBOT_DB (default ./data/gridbot.db;
 * a postgres:// URL works the same way).
 * Configuration is read like the bot's (environment, then .env): messages to
 * the new assignees of moved tickets are addressed for the bot's channels.
 * Exit codes: 0 done, 1 the file has errors or the import was refused
 * (nothing written), 2 wrong usage or configuration.
 *
 * main() takes its streams and environment so tests can run it in-process
 * (a node + tsx start costs ~2 s); only this file's last lines touch the process.
 */
import { config as loadDotenv } from 'dotenv';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, configuredChannels, loadConfig, type Config } from '../src/config';
import { openStore, type Store } from '../src/store/db';
import { importRoster } from '../src/roster/apply';
import { allStreets, unboundGroups } from '../src/roster/current';
import { CSV_FILES, rosterToCsv } from '../src/roster/csv';
import { exportRoster } from '../src/roster/export';
import { removeArea } from '../src/roster/remove';
import { buildingCoverage } from '../src/store/repos/area';
import { buildingLabel } from '../src/templates/announcements';
import { formatIssue, locateIssues } from '../src/roster/issues';
import { csvPlaces, loadRosterFile } from '../src/roster/load';
import { describeChange } from '../src/roster/plan';
import { rosterToYaml } from '../src/roster/yaml';
import * as rt from '../src/templates/roster';
import { startedDirectly, type CliStreams } from './cli';

const USAGE = rt.CLI_USAGE;

class UsageError extends Error {}

function usage(message: string): never {
  throw new UsageError(message);
}

/** What each command needs from outside: the environment and a line writer per stream. */
interface Ctx {
  env: NodeJS.ProcessEnv;
  out: CliStreams['stdout'];
  log(line: string): void;
  error(line: string): void;
}

async function openFromEnv(ctx: Ctx, config: Config = loadConfig(ctx.env)): Promise<Store> {
  return openStore(config.GRIDBOT_DB);
}

async function runImport(ctx: Ctx, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'dry-run': { type: 'boolean' }, 'reassign-to': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) usage(rt.cliImportOneFile());
  const file = positionals[0]!;
  if (!existsSync(file)) usage(rt.fileNotFound(file));
  const reassignTo = values['reassign-to'];
  if (reassignTo !== undefined && reassignTo.trim() === '') usage(rt.cliReassignToEmpty());

  const loaded = loadRosterFile(file);
  for (const n of loaded.notes) ctx.log(rt.cliNote(n));
  if (!loaded.roster) {
    ctx.error(rt.cliRosterInvalid(loaded.issues.length));
    for (const i of loaded.issues) ctx.error(`  ${formatIssue(i)}`);
    return 1;
  }
  const config = loadConfig(ctx.env);
  const store = await openFromEnv(ctx, config);
  try {
    const dryRun = values['dry-run'] === true;
    const channels = configuredChannels(config);
    const { plan, applied, notices } = await importRoster(store, loaded.roster, { dryRun, reassignTo, channels });
    if (plan.errors.length > 0) {
      ctx.error(rt.cliPlanRefused(plan.errors.length));
      // Problems found against the store point into the file too (CSV: file and line, not tree paths).
      const located = locateIssues(plan.errors, loaded.locate);
      for (const i of loaded.format === 'csv' ? csvPlaces(located) : located) ctx.error(`  ${formatIssue(i)}`);
      return 1;
    }
    const lines = plan.changes.map((c) => `  ${describeChange(c)}`);
    if (plan.changes.length === 0) ctx.log(rt.cliNoChanges(plan.street));
    else if (dryRun) ctx.log([rt.cliDryRun(plan.street, plan.changes.length), ...lines].join('\n'));
    else ctx.log([rt.cliImported(plan.street, plan.changes.length), ...lines].join('\n'));
    for (const n of plan.notes) ctx.log(rt.cliNote(n));
    for (const n of notices) {
      if (!n.via) ctx.log(rt.cliCannotNotify(n.to, n.tickets, dryRun));
      else if (dryRun) ctx.log([rt.cliWouldNotify(n.to, n.tickets, n.via.channel), ...n.text.split('\n').map(rt.cliMessageLine)].join('\n'));
      else ctx.log(rt.cliNotified(n.to, n.tickets, n.via.channel));
    }
    if (applied) ctx.log(rt.cliAppliedLive());
    if (applied && notices.some((n) => n.via)) ctx.log(rt.cliNoticesQueued());
    return 0;
  } finally {
    await store.close();
  }
}

async function runExport(ctx: Ctx, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string', default: 'yaml' }, out: { type: 'string' }, street: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length) usage(rt.cliNoArguments('export', positionals));
  const format = values.format;
  if (format !== 'yaml' && format !== 'csv') usage(rt.cliBadFormat(format));
  const store = await openFromEnv(ctx);
  try {
    const streets = (await allStreets(store.db)).map((s) => s.name);
    let street = values.street;
    if (street === undefined) {
      if (streets.length === 0) {
        ctx.error(rt.cliNoStreets());
        return 1;
      }
      if (streets.length > 1) usage(rt.cliManyStreets(streets));
      street = streets[0]!;
    } else if (!streets.includes(street)) {
      ctx.error(rt.cliNoSuchStreet(street, streets));
      return 1;
    }
    const roster = await exportRoster(store.db, street);
    if (format === 'yaml') {
      const text = rosterToYaml(roster);
      if (values.out) {
        mkdirSync(dirname(values.out), { recursive: true });
        writeFileSync(values.out, text);
        ctx.error(rt.cliExportedFile(values.out));
      } else ctx.out.write(text);
      return 0;
    }
    const sheets = rosterToCsv(roster);
    const files: [string, string][] = [
      [CSV_FILES.buildings, sheets.buildings],
      [CSV_FILES.staff, sheets.staff],
      [CSV_FILES.groups, sheets.groups],
    ];
    if (values.out) {
      mkdirSync(values.out, { recursive: true });
      for (const [name, text] of files) writeFileSync(join(values.out, name), text);
      ctx.error(rt.cliExportedDir(values.out, files.map(([n]) => n)));
    } else {
      ctx.out.write(files.map(([name, text]) => `==> ${name} <==\n${text.replace(/^\uFEFF/, '')}`).join('\n'));
    }
    return 0;
  } finally {
    await store.close();
  }
}

async function runGroups(ctx: Ctx, args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  if (positionals.length) usage(rt.cliNoArguments('groups', positionals));
  const store = await openFromEnv(ctx);
  try {
    const rows = await unboundGroups(store.db);
    if (rows.length === 0) ctx.log(rt.cliNoUnboundGroups());
    else {
      ctx.log(rt.cliUnboundGroups(rows.length));
      ctx.log(rt.cliUnboundGroupsHeader());
      for (const g of rows) ctx.log(`${g.channel}\t${g.externalId}\t${g.topic}`);
    }
    // A building with no group hears nothing: notices and ticket progress go nowhere.
    const bare = (await buildingCoverage(store.db)).filter((b) => b.groups.length === 0);
    ctx.log('');
    if (bare.length === 0) ctx.log(rt.cliNoUnboundBuildings());
    else {
      ctx.log(rt.cliUnboundBuildings(bare.length));
      ctx.log(rt.cliUnboundBuildingsHeader());
      for (const b of bare) ctx.log(`${b.community}\t${b.grid ?? '-'}\t${buildingLabel(b.building)}`);
    }
    if (rows.length || bare.length) ctx.log(rt.cliHowToBind());
    return 0;
  } finally {
    await store.close();
  }
}

async function runRemove(ctx: Ctx, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { community: { type: 'string' }, street: { type: 'string' }, 'dry-run': { type: 'boolean' }, force: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length) usage(rt.cliNoArguments('remove', positionals));
  const community = values.community?.trim() || undefined;
  const street = values.street?.trim() || undefined;
  if (!community && !street) usage(rt.cliRemoveNeedsTarget());
  const dryRun = values['dry-run'] === true;
  const store = await openFromEnv(ctx);
  try {
    const r = await removeArea(store, { community, street }, { dryRun, force: values.force === true });
    if (!r.ok) {
      if (r.reason === 'referenced') ctx.error(rt.cliRemoveRefused(r.plan));
      else if (r.reason === 'no-street') ctx.error(rt.cliRemoveNoStreet(street!, r.streets));
      else if (r.reason === 'no-community') ctx.error(rt.cliRemoveNoCommunity(community!, r.communities));
      else ctx.error(rt.cliRemoveAmbiguous(community!, r.streets));
      return 1;
    }
    ctx.log(rt.cliRemoveSummary(r.plan, dryRun));
    if (r.applied) ctx.log(rt.cliAppliedLive());
    return 0;
  } finally {
    await store.close();
  }
}

/** Runs one command; resolves to the exit code. */
export async function main(argv: string[], io: CliStreams = process, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const ctx: Ctx = {
    env,
    out: io.stdout,
    log: (line) => io.stdout.write(`${line}\n`),
    error: (line) => io.stderr.write(`${line}\n`),
  };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'import':
        return await runImport(ctx, rest);
      case 'export':
        return await runExport(ctx, rest);
      case 'groups':
        return await runGroups(ctx, rest);
      case 'remove':
        return await runRemove(ctx, rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        ctx.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        return usage(rt.cliUnknownCommand(command));
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    // parseArgs reports unknown or malformed options with ERR_PARSE_ARGS_* codes.
    if (err instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      ctx.error(rt.cliUsageError((err as Error).message, USAGE));
      return 2;
    }
    if (err instanceof ConfigError) {
      ctx.error(err.message);
      return 2;
    }
    ctx.error(rt.cliFailed((err as Error).message));
    return 1;
  }
}

if (startedDirectly(import.meta.url)) {
  // Configuration is read like the bot's: environment, then .env (not when imported by a test).
  loadDotenv();
  process.exitCode = await main(process.argv.slice(2));
}
