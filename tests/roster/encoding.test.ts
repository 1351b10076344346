/**
 * Rosters saved by Excel on Chinese Windows are GB18030 (GBK), not UTF-8.
 * They are decoded (never imported as mojibake); what cannot be read is
 * refused with a Chinese message; no name with U+FFFD is ever written.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRosterFile } from '../../src/roster/load';
import { formatIssue } from '../../src/roster/issues';
import { EXAMPLE_CSV, EXAMPLE_YAML, rosterCli } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roster-enc-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Chinese headers, as an office would type them in Excel. */
const BUILDINGS = '街道,社区,网格,网格长,楼栋,单元数\r\n和平街道,幸福里社区,第一网格,王建国,1,3\r\n和平街道,幸福里社区,第一网格,王建国,2,\r\n';
const STAFF = '姓名,角色,负责网格,微信名,企业微信账号\r\n王建国,网格长,第一网格,王组长,WangJG\r\n张丽,网格员,第一网格,张网格,ZhangLi\r\n';

function gbFolder(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'buildings.csv'), iconv.encode(BUILDINGS, 'gb18030'));
  writeFileSync(join(dir, 'staff.csv'), iconv.encode(STAFF, 'gb18030'));
  return dir;
}

// Child processes (node + tsx, ~2 s of CPU each) on a shared 2-core machine: a generous cap, not a speed check.
describe('roster file encodings', { timeout: 90_000 }, () => {
  it('the fixture really is GB18030: not valid UTF-8', () => {
    const bytes = readFileSync(join(gbFolder(), 'staff.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  });

  it('reads a CSV folder saved as GB18030 with Chinese headers, names intact', () => {
    const r = loadRosterFile(gbFolder());
    expect(r.issues.map(formatIssue)).toEqual([]);
    expect(r.roster!.street).toBe('和平街道');
    expect(r.roster!.communities[0]!.name).toBe('幸福里社区');
    expect(r.roster!.communities[0]!.staff.map((s) => s.name)).toEqual(['王建国', '张丽']);
    expect(r.notes.join('\n')).toMatch(/buildings\.csv.*GB18030/);
  });

  it('reads a YAML roster saved as GB18030 the same as the UTF-8 one', () => {
    const dir = tempDir();
    const file = join(dir, 'roster.yaml');
    writeFileSync(file, iconv.encode(readFileSync(EXAMPLE_YAML, 'utf8'), 'gb18030'));
    const gb = loadRosterFile(file);
    expect(gb.issues.map(formatIssue)).toEqual([]);
    expect(gb.roster).toEqual(loadRosterFile(EXAMPLE_YAML).roster);
  });

  it('takes UTF-8 with a BOM (Excel "CSV UTF-8") and says nothing about it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'buildings.csv'), '\uFEFF' + BUILDINGS);
    writeFileSync(join(dir, 'staff.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STAFF)]));
    const r = loadRosterFile(dir);
    expect(r.issues.map(formatIssue)).toEqual([]);
    expect(r.roster!.communities[0]!.staff[1]!.name).toBe('张丽');
    expect(r.notes).toEqual([]);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030 text, telling how to save the file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'buildings.csv'), iconv.encode(BUILDINGS, 'gb18030'));
    // Shift_JIS (Japanese Excel): not UTF-8, and garbage as GB18030.
    writeFileSync(join(dir, 'staff.csv'), Buffer.concat([iconv.encode('姓名,角色\r\n', 'gb18030'), Buffer.from([0x82, 0xa0, 0x82, 0xa2, 0x00, 0x01, 0xff, 0xfe, 0x80, 0x0d, 0x0a])]));
    const r = loadRosterFile(dir);
    expect(r.roster).toBeUndefined();
    expect(r.issues.map(formatIssue)).toEqual(['staff.csv: 文件不是 UTF-8：请在 Excel 里「另存为 CSV UTF-8」']);
  });

  it('never takes a name containing U+FFFD, even from a valid UTF-8 file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'buildings.csv'), BUILDINGS.replace('幸福里社区', '幸福\uFFFD社区').replace('幸福里社区', '幸福\uFFFD社区'));
    writeFileSync(join(dir, 'staff.csv'), STAFF.replace('张丽', '张\uFFFD'));
    const r = loadRosterFile(dir);
    expect(r.roster).toBeUndefined();
    const lines = r.issues.map(formatIssue);
    expect(lines.some((l) => l.startsWith('buildings.csv 第 2 行 第 2 列（社区）: ') && l.includes('另存为 CSV UTF-8'))).toBe(true);
    expect(lines.some((l) => l.startsWith('staff.csv 第 3 行 第 1 列（姓名）: ') && l.includes('无法识别的字符'))).toBe(true);
  });

  it('npm run roster import of a GB18030 folder writes readable names and says it decoded it', async () => {
    const dir = tempDir();
    const db = join(dir, 'g.db');
    const run = await rosterCli(db, 'import', gbFolder());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('GB18030');
    expect(run.stdout).toContain('+ 新增社区 幸福里社区');
    const exported = await rosterCli(db, 'export');
    expect(exported.stdout).toContain('street: 和平街道');
    expect(exported.stdout).toContain('name: 张丽');
    expect(exported.stdout).not.toContain('\uFFFD');
  });

  it('the example CSV (UTF-8 with BOM) still reads as before', () => {
    expect(loadRosterFile(EXAMPLE_CSV).notes).toEqual([]);
  });

  it('CSV problems found against the store also point at file and line, not YAML paths', async () => {
    const dir = tempDir();
    const sheets = join(dir, 'sheets');
    mkdirSync(sheets);
    writeFileSync(join(sheets, 'buildings.csv'), iconv.encode(BUILDINGS, 'gb18030'));
    writeFileSync(join(sheets, 'staff.csv'), iconv.encode(STAFF, 'gb18030'));
    // A group named only by its topic must be one the bot has seen: this one is not.
    writeFileSync(join(sheets, 'groups.csv'), '渠道,群名,绑定\r\nsimulator,没见过的群,1\r\n');
    const run = await rosterCli(join(dir, 'g.db'), 'import', sheets);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^  groups\.csv 第 2 行 第 2 列（群名）: /m);
    expect(run.stderr).not.toContain('communities[');
  });
});
