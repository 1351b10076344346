/**
 * "3号楼", "3栋", "三号楼", "B座", "12#" → "3", "3", "3", "B", "12": the
 * building name as stored. Pure; used by commands that name a building
 * explicitly (binding a group, targeting a notice).
 */
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function chineseNumberToInt(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = current * 10 + (DIGIT[ch] ?? 0);
    }
  }
  return total + current;
}

export function normalizeBuildingName(input: string): string | null {
  const s = input
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(/(号楼|號樓|栋|棟|幢|座|号|號|#|楼|樓)$/, '');
  if (/^[A-Za-z]$/.test(s)) return s.toUpperCase();
  const n = chineseNumberToInt(s);
  return n == null ? (s.length > 0 && s.length <= 8 ? s : null) : String(n);
}
