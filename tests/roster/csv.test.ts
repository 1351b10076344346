import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv, readRosterCsv, writeCsv } from '../../src/roster/csv';
import { validateRoster } from '../../src/roster/schema';
import { formatIssue } from '../../src/roster/issues';

const values = (text: string) => parseCsv(text).rows.map((r) => r.cells.map((c) => c.value));

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes and line breaks inside quotes', () => {
    const text = 'a,b,c\n"x, y","say ""hi""","line1\nline2"\nplain,,end\n';
    expect(values(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line1\nline2'],
      ['plain', '', 'end'],
    ]);
  });

  it('strips the BOM Excel writes and accepts CRLF, a missing final newline and trailing empty rows', () => {
    const text = '\uFEFFname,role\r\n张丽,grid_worker\r\n,\r\n\r\n李强,office';
    expect(values(text)).toEqual([
      ['name', 'role'],
      ['张丽', 'grid_worker'],
      ['李强', 'office'],
    ]);
  });

  it('gives each cell its starting line and column, counting lines inside quoted cells', () => {
    const { rows } = parseCsv('h1,h2\n"multi\nline",x\ny,z\n');
    expect(rows[1]!.cells.map((c) => [c.line, c.column])).toEqual([
      [2, 1],
      [3, 2],
    ]);
    expect(rows[2]!.line).toBe(4);
    expect(rows[2]!.cells[1]).toMatchObject({ value: 'z', line: 4, column: 2 });
  });

  it('reports an unterminated quote and text after a closing quote with line and column', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n').errors).toEqual([{ line: 2, column: 2, message: expect.stringContaining('引号没有配对') }]);
    const junk = parseCsv('a,b\n"x"y,2\n');
    expect(junk.errors).toEqual([{ line: 2, column: 1, message: expect.stringContaining('"y"') }]);
    expect(junk.rows[1]!.cells[0]!.value).toBe('xy');
  });

  it('keeps a stray quote inside an unquoted cell as text, as Excel does', () => {
    expect(values('a\n12"\n')).toEqual([['a'], ['12"']]);
  });

  it('writeCsv → parseCsv gives back the same rows for any text', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '张', ',', '"', '\n', '\r\n', ' ', '1', '\r'), maxLength: 6 });
    const row = fc.array(cell, { minLength: 1, maxLength: 4 }).filter((r) => r.some((c) => c.trim() !== ''));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), (rows) => {
        const text = writeCsv(rows);
        expect(text.startsWith('\uFEFF')).toBe(true);
        const parsed = parseCsv(text);
        expect(parsed.errors).toEqual([]);
        expect(parsed.rows.map((r) => r.cells.map((c) => c.value))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});

describe('roster sheets', () => {
  const buildings = 'street,community,grid,leader,building,units\n和平街道,幸福里社区,第一网格,王建国,1,3\n和平街道,幸福里社区,第一网格,,2,\n';
  const staff = '姓名,角色,网格,微信名,企业微信账号\n王建国,网格长,第一网格,王组长,WangJianguo\n张丽,网格员,"第一网格",张网格,ZhangLi\n';

  it('accepts Chinese column names and role names, one community without a community column', () => {
    const src = readRosterCsv({ buildings, staff });
    expect(src.issues).toEqual([]);
    const v = validateRoster(src.raw, src.locate);
    expect(v.issues).toEqual([]);
    expect(v.roster).toEqual({
      street: '和平街道',
      communities: [
        {
          name: '幸福里社区',
          grids: [{ name: '第一网格', leader: '王建国', buildings: [{ name: '1', units: 3 }, { name: '2' }] }],
          buildings: [],
          staff: [
            { name: '王建国', role: 'grid_leader', grids: ['第一网格'], wechatName: '王组长', wecomUserId: 'WangJianguo' },
            { name: '张丽', role: 'grid_worker', grids: ['第一网格'], wechatName: '张网格', wecomUserId: 'ZhangLi' },
          ],
          groups: [],
        },
      ],
    });
  });

  it('reports sheet-level problems with file, line and column', () => {
    const src = readRosterCsv({
      buildings: 'street,community,grid,leader,building,colour\n和平街道,幸福里社区,第一网格,王建国,1,red\n其他街道,幸福里社区,第一网格,李四,2,\n',
      staff: 'community,name,role\n别的社区,张丽,grid_worker\n',
      groups: 'channel,bind\n"wechaty,1\n',
    });
    const lines = src.issues.map(formatIssue);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^buildings\.csv 第 1 行 第 6 列: 未知的列 "colour"/),
        expect.stringMatching(/^buildings\.csv 第 3 行 第 1 列（street）: 街道 "其他街道" 与第 2 行/),
        expect.stringMatching(/^buildings\.csv 第 3 行 第 4 列（leader）: 第一网格 的网格长 "李四" 与第 2 行的 "王建国" 不同/),
        expect.stringMatching(/^staff\.csv 第 2 行 第 1 列（community）: 社区 "别的社区" 不在 buildings\.csv 中/),
        expect.stringMatching(/^groups\.csv 第 2 行 第 1 列: 引号没有配对/),
      ]),
    );
  });

  it('requires buildings.csv and staff.csv', () => {
    const src = readRosterCsv({});
    expect(src.issues.map(formatIssue)).toEqual(['buildings.csv: 缺少 buildings.csv', 'staff.csv: 缺少 staff.csv']);
  });
});
