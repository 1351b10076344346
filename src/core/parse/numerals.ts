/**
 * Chinese numerals → ASCII digits, for location matching only (the
 * normalized text keeps "一点都不热" as written).
 *
 * Two spoken styles exist: positional ("十二号楼", "二十三栋", "一百零二")
 * and digit-by-digit, which is how room numbers are read out ("五零一",
 * "幺二零三"). A run with 十/百/千 is positional, anything else is read
 * digit by digit.
 */

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0,
  一: 1, 幺: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

const RUN = /[零〇一幺二两三四五六七八九十百千]+/g;

/** Value of a positional numeral ("二十三" → 23), or null when malformed. */
function positional(run: string): number | null {
  let total = 0;
  let pending: number | null = null;
  let lastUnit = Infinity;
  let afterUnit = false;
  for (const ch of run) {
    const d = DIGIT[ch];
    if (d !== undefined) {
      if (pending !== null && pending !== 0) return null; // "二三十"
      pending = d;
      afterUnit = afterUnit && d !== 0;
      continue;
    }
    const u = UNIT[ch];
    if (u === undefined || u >= lastUnit) return null; // "十十", "十百"
    total += (pending ?? 1) * u; // a bare "十" means 10
    pending = null;
    lastUnit = u;
    afterUnit = true;
  }
  // Spoken short form: "三千八" is 3800 and "一百五" 150 (but "一百零五" is 105).
  if (pending !== null && afterUnit && lastUnit > 10) return total + pending * (lastUnit / 10);
  return total + (pending ?? 0);
}

const FLOOR_THEN_DOOR = /^((?:[二三四五六七八九])?十[一二三四五六七八九]?)([零〇幺][一二三四五六七八九幺])$/;

function convertRun(run: string, next: string): string {
  // "两" alone is a quantity ("两米", "两栋楼"), never a label; "幺"
  // only mean 1/0 inside a digit string.
  if (run === '两' || run === '幺') return run;
  // "一栋楼都停电了" is "a whole building", not building 1.
  if (run === '一' && /^[栋幢座]楼/.test(next)) return run;
  if (/[十百千]/.test(run)) {
    const v = positional(run);
    if (v !== null) return String(v);
    // A floor said as a number and the door digit by digit: "十一零二" is 1102.
    const floorDoor = FLOOR_THEN_DOOR.exec(run);
    if (floorDoor) return String(positional(floorDoor[1]!)) + Array.from(floorDoor[2]!, (ch) => String(DIGIT[ch])).join('');
    return run;
  }
  let out = '';
  for (const ch of run) out += String(DIGIT[ch]);
  return out;
}

// Financial numerals ("叁栋", "贰单元"), as on forms and some door plates. Only
// right before a place word: 陆 and 伍 are also surnames ("老陆").
const FORMAL: Record<string, string> = { 壹: '一', 贰: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千' };
const FORMAL_RUN = /[壹贰叁肆伍陆柒捌玖拾佰仟零〇]+(?=\s*(?:号楼|号|栋|幢|座|单元|室|楼|层|门))/g;

// "一家三口", "一家人": a family, whose 一 never ends a room number before it.
const ONE_FAMILY = /^家(?:[两三四五六七八九几]口|人|子|老小)/;

/** Replace every Chinese numeral run with ASCII digits. */
export function digitize(text: string): string {
  if (/[壹贰叁肆伍陆柒捌玖拾佰仟]/.test(text)) {
    text = text.replace(FORMAL_RUN, (run) => Array.from(run, (ch) => FORMAL[ch] ?? ch).join(''));
  }
  if (!/[零〇一幺二两三四五六七八九十百千]/.test(text)) return text;
  return text.replace(RUN, (run: string, offset: number, whole: string) => {
    // "十九栋两单元": right after a building, 两 is unit 2, not "two units".
    if (run === '两' && whole.startsWith('单元', offset + 1) && /[栋幢座楼]$/.test(whole.slice(0, offset))) return '2';
    // "四单元一零二一家三口": the last 一 begins "一家三口", not the room (102, not 1021).
    if (run.length > 2 && run.endsWith('一') && ONE_FAMILY.test(whole.slice(offset + run.length, offset + run.length + 4))) {
      return convertRun(run.slice(0, -1), '一家') + '一';
    }
    const converted = convertRun(run, whole.slice(offset + run.length, offset + run.length + 2));
    // "10-2-101一楼" is room 101 on the first floor, not room 1011: a numeral
    // written in characters right after digits starts a new number.
    // …and digits right after it ("六零一120说得二十分钟") start one too.
    const spaced = converted !== run && /\d/.test(whole[offset + run.length] ?? '') ? `${converted} ` : converted;
    return converted !== run && /\d/.test(whole[offset - 1] ?? '') ? ` ${spaced}` : spaced;
  });
}
