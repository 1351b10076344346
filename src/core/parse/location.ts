/**
 * Building / unit / room extraction from normalized text.
 *
 * Works on a digitized copy (Chinese numerals → digits). Each recognised
 * piece is blanked out of the working string once taken, so that a later,
 * looser pattern (the bare room number) cannot read the same digits twice.
 *
 * Conventions (documented because residents are ambiguous):
 * - "3-2-501" is building-unit-room.
 * - "3号楼2-501" (two parts after a named building) is unit-room.
 * - A bare two-part "5-302" is unit-room when the group has a building other
 *   than 5 (a resident of building 3's group means their own building);
 *   otherwise building-room ("5-302" = 5号楼302).
 * - "5楼"/"5层" is a floor and never a room.
 * - Lettered blocks are upper-cased ("b座" → "B").
 */
import { digitize } from './numerals';

export interface Location {
  building: string | null;
  unit: string | null;
  room: string | null;
}

const DASH = '[-—–_]';
const B = '(\\d{1,3}|[A-Za-z])';

// "3-2-501", "B-1-1203"
const THREE_PART = new RegExp(`(?<![\\dA-Za-z-])${B}\\s*${DASH}\\s*(\\d{1,2})\\s*${DASH}\\s*(\\d{2,4})(?![\\d-])`);
// "3栋", "3幢", "3号楼", "3#", "3座", "B座", "12号楼", "第3栋"; "3号" only when a unit follows.
// Not "哪一栋", "每一栋", "同一栋" (which, every, the same), nor "一座小山" (a hill).
const BUILDING = new RegExp(
  `(?<![\\dA-Za-z.哪每同])${B}\\s*(?:号楼|号栋|号幢|栋|幢|座(?![山桥城庙塔岛坟]|[小大假高][山桥])|#|号(?=\\s*\\d{1,2}\\s*(?:单元|门)))`,
);
// The reporter's own building, said as who they are ("我是2号楼的", "我住五栋", "我2号楼的", "我是住五栋的"; not "我们20栋和21栋中间").
const OWN_BUILDING = new RegExp(`(?:我|我们|俺|本人|我家)(?:就)?(?:是)?(?:住)?(?:在)?\\s*${B}\\s*(?:号楼|号栋|栋|幢|座|#)(?![和与跟、及到至])(?:的)?`);
// A letter followed by 楼 is a block ("B楼"); a digit followed by 楼 is a floor.
const LETTER_BLOCK = /(?<![A-Za-z])([A-Za-z])\s*楼/;
// Unit-room right after a named building: "3号楼2-501".
const UNIT_ROOM = new RegExp(`^\\s*(\\d{1,2})\\s*${DASH}\\s*(\\d{3,4})(?![\\d-])`);
// Bare "5-302".
const TWO_PART = new RegExp(`(?<![\\dA-Za-z-])(\\d{1,2})\\s*${DASH}\\s*(\\d{3,4})(?![\\d-])`);
// "2单元"; Beijing-style "2门501" only when a room number or the end follows, or as "二门儿"
// (Beijing and Tianjin call a unit 门). Not a range: "1至4单元门禁" names no one unit.
// Cantonese calls a unit by its stairway, "2梯", "三梯八楼" (not a flat's layout, "一梯两户").
// A numbered door whose own stairs are meant is a unit too: "三号门的楼梯", "2号门单元门".
const UNIT = /(?<!\d|\d\s?[至到~、和及与跟]|单元\s?[、和及与跟]\s?)(\d{1,2})\s*(?:单元(?!\s?[、和及与跟]\s?\d{1,2}\s*单元)|梯(?!\s*(?:\d{1,2}|[一两二三四五六七八])\s*户|[子级形田度队人])|号门(?=\s*(?:单元门|的?楼梯|的?楼道))|门(?=\s*\d{3,4}|\s*$|儿|\s*\d{1,2}\s*(?:楼|层)|门口|门前|门禁|电子门|楼道))/;
// "12号楼2门的住户", "三号楼一门这楼道", "12#楼2门", "九栋二号门": a 门 right after the building is
// its unit (a "2号门" standing alone is as likely the compound's gate).
const UNIT_DOOR = /^\s*楼?\s*(\d{1,2})\s*号?门(?![口卫禁框缝把锁面外前])/;
// "501室", "302号", "1203户", "501房"; "2室1厅" is a flat layout, not a room.
// No flat number starts with 0: "B区037号" is a parking space; so is "B-126号产权车位".
const ROOM_MARKED = /(?<!\d|\d[.:,])(?!0)(\d{3,4})\s*(?:室(?!\s*\d?\s*厅)|号(?![楼栋幢院线车位]|[^，。,;；!！?？\d]{0,4}车位)|房(?![子价租东])|户)|(?<!\d|\d[.:,])(\d{1,2})\s*室(?!\s*\d?\s*厅)/;
// "6楼2号", "12层3室": floor and door, the room "602" / "1203".
const FLOOR_DOOR = /(?<![\d号])(\d{1,2})\s*(?:楼|层)\s*(\d{1,2})\s*(?:号|室)(?![楼栋幢院])/;
// Two flats named: the reporter's own ("我们是1101的") is the room, not the
// neighbour's ("楼上那个就是1201"): docs/labelling.md.
const OWN_BEFORE = /(?:我家|我们家|我们是|我是|我系|我住|我们住|本人系?|本人住|俺家|俺|阮兜|阮厝|吾|阿拉|我屋|我哋|我地|(?:我们|咱们|咱家|俺们)$)[^，。,;；!！?？\d]{0,8}$|我\s*$/;
const NEIGHBOUR_BEFORE = /(?:楼上|楼下|楼浪|楼高头|对门|隔壁|对面)[^，。,;；!！?？\d]{0,6}$/;
// "我家就在对门602": the reporter lives there.
const LIVE_BESIDE = /(?:(?:就|也)?(?:在|住)(?:他家|他们家|她家)?|(?:我|我们|我家|俺|俺家|本人)[是系](?:你家|你们家|他家|她家)?)(?:对门|楼上|楼下|隔壁|对面)(?:的)?\s*$/;
const ANY_ROOM = /(?<![\d\-/#A-Za-z]|\d[.:,])(\d{3,4})(?![\d\-/%A-Za-z]|[.:]\d)/g;
// Floors are removed before looking for a bare room number.
const FLOOR = /(?<!\d)\d{1,2}\s*(?:楼|层|F|f)(?![A-Za-z])/g;
// A bare 3–4 digit number, not part of a longer number, time, decimal or code.
const BARE_NUMBER = /(?<![\d\-/#A-Za-z]|\d[.:,])(\d{3,4})(?![\d\-/%A-Za-z]|[.:]\d)/g;
// What may not follow a room number: quantities, money, dates, times, floors…
// ("1502 楼上楼下都担心": 楼上 is "upstairs", not a floor after a number.)
// Hakka, Min, Gan and Cantonese write 个 for 的: "503个陈伯", "302个房东", "902个堂客" name a flat; "买了500个" does not.
const GE_OF = '(?:阿|老|堂客|婆娘|伢|细伢|房东|业主|住户|屋|厝|家|细路|细佬|窗|阳台|露台|[陈王李张刘黄林吴周徐孙马朱胡郭何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史黎贺顾毛郝龚邵钱严覃武戴莫孔向汤][伯叔婆公姨嫂哥姐妹仔爷奶])';
const NOT_ROOM_AFTER = new RegExp(
  `^\\s*(?:楼(?![上下道里梯顶前后门])|[层米元块钱年月日号栋幢座点分秒度斤克多平次人万千百路岁期倍瓶箱袋升瓦遍届辆只条台张件套吨位毫厘周]|个(?!${GE_OF})|天(?![天花台井然])|\\s*还是\\s*\\d)`,
);
// A number dialled, not lived in: "打120", "拨110".
// "九零一还是九零二我不太清楚": not sure which, so neither.
const DIALLED = /(?:打|拨|叫|call|电话|热线|还是)\s*$/;
const SERVICE_NUMBERS = new Set(['110', '119', '120', '122', '114', '12345', '12315']);

function blank(s: string, start: number, len: number): string {
  return s.slice(0, start) + ' '.repeat(len) + s.slice(start + len);
}

function cleanBuilding(b: string): string {
  return /^[A-Za-z]$/.test(b) ? b.toUpperCase() : String(Number(b));
}

/** Normalize a group's building label ("3号楼" → "3", "b座" → "B"). */
export function normalizeGroupBuilding(value: string | null | undefined): string | null {
  if (value == null) return null;
  const v = value.trim();
  if (v === '') return null;
  const m = /^(?:第)?(\d{1,3}|[A-Za-z])(?:号楼|号|栋|幢|座|#)?$/.exec(digitize(v));
  return m ? cleanBuilding(m[1]!) : v;
}

/** Is this bare number a plausible room ("802", "1703")? */
function plausibleRoom(num: string, before: string, after: string): boolean {
  if (SERVICE_NUMBERS.has(num)) return false;
  if (NOT_ROOM_AFTER.test(after)) return false;
  if (DIALLED.test(before)) return false;
  if (num.startsWith('0')) return false;
  // Rooms are floor + door index; the door index is small ("01"–"30").
  const door = Number(num.slice(-2));
  return door >= 1 && door <= 30;
}

// A resident correcting themselves: "3单元 不对 是4单元", "6栋 哦不 是7栋",
// "1102 哦不对 是1202". Only read as one when a place comes right before the
// marker and right after it (so "不对劲" or "不是他家的问题" are left alone).
const CORRECTION = /(?:哦|噢|喔|啊|呃|额)?\s*(?:(?:不对(?!劲)|说错了?|打错了?|写错了?|搞错了?|口误|(?<=[哦噢喔])不)\s*[,，。!！]?\s*)+(?:应该|其实)?\s*(?:是)?\s*/;
// ("21栋门口 哦说错了 是22栋门口": a place word may trail the building.)
const ENDS_WITH_PLACE = /(?:\d|[A-Za-z]|[栋幢座#楼室号房]|单元)(?:门口|楼下|楼上|旁边|那边|这边|后面)?[\s.。…,，、!！]*$/;
const STARTS_WITH_PLACE = /^(?:第)?(?:\d|[A-Za-z](?=\s*[座栋楼#-]))/;

export function extractLocation(normalized: string, groupBuilding: string | null): Location {
  const m = CORRECTION.exec(normalized);
  if (m && m.index > 0) {
    const before = digitize(normalized.slice(0, m.index));
    const after = digitize(normalized.slice(m.index + m[0].length));
    // "说错了/打错了" is explicit enough to reach back past a few words
    // ("五零四的马桶堵了 哦说错了 是五零三"); a bare "不对" must follow the place.
    const explicit = /说错|打错|写错|口误/.test(m[0]);
    if ((ENDS_WITH_PLACE.test(before) || explicit) && STARTS_WITH_PLACE.test(after)) {
      const said = extractPlain(before, groupBuilding);
      // Read against the building just named: "7号楼1-302 说错了 1-402" is unit-room.
      const meant = extractPlain(after, said.building);
      // What the correction names replaces what it corrects; the rest stands.
      return {
        building: meant.building ?? said.building,
        unit: meant.unit ?? said.unit,
        room: meant.room ?? said.room,
      };
    }
  }
  return extractPlain(normalized, groupBuilding);
}

function extractPlain(normalized: string, groupBuilding: string | null): Location {
  const digits = digitize(normalized);
  let s = digits;
  let building: string | null = null;
  let unit: string | null = null;
  let room: string | null = null;
  let m: RegExpExecArray | null;

  if ((m = THREE_PART.exec(s))) {
    building = cleanBuilding(m[1]!);
    unit = String(Number(m[2]));
    room = m[3]!;
    s = blank(s, m.index, m[0].length);
  }

  // "我是19号楼的，21号楼后面那条消防通道…": the reporter says who they are, then where the problem is.
  if (building === null && (m = OWN_BUILDING.exec(s))) {
    const other = BUILDING.exec(s.slice(m.index + m[0].length));
    if (other && cleanBuilding(other[1]!) !== cleanBuilding(m[1]!)) s = blank(s, m.index, m[0].length);
  }

  if (building === null && (m = BUILDING.exec(s) ?? LETTER_BLOCK.exec(s))) {
    building = cleanBuilding(m[1]!);
    const end = m.index + m[0].length;
    s = blank(s, m.index, m[0].length);
    const ur = UNIT_ROOM.exec(s.slice(end));
    const ud = ur ? null : UNIT_DOOR.exec(s.slice(end));
    if (ur && unit === null) {
      unit = String(Number(ur[1]));
      room = ur[2]!;
      s = blank(s, end + ur.index, ur[0].length);
    } else if (ud && unit === null) {
      unit = String(Number(ud[1]));
      s = blank(s, end + ud.index, ud[0].length);
    }
  }

  if (room === null && (m = TWO_PART.exec(s))) {
    const first = m[1]!;
    const asBuilding =
      building === null && (groupBuilding === null || cleanBuilding(first) === groupBuilding);
    if (asBuilding) building = cleanBuilding(first);
    else if (unit === null) unit = String(Number(first));
    room = m[2]!;
    s = blank(s, m.index, m[0].length);
  }

  if (unit === null && (m = UNIT.exec(s))) {
    unit = String(Number(m[1]));
    s = blank(s, m.index, m[0].length);
  }

  // Shanghai's lanes number their buildings "118号": in the group of 118, "118号" is the building, not a flat.
  const numbered = building ?? groupBuilding;
  if (room === null && numbered !== null && /^\d{1,4}$/.test(numbered)) {
    s = s.replace(laneNumber(numbered), (x) => ' '.repeat(x.length));
  }

  if (room === null && (m = FLOOR_DOOR.exec(s))) {
    room = m[1]! + m[2]!.padStart(2, '0');
    s = blank(s, m.index, m[0].length);
  }

  if (room === null && (m = ROOM_MARKED.exec(s))) {
    room = (m[1] ?? m[2])!;
    s = blank(s, m.index, m[0].length);
  }

  if (room === null) {
    s = s.replace(FLOOR, (f) => ' '.repeat(f.length));
    for (const bm of s.matchAll(BARE_NUMBER)) {
      const num = bm[1]!;
      const at = bm.index;
      if (plausibleRoom(num, s.slice(Math.max(0, at - 4), at), s.slice(at + num.length, at + num.length + 3))) {
        room = num;
        break;
      }
    }
  }

  return { building: building ?? groupBuilding, unit, room: room === null ? null : ownFlat(digits, room) };
}

// One pattern per building number, built once: every message of a numbered group meets it.
const LANE_NUMBERS = new Map<string, RegExp>();
function laneNumber(building: string): RegExp {
  let re = LANE_NUMBERS.get(building);
  if (!re) LANE_NUMBERS.set(building, (re = new RegExp(`(?<![\\d楼层])${building}\\s*号(?![楼栋幢院])`, 'g')));
  return re;
}

// "本人系3栋402租户": the building or unit between the marker and the flat is no break.
const PLACE_WORD = /(?:\d{1,3}|[A-Za-z])\s*(?:号楼|栋|幢|座|单元|号)/g;
function placeFree(s: string): string {
  return s.replace(PLACE_WORD, '').slice(-10);
}

/**
 * The reporter's own flat when two are named: the chosen one is a neighbour's
 * ("楼上1402…吾1302") or unmarked ("D栋1202的…我家1102") and another is marked
 * as theirs. A flat marked as both ("我家就在对门602") is theirs only when they
 * say they live there.
 */
function ownFlat(text: string, room: string): string {
  const at = text.indexOf(room);
  if (at < 0) return room;
  const chosenBefore = placeFree(text.slice(Math.max(0, at - 16), at));
  const chosenIsNeighbours = NEIGHBOUR_BEFORE.test(chosenBefore.slice(-8));
  if (!chosenIsNeighbours && OWN_BEFORE.test(chosenBefore)) return room;
  for (const m of text.matchAll(ANY_ROOM)) {
    const num = m[1]!;
    if (num === room) continue;
    // "我们2804、2805出门要绕过去": several households speaking, none of them the one flat.
    if (/^\s*[、和及与跟]\s*\d/.test(text.slice(m.index + num.length, m.index + num.length + 4))) continue;
    const before = placeFree(text.slice(Math.max(0, m.index - 16), m.index));
    const own = OWN_BEFORE.test(before) && (chosenIsNeighbours || !NEIGHBOUR_BEFORE.test(before) || LIVE_BESIDE.test(before));
    if (own && plausibleRoom(num, before.slice(-4), text.slice(m.index + num.length, m.index + num.length + 3))) return num;
  }
  return room;
}
