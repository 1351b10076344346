/**
 * Collection-reply parser throughput: every line of a building group is read
 * against each open collection before intake, so this is on the hot path.
 *
 *   npx tsx scripts/bench/collections.ts [--quick]
 *
 * The lines mix answers in every supported form with ordinary chat that must
 * come out `none`. Timed by process CPU time (one core), median of runs.
 */
import { compileSpec, parseReply } from '../../src/core/collections/reply';

const SPEC = compileSpec({
  kind: 'order',
  items: [
    { name: '白菜', unit: '斤', price: null },
    { name: '土豆', unit: '斤', price: 3 },
    { name: '鸡蛋', unit: '板', price: null },
  ],
  fields: [],
});

const LINES = [
  '3-2-501 白菜2斤 鸡蛋1板',
  '501 土豆三斤',
  '接龙 李阿姨 602 白菜2斤',
  '2單元302 雞蛋兩板',
  '白菜改成3斤',
  '不要了',
  '#接龙 本周蔬菜团购\n1. 张三 3-501 白菜2\n2. 李四 2单元302 土豆3斤 鸡蛋1板\n3. 王五 1-101 白菜1斤',
  '我也要点白菜',
  '3号楼2单元电梯又坏了 谁来管管',
  '谢谢物业师傅 修得真快',
  '早上好各位邻居',
  '今天下午停水吗 什么时候来水',
];

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

let sink = 0;

export async function benchCollections(opts: { quick?: boolean } = {}): Promise<{ linesPerSec: number }> {
  const runs = opts.quick ? 3 : 9;
  const passes = opts.quick ? 2_000 : 10_000;
  for (let i = 0; i < 2_000; i++) for (const l of LINES) sink += parseReply(l, SPEC, '3').type.length;
  const rates: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = cpuMs();
    for (let i = 0; i < passes; i++) for (const l of LINES) sink += parseReply(l, SPEC, '3').type.length;
    rates.push((passes * LINES.length) / ((cpuMs() - t0) / 1000));
  }
  rates.sort((a, b) => a - b);
  if (sink === 42) console.log('');
  return { linesPerSec: rates[rates.length >> 1]! };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchCollections({ quick: process.argv.includes('--quick') }));
}
