/**
 * One resident message read against an open collection. Pure and cheap: it
 * runs on every message in a group while a collection is open, before intake.
 *
 * Understood forms (traditional characters and Chinese numerals included,
 * through the intake normaliser):
 *   order   "3-2-501 白菜2斤 鸡蛋1板", "501 土豆三斤", "接龙 李阿姨 602 2份"
 *   signup  "+1 2单元302", "报名 602", "+2"
 *   form    "姓名张三 房号502 人数2 忌口不吃辣", or the values in field order
 *   chain   a pasted WeChat 接龙 ("1. 张三 3-501 白菜2" per line), re-pasted
 *           whole: every household once, the newest line wins
 *   "取消" / "不要了" withdraws, "改成3斤" / "白菜改成3斤" changes.
 * Anything else is `none` and goes on to intake, except lines that are clearly
 * meant as answers (they start with 接龙/+ or name an item without a
 * quantity): those are `unreadable`, so they are asked about, never ticketed.
 */
import { normalize } from '../parse/normalize';
import { digitize } from '../parse/numerals';
import { extractLocation } from '../parse/location';
import type { CollectionSpec, Household, ParsedEntry, ReplyParse } from './types';

const QTY = '(\\d+(?:\\.\\d+)?|两|半|俩)';
const CHAIN_LINE = /^\s*(\d{1,3})\s*[.、．)）]\s*(.*)$/;
const ANSWER_HEAD = /^\s*(?:#?接龙|[+＋]\s*\d*|报名|参加|登记)/;
const WITHDRAW = /^(?:我|我家|我们)?\s*(?:取消|不要了|退出|撤销|撤回|不参加了?|不去了|不报了|删掉|删除)\s*(?:了|吧|哈|啊|谢谢|谢了)?\s*$/;
const CHANGE = new RegExp(`^(.{0,8}?)\\s*(?:改成|改为|换成|改)\\s*${QTY}\\s*(\\S{0,2})\\s*$`);
const NAME_TOKEN = /^[\u4E00-\u9FFF]{2,4}$/;
const PLACE_WORD = /单元|号楼|栋|幢|座|室|号|楼|层|户|门/;

function quantity(raw: string): number {
  if (raw === '两' || raw === '俩') return 2;
  if (raw === '半') return 0.5;
  return Number(raw);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiled once per collection spec (the same open collection sees many lines). */
export interface CompiledSpec {
  spec: CollectionSpec;
  itemPatterns: Array<{ name: string; after: RegExp; before: RegExp; bare: RegExp }>;
  fieldPattern: RegExp | null;
}

export function compileSpec(spec: CollectionSpec): CompiledSpec {
  const items = [...spec.items].sort((a, b) => b.name.length - a.name.length);
  const itemPatterns = items.map((it) => {
    const name = escape(it.name);
    const unit = '(?:斤|公斤|克|个|只|板|盒|袋|箱|份|瓶|把|颗|根|条|块|包|桶|件|支|罐|提|打|kg|KG|g)?';
    return {
      name: it.name,
      // 白菜2斤, 白菜要2斤, 白菜 x2, 白菜×2
      after: new RegExp(`${name}\\s*(?:要|来|买|订|[x×X*])?\\s*${QTY}\\s*${unit}`),
      // 2斤白菜
      before: new RegExp(`${QTY}\\s*${unit}\\s*(?:的)?\\s*${name}`),
      bare: new RegExp(name),
    };
  });
  const fieldPattern = spec.fields.length
    ? new RegExp(`(${spec.fields.map(escape).join('|')})\\s*[:：是为]?\\s*`, 'g')
    : null;
  return { spec, itemPatterns, fieldPattern };
}

function blankOut(s: string, index: number, length: number): string {
  return s.slice(0, index) + ' '.repeat(length) + s.slice(index + length);
}

function locate(text: string, groupBuilding: string | null): Household {
  const loc = extractLocation(text, groupBuilding);
  return { building: loc.building, unit: loc.unit, room: loc.room };
}

/** A name written on the line: a short run of Chinese characters that is no item and no place. */
function nameOn(segment: string, c: CompiledSpec): string | null {
  for (const token of segment.split(/[\s,，、:：]+/)) {
    if (!NAME_TOKEN.test(token) || PLACE_WORD.test(token)) continue;
    if (c.itemPatterns.some((p) => token.includes(p.name))) continue;
    if (/接龙|报名|参加|取消|登记/.test(token)) continue;
    return token;
  }
  return null;
}

function orderEntry(segment: string, c: CompiledSpec, groupBuilding: string | null): ParsedEntry | null {
  let s = digitize(segment).replace(/^\s*#?接龙\s*/, '');
  const items: Record<string, number> = {};
  for (const p of c.itemPatterns) {
    const m = p.after.exec(s) ?? p.before.exec(s);
    if (!m) continue;
    items[p.name] = quantity(m[1]!);
    s = blankOut(s, m.index, m[0].length);
  }
  if (Object.keys(items).length === 0 && c.spec.items.length === 1) {
    // One-item orders: "602 2份" means two of the only item.
    const only = c.spec.items[0]!;
    const m = new RegExp(`${QTY}\\s*(?:份|${escape(only.unit ?? '份')})`).exec(s);
    if (m) {
      items[only.name] = quantity(m[1]!);
      s = blankOut(s, m.index, m[0].length);
    }
  }
  if (Object.keys(items).length === 0) return null;
  return { name: nameOn(segment, c), household: locate(s, groupBuilding), items };
}

const PLUS = /[+＋]\s*(\d{1,2})?/;
const HEADCOUNT = new RegExp(`${QTY}\\s*(?:个人|人|位|份|个)`);
const SIGNUP_WORD = /报名|参加|算我一个|算我们?家?/;

function signupEntry(segment: string, c: CompiledSpec, groupBuilding: string | null): ParsedEntry | null {
  let s = digitize(segment);
  const plus = PLUS.exec(s);
  const word = SIGNUP_WORD.exec(s);
  const head = HEADCOUNT.exec(s);
  if (!plus && !word && !head) return null;
  for (const m of [plus, word, head]) if (m) s = blankOut(s, m.index, m[0].length);
  const household = locate(s.replace(/^\s*#?接龙\s*/, ''), groupBuilding);
  // "今天来了3个人修电梯" is talk: a bare head count answers only with a room, in a short line.
  if (!plus && !word && !ANSWER_HEAD.test(segment) && (!household.room || segment.length > 16)) return null;
  const count = plus?.[1] ? Number(plus[1]) : head ? quantity(head[1]!) : 1;
  return { name: nameOn(s, c), household, count: Math.max(1, Math.round(count)) };
}

const ROOM_FIELD = /房号|门牌|住址|地址|房间/;

function formEntry(segment: string, c: CompiledSpec, groupBuilding: string | null): ParsedEntry | null {
  const s = segment.replace(/^\s*(?:#?接龙|登记|报名)\s*/, '');
  const fields: Record<string, string> = {};
  const marks = c.fieldPattern ? [...s.matchAll(c.fieldPattern)] : [];
  if (marks.length >= Math.min(2, c.spec.fields.length)) {
    marks.forEach((m, i) => {
      const end = marks[i + 1]?.index ?? s.length;
      const value = s.slice(m.index! + m[0].length, end).replace(/^[\s,，、;；]+|[\s,，、;；。]+$/g, '');
      if (value) fields[m[1]!] = value;
    });
  } else {
    // Values in field order: "张三 502 2 不吃辣".
    const values = s.split(/[\s,，、;；]+/).filter(Boolean);
    if (values.length !== c.spec.fields.length) return null;
    c.spec.fields.forEach((f, i) => (fields[f] = values[i]!));
  }
  if (Object.keys(fields).length === 0) return null;
  const roomField = Object.keys(fields).find((f) => ROOM_FIELD.test(f));
  const household = locate(roomField ? fields[roomField]! : s, groupBuilding);
  return { name: null, household, fields };
}

function entryOf(segment: string, c: CompiledSpec, groupBuilding: string | null): ParsedEntry | null {
  switch (c.spec.kind) {
    case 'order':
      return orderEntry(segment, c, groupBuilding);
    case 'signup':
      return signupEntry(segment, c, groupBuilding);
    case 'form':
      return formEntry(segment, c, groupBuilding);
  }
}

/** Reads one message; `groupBuilding` is the building of the group it came from. */
export function parseReply(text: string, c: CompiledSpec, groupBuilding: string | null): ReplyParse {
  const lines = text.split(/\r?\n/).map((l) => normalize(l)).filter(Boolean);
  if (lines.length === 0) return { type: 'none' };

  // A pasted chain: numbered lines, each one household.
  const numbered = lines.map((l) => CHAIN_LINE.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  if (numbered.length >= 2 || (numbered.length === 1 && /接龙/.test(lines[0]!))) {
    const entries: ParsedEntry[] = [];
    for (const m of numbered) {
      const e = entryOf(m[2]!, c, groupBuilding);
      if (e) entries.push(e);
    }
    return entries.length ? { type: 'entries', entries, chain: true } : { type: 'unreadable' };
  }

  const one = lines.join(' ');
  if (one.length <= 16 && WITHDRAW.test(one)) return { type: 'withdraw', household: locate(one, groupBuilding) };
  const change = CHANGE.exec(digitize(one));
  if (change && c.spec.kind === 'order') {
    const named = c.itemPatterns.find((p) => change[1]!.includes(p.name));
    return { type: 'change', item: named?.name ?? null, quantity: quantity(change[2]!), household: locate(change[1]!, groupBuilding) };
  }
  const entry = entryOf(one, c, groupBuilding);
  if (entry) {
    // A form needs an explicit answer: a stray sentence with as many words as fields is not one.
    if (c.spec.kind === 'form' && !ANSWER_HEAD.test(one) && !(c.fieldPattern && one.match(c.fieldPattern))) {
      if (!entry.household.room) return { type: 'none' };
    }
    return { type: 'entries', entries: [entry], chain: false };
  }
  if (ANSWER_HEAD.test(one)) return { type: 'unreadable' };
  if (c.spec.kind === 'order' && one.length <= 30 && c.itemPatterns.some((p) => p.bare.test(one))) return { type: 'unreadable' };
  return { type: 'none' };
}
