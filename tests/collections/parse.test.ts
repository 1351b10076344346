/** The pure readers of collections: the start command, deadlines, replies, tallies. */
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/core/collections/deadline';
import { compileSpec, parseReply } from '../../src/core/collections/reply';
import { effectiveVisibility, parseStartCommand } from '../../src/core/collections/start-command';
import { tally } from '../../src/core/collections/tally';

const ORDER = compileSpec({
  kind: 'order',
  items: [
    { name: '白菜', unit: '斤', price: null },
    { name: '土豆', unit: '斤', price: 3 },
    { name: '鸡蛋', unit: '板', price: null },
  ],
  fields: [],
});
const ONE_ITEM = compileSpec({ kind: 'order', items: [{ name: '月饼', unit: '盒', price: 58 }], fields: [] });
const SIGNUP = compileSpec({ kind: 'signup', items: [], fields: [] });
const FORM = compileSpec({ kind: 'form', items: [], fields: ['姓名', '房号', '人数', '忌口'] });

describe('start command', () => {
  it('reads the three kinds with their options', () => {
    const order = parseStartCommand('接龙 本周蔬菜团购 截止周五20:00 选项：白菜(斤) 土豆（斤，3.5元） 鸡蛋(板) 每户限5份 不公开');
    expect(order).toEqual({
      ok: true,
      command: {
        kind: 'order',
        title: '本周蔬菜团购',
        deadlinePhrase: '周五20:00',
        items: [
          { name: '白菜', unit: '斤', price: null },
          { name: '土豆', unit: '斤', price: 3.5 },
          { name: '鸡蛋', unit: '板', price: null },
        ],
        fields: [],
        perHouseholdLimit: 5,
        visible: false,
        targets: null,
      },
    });
    const form = parseStartCommand('登记 独居老人用餐需求 截止明天12:00 字段：姓名 房号 人数 忌口 范围：3号楼 5号楼');
    expect(form.ok && form.command).toMatchObject({ kind: 'form', fields: ['姓名', '房号', '人数', '忌口'], targets: ['3号楼', '5号楼'], visible: false });
    expect(parseStartCommand('接龙 周六义务理发 截止周五18:00')).toMatchObject({ ok: true, command: { kind: 'signup', title: '周六义务理发' } });
  });

  it('says what is missing', () => {
    expect(parseStartCommand('接龙 截止周五20:00')).toEqual({ ok: false, error: 'no_title' });
    expect(parseStartCommand('接龙 蔬菜 截止')).toEqual({ ok: false, error: 'no_deadline' });
    expect(parseStartCommand('登记 用餐需求 截止明天 字段：')).toEqual({ ok: false, error: 'no_fields' });
    expect(parseStartCommand('接龙 蔬菜 截止周五 选项：白菜(斤,贵)')).toEqual({ ok: false, error: 'bad_item' });
  });

  it('never shows personal fields to the group, whatever was asked', () => {
    expect(effectiveVisibility('form', ['姓名', '房号'], true)).toBe(false);
    expect(effectiveVisibility('form', ['房号', '人数'], null)).toBe(false);
    expect(effectiveVisibility('form', ['房号', '人数'], true)).toBe(true);
    expect(effectiveVisibility('order', [], null)).toBe(true);
  });
});

describe('deadlines in Shanghai time', () => {
  const now = new Date('2026-12-04T08:00:00Z'); // Friday 16:00 in Shanghai
  const cases: Array<[string, string | null]> = [
    ['周五20:00', '2026-12-04T12:00:00.000Z'],
    ['周五12:00', '2026-12-11T04:00:00.000Z'], // already past today: next Friday
    ['下周一9点', '2026-12-07T01:00:00.000Z'],
    ['明天12:00', '2026-12-05T04:00:00.000Z'],
    ['今晚8点', '2026-12-04T12:00:00.000Z'],
    ['后天下午3点半', '2026-12-06T07:30:00.000Z'],
    ['12月10日18:00', '2026-12-10T10:00:00.000Z'],
    ['1月5日', '2027-01-05T15:59:00.000Z'],
    ['2027-02-28 10:00', '2027-02-28T02:00:00.000Z'],
    ['2027-02-29 10:00', null],
    ['2月30日', null],
    ['等我通知', null],
  ];
  for (const [phrase, expected] of cases) {
    it(phrase, () => expect(parseDeadline(phrase, now)?.toISOString() ?? null).toBe(expected));
  }
});

describe('replies', () => {
  const entry = (text: string, c = ORDER, building = '3') => {
    const r = parseReply(text, c, building);
    expect(r.type, text).toBe('entries');
    return r.type === 'entries' ? r.entries : [];
  };

  it('reads orders in the forms residents write', () => {
    expect(entry('3-2-501 白菜2斤 鸡蛋1板')).toEqual([{ name: null, household: { building: '3', unit: '2', room: '501' }, items: { 白菜: 2, 鸡蛋: 1 } }]);
    expect(entry('501 土豆三斤')[0]!.items).toEqual({ 土豆: 3 });
    expect(entry('2單元302 雞蛋兩板')[0]).toMatchObject({ household: { unit: '2', room: '302' }, items: { 鸡蛋: 2 } });
    expect(entry('六零二 要2斤白菜 土豆半斤')[0]).toMatchObject({ household: { room: '602' }, items: { 白菜: 2, 土豆: 0.5 } });
    expect(entry('接龙 李阿姨 602 2份', ONE_ITEM)[0]).toEqual({ name: '李阿姨', household: { building: '3', unit: null, room: '602' }, items: { 月饼: 2 } });
    expect(entry('白菜x3 401')[0]!.items).toEqual({ 白菜: 3 });
  });

  it('reads a pasted chain line by line, with the names written on it', () => {
    const r = parseReply('#接龙\n本周蔬菜团购\n1. 张三 3-501 白菜2\n2. 李四 2单元302 土豆3斤 鸡蛋1板\n3. 王五', ORDER, '3');
    expect(r).toEqual({
      type: 'entries',
      chain: true,
      entries: [
        { name: '张三', household: { building: '3', unit: null, room: '501' }, items: { 白菜: 2 } },
        { name: '李四', household: { building: '3', unit: '2', room: '302' }, items: { 土豆: 3, 鸡蛋: 1 } },
      ],
    });
  });

  it('reads withdrawals and changes', () => {
    expect(parseReply('不要了', ORDER, '3')).toMatchObject({ type: 'withdraw' });
    expect(parseReply('取消 谢谢', ORDER, '3')).toMatchObject({ type: 'withdraw' });
    expect(parseReply('改成3斤', ORDER, '3')).toMatchObject({ type: 'change', item: null, quantity: 3 });
    expect(parseReply('鸡蛋改为两板', ORDER, '3')).toMatchObject({ type: 'change', item: '鸡蛋', quantity: 2 });
  });

  it('asks about lines meant as answers, and leaves everything else to intake', () => {
    expect(parseReply('我也要点白菜', ORDER, '3').type).toBe('unreadable');
    expect(parseReply('接龙', ORDER, '3').type).toBe('unreadable');
    for (const text of ['3号楼2单元电梯又坏了', '我家502漏水了', '谢谢大家', '今天来了3个人修电梯真快', '取消了停水通知吗 明天还停不停']) {
      expect(parseReply(text, ORDER, '3').type, text).toBe('none');
      expect(parseReply(text, SIGNUP, '3').type, text).toBe('none');
    }
  });

  it('reads sign-ups and forms', () => {
    expect(entry('+1 2单元302', SIGNUP)[0]).toMatchObject({ household: { unit: '2', room: '302' }, count: 1 });
    expect(entry('+2', SIGNUP)[0]).toMatchObject({ household: { room: null }, count: 2 });
    expect(entry('报名 602 两个人', SIGNUP)[0]).toMatchObject({ household: { room: '602' }, count: 2 });
    expect(entry('姓名张三 房号502 人数2 忌口不吃辣', FORM)[0]!.fields).toEqual({ 姓名: '张三', 房号: '502', 人数: '2', 忌口: '不吃辣' });
    expect(entry('登记 王芳 2单元301 1 无', FORM)[0]).toMatchObject({ household: { unit: '2', room: '301' }, fields: { 姓名: '王芳', 房号: '2单元301' } });
    expect(parseReply('大家好 今天 天气 不错', FORM, '3').type).toBe('none');
  });
});

describe('tally', () => {
  it('sums per item, building and grid without float noise', () => {
    const items = [
      { name: '白菜', unit: '斤', price: 1.1 },
      { name: '土豆', unit: '斤', price: null },
    ];
    const t = tally(items, [
      { building: '3', unit: '2', room: '501', grid: '一', items: { 白菜: 0.1 }, count: null },
      { building: '3', unit: '2', room: '502', grid: '一', items: { 白菜: 0.2, 土豆: 1 }, count: null },
      { building: '5', unit: null, room: '301', grid: '二', items: { 土豆: 2 }, count: null },
    ]);
    expect(t.items).toEqual([
      { name: '白菜', unit: '斤', total: 0.3, amount: 0.33 },
      { name: '土豆', unit: '斤', total: 3, amount: null },
    ]);
    expect(t.byBuilding).toEqual([
      { building: '3', households: 2, count: 0, items: { 白菜: 0.3, 土豆: 1 } },
      { building: '5', households: 1, count: 0, items: { 土豆: 2 } },
    ]);
    expect(t.byGrid.map((g) => [g.grid, g.households])).toEqual([
      ['一', 2],
      ['二', 1],
    ]);
  });
});
