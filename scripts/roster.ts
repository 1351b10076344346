/**
 * The roster CLI: how an office loads, checks and exports its street.
 *
 *   npm run roster -- import FILE [--dry-run] [--reassign-to NAME]
 *   npm run roster -- export [--format yaml|csv] [--out PATH] [--street NAME]
 *   npm run roster -- groups
 *
 * FILE is a YAML/JSON file, or a folder with buildings.csv, staff.csv and
 * (optionally) groups.csv. The store is GRIDBOT_DB (default ./data/gridbot.db).
 * Exit codes: 0 done, 1 the file has errors or the import was refused
 * (nothing written), 2 wrong usage or configuration.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config';
import { openStore, type Store } from '../src/store/db';
import { importRoster } from '../src/roster/apply';
import { allStreets, unboundGroups } from '../src/roster/current';
import { CSV_FILES, rosterToCsv } from '../src/roster/csv';
import { exportRoster } from '../src/roster/export';
import { formatIssue } from '../src/roster/issues';
import { loadRosterFile } from '../src/roster/load';
import { describeChange } from '../src/roster/plan';
import { rosterToYaml } from '../src/roster/yaml';

const USAGE = `用法：
  npm run roster -- import 文件 [--dry-run] [--reassign-to 姓名]
  npm run roster -- export [--format yaml|csv] [--out 路径] [--street 街道]
  npm run roster -- groups

  import   校验并导入名册（YAML/JSON 文件，或含 buildings.csv、staff.csv、groups.csv 的文件夹）
           --dry-run        只显示将要做的变更，不写入
           --reassign-to    被移出名册的人员还有未办结工单时，由此人接手
  export   导出当前名册（默认 YAML 输出到屏幕；CSV 需要 --out 文件夹，否则依次打印三张表）
  groups   列出机器人已见过但还没绑定的群`;

class UsageError extends Error {}

function usage(message: string): never {
  throw new UsageError(message);
}

function openFromEnv(): Store {
  const config = loadConfig(process.env);
  return openStore(config.GRIDBOT_DB);
}

function runImport(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    options: { 'dry-run': { type: 'boolean' }, 'reassign-to': { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) usage('import 需要且只需要一个文件或文件夹');
  const file = positionals[0]!;
  if (!existsSync(file)) usage(`找不到文件 ${file}`);
  const reassignTo = values['reassign-to'];
  if (reassignTo !== undefined && reassignTo.trim() === '') usage('--reassign-to 需要一个姓名');

  const loaded = loadRosterFile(file);
  if (!loaded.roster) {
    console.error(`名册有 ${loaded.issues.length} 处错误，未写入任何内容：`);
    for (const i of loaded.issues) console.error(`  ${formatIssue(i)}`);
    return 1;
  }
  const store = openFromEnv();
  try {
    const dryRun = values['dry-run'] === true;
    const { plan, applied } = importRoster(store, loaded.roster, { dryRun, reassignTo });
    if (plan.errors.length > 0) {
      console.error(`无法导入（未写入任何内容），共 ${plan.errors.length} 个问题：`);
      for (const i of plan.errors) console.error(`  ${formatIssue(i)}`);
      return 1;
    }
    const lines = plan.changes.map((c) => `  ${describeChange(c)}`);
    if (plan.changes.length === 0) console.log(`名册与库中一致（${plan.street}），没有变更。`);
    else if (dryRun) console.log([`预演（--dry-run，未写入）：${plan.street} 共 ${plan.changes.length} 项变更`, ...lines].join('\n'));
    else console.log([`已导入 ${plan.street}：${plan.changes.length} 项变更`, ...lines].join('\n'));
    for (const n of plan.notes) console.log(`  注意：${n}`);
    if (applied) console.log('运行中的机器人每条消息都重新读库，从下一条消息起按新名册工作，无需重启。');
    return 0;
  } finally {
    store.close();
  }
}

function runExport(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: 'string', default: 'yaml' }, out: { type: 'string' }, street: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length) usage(`export 不接受参数 ${positionals.join(' ')}`);
  const format = values.format;
  if (format !== 'yaml' && format !== 'csv') usage(`--format 只能是 yaml 或 csv，不是 ${format}`);
  const store = openFromEnv();
  try {
    const streets = allStreets(store.db).map((s) => s.name);
    let street = values.street;
    if (street === undefined) {
      if (streets.length === 0) {
        console.error('库里还没有任何街道，没有可导出的名册。');
        return 1;
      }
      if (streets.length > 1) usage(`库里有多个街道（${streets.join('、')}），请用 --street 指定`);
      street = streets[0]!;
    } else if (!streets.includes(street)) {
      console.error(`库里没有街道 "${street}"（有：${streets.join('、') || '无'}）`);
      return 1;
    }
    const roster = exportRoster(store.db, street);
    if (format === 'yaml') {
      const text = rosterToYaml(roster);
      if (values.out) {
        mkdirSync(dirname(values.out), { recursive: true });
        writeFileSync(values.out, text);
        console.error(`已导出到 ${values.out}`);
      } else process.stdout.write(text);
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
      console.error(`已导出到 ${values.out}/（${files.map(([n]) => n).join('、')}）`);
    } else {
      process.stdout.write(files.map(([name, text]) => `==> ${name} <==\n${text.replace(/^\uFEFF/, '')}`).join('\n'));
    }
    return 0;
  } finally {
    store.close();
  }
}

function runGroups(args: string[]): number {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  if (positionals.length) usage(`groups 不接受参数 ${positionals.join(' ')}`);
  const store = openFromEnv();
  try {
    const rows = unboundGroups(store.db);
    if (rows.length === 0) {
      console.log('没有待绑定的群。');
      return 0;
    }
    console.log(`待绑定的群（${rows.length} 个）：`);
    console.log('渠道\t群 id\t群名');
    for (const g of rows) console.log(`${g.channel}\t${g.externalId}\t${g.topic}`);
    console.log('绑定方法：在群里发送「绑定 3号楼」或「绑定 工作群」；或写进名册的 groups（channel、id、bind）后导入。');
    return 0;
  } finally {
    store.close();
  }
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'import':
        return runImport(rest);
      case 'export':
        return runExport(rest);
      case 'groups':
        return runGroups(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        console.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        return usage(`未知命令 ${command}`);
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    // parseArgs reports unknown or malformed options with ERR_PARSE_ARGS_* codes.
    if (err instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      console.error(`用法错误：${(err as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 2;
    }
    console.error(`出错了，未写入任何内容：${(err as Error).message}`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
