/**
 * Deadlines as people write them in chat: "截止周五20:00", "截止明天12点",
 * "截止12月10日18:00", "截止2026-12-10 18:00". All in Shanghai wall-clock
 * time (China keeps one zone and no daylight saving). Pure: `now` is passed in.
 */
import { digitize } from '../parse/numerals';

const OFFSET_MS = 8 * 3600_000;
const WEEKDAY: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 0 };

function wall(at: Date) {
  const l = new Date(at.getTime() + OFFSET_MS);
  return { y: l.getUTCFullYear(), mo: l.getUTCMonth() + 1, d: l.getUTCDate(), wd: l.getUTCDay() };
}

function at(y: number, mo: number, d: number, h: number, mi: number): Date | null {
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi) - OFFSET_MS);
  const back = wall(t);
  // 2月30日 must not roll over into March.
  return back.y === y && back.mo === mo && back.d === d ? t : null;
}

/** "20:00", "20点", "晚上8点", "下午3点半", "12点整"; default end of day 23:59 when no time is written. */
function timeOfDay(s: string): { h: number; mi: number } | null {
  const m = /(凌晨|早上|上午|中午|下午|傍晚|晚上)?\s*(\d{1,2})\s*(?:[:：点时]\s*(\d{1,2}|半|整)?)/.exec(s);
  if (!m) return null;
  let h = Number(m[2]);
  const mi = m[3] === '半' ? 30 : m[3] && m[3] !== '整' ? Number(m[3]) : 0;
  const part = m[1];
  if ((part === '下午' || part === '傍晚' || part === '晚上') && h < 12) h += 12;
  if (part === '中午' && h < 6) h += 12;
  if (h > 23 || mi > 59) return null;
  return { h, mi };
}

/**
 * Reads a deadline phrase (without the word 截止). Null when it names no
 * date or time we can be sure of, or an impossible one.
 */
export function parseDeadline(phrase: string, now: Date): Date | null {
  const raw = phrase.trim();
  const today = wall(now);
  // The day part is read on the text as written ("下周一" must not become "下周1" + "9点").
  const dayPart =
    /^(?:\d{4}[-/年]\d{1,2}[-/月]\d{1,2}[日号]?|\d{1,2}[月/-]\d{1,2}[日号]?|[今明后][天日晚早]|(?:下+)?(?:个)?(?:周|星期|礼拜)[一二三四五六日天1-7])/.exec(
      raw,
    );
  const rest = digitize(dayPart ? raw.slice(dayPart[0].length) : raw);
  const tod = timeOfDay((dayPart && /晚/.test(dayPart[0]) ? '晚上' : '') + rest);
  const h = tod?.h ?? 23;
  const mi = tod?.mi ?? 59;
  const day = (offset: number) => {
    const base = new Date(Date.UTC(today.y, today.mo - 1, today.d + offset));
    return at(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate(), h, mi);
  };
  if (!dayPart) {
    if (!tod || rest.trim().length > 12) return null;
    // A time alone is the next time it comes round.
    const candidate = day(0);
    return candidate && candidate.getTime() > now.getTime() ? candidate : day(1);
  }
  const d = digitize(dayPart[0]);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})/.exec(d))) return at(Number(m[1]), Number(m[2]), Number(m[3]), h, mi);
  if ((m = /^(\d{1,2})[月/-](\d{1,2})/.exec(d))) {
    const mo = Number(m[1]);
    const dd = Number(m[2]);
    // A month-day already past this year means next year ("截止1月5日" written in December).
    const thisYear = at(today.y, mo, dd, h, mi);
    if (thisYear && thisYear.getTime() > now.getTime()) return thisYear;
    return at(today.y + 1, mo, dd, h, mi);
  }
  if (/^今/.test(d)) return day(0);
  if (/^明/.test(d)) return day(1);
  if (/^后/.test(d)) return day(2);
  m = /^(下+)?(?:个)?(?:周|星期|礼拜)(.)/.exec(dayPart[0])!;
  // Weeks start on Monday: "下周一" is the Monday of next week.
  const mondayIndex = (wd: number) => (wd + 6) % 7;
  const weeks = m[1]?.length ?? 0;
  let diff = mondayIndex(WEEKDAY[m[2]!]!) - mondayIndex(today.wd) + 7 * weeks;
  if (weeks === 0 && diff < 0) diff += 7;
  const candidate = day(diff);
  // "周五" on a Friday evening after the time has passed means next Friday.
  if (candidate && candidate.getTime() <= now.getTime() && weeks === 0) return day(diff + 7);
  return candidate;
}

/** "12月5日 周五 20:00" for chat texts. */
export function formatDeadline(d: Date): string {
  const l = new Date(d.getTime() + OFFSET_MS);
  const wd = '日一二三四五六'[l.getUTCDay()];
  const hh = String(l.getUTCHours()).padStart(2, '0');
  const mm = String(l.getUTCMinutes()).padStart(2, '0');
  return `${l.getUTCMonth() + 1}月${l.getUTCDate()}日（周${wd}）${hh}:${mm}`;
}
