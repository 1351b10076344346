/**
 * The chat command that starts a collection:
 *   接龙 本周蔬菜团购 截止周五20:00 选项：白菜(斤) 土豆(斤,3元) 鸡蛋(板)   → order
 *   接龙 周六义务理发 截止周五18:00                                      → signup (+1 style)
 *   登记 独居老人用餐需求 截止明天12:00 字段：姓名 房号 人数 忌口          → form
 * Optional parts anywhere after the title: `每户限2份`, `公开`/`不公开`,
 * `范围：全体 | 3号楼 5号楼 | 第一网格` (needed in a direct chat).
 * A line without 截止 is not a start command (residents write "接龙 李阿姨 602 2份").
 */
import type { CollectionItem, CollectionKind } from './types';
import { isPersonalField } from './types';

export interface StartCommand {
  kind: CollectionKind;
  title: string;
  deadlinePhrase: string;
  items: CollectionItem[];
  fields: string[];
  perHouseholdLimit: number | null;
  /** null: the default for the kind (orders and sign-ups public, forms never). */
  visible: boolean | null;
  /** Words after 范围：, or null (the group's own building). */
  targets: string[] | null;
}

export type StartParse = { ok: true; command: StartCommand } | { ok: false; error: StartError };
export type StartError = 'no_title' | 'no_deadline' | 'no_items' | 'no_fields' | 'bad_item';

const HEAD = /^\s*(接龙|团购|登记|报名登记|摸排)\s*/;
const SECTION = /(选项|商品|品名|字段|范围|截止)\s*[:：]?\s*/g;

/** Is this text meant to start a collection (a verb at the start and a deadline)? */
export function looksLikeStart(text: string): boolean {
  return HEAD.test(text) && /截止/.test(text);
}

function parseItem(raw: string): CollectionItem | null {
  // 白菜(斤)  白菜（斤,3元） 白菜/斤 白菜 土豆(斤3.5元)
  const m = /^([^()（）/,，\d]{1,12}?)\s*(?:[(（]\s*([^)）]*)\s*[)）]|\/\s*(\S{1,3}))?$/.exec(raw.trim());
  if (!m) return null;
  const name = m[1]!.trim();
  if (!name) return null;
  const inside = (m[2] ?? m[3] ?? '').trim();
  let unit: string | null = null;
  let price: number | null = null;
  for (const part of inside.split(/[,，\s]+/).filter(Boolean)) {
    const money = /^(\d+(?:\.\d+)?)\s*(?:元|块)(?:\s*\/\s*(\S+))?$/.exec(part);
    if (money) {
      price = Number(money[1]);
      if (money[2]) unit = money[2];
    } else if (unit === null && /^\S{1,3}$/.test(part) && !/\d/.test(part)) unit = part;
    else return null;
  }
  return { name, unit, price };
}

export function parseStartCommand(text: string): StartParse {
  const head = HEAD.exec(text);
  if (!head) return { ok: false, error: 'no_title' };
  const verb = head[1]!;
  let rest = text.slice(head[0].length).replace(/\s+/g, ' ').trim();

  let perHouseholdLimit: number | null = null;
  rest = rest.replace(/(?:每户|每家)?限(?:购|报)?\s*(\d+)\s*(?:份|个|人|次)?/, (_m, n: string) => {
    perHouseholdLimit = Number(n);
    return ' ';
  });
  let visible: boolean | null = null;
  rest = rest.replace(/(?:^|\s)(不公开|公开)(?=\s|$)/, (_m, word: string) => {
    visible = word === '公开';
    return ' ';
  });

  // Split into the title (before the first section word) and named sections.
  const sections: Record<string, string> = {};
  const marks = [...rest.matchAll(SECTION)];
  const title = (marks[0] ? rest.slice(0, marks[0].index) : rest).trim();
  marks.forEach((m, i) => {
    const end = marks[i + 1]?.index ?? rest.length;
    const name = m[1] === '商品' || m[1] === '品名' ? '选项' : m[1]!;
    sections[name] = rest.slice(m.index! + m[0].length, end).trim();
  });
  if (!title) return { ok: false, error: 'no_title' };
  const deadlinePhrase = sections['截止'] ?? '';
  if (!deadlinePhrase) return { ok: false, error: 'no_deadline' };

  const targets = sections['范围'] ? sections['范围'].split(/[\s,，、]+/).filter(Boolean) : null;
  if (verb === '登记' || verb === '报名登记' || verb === '摸排' || sections['字段'] !== undefined) {
    const fields = (sections['字段'] ?? '').split(/[\s,，、]+/).filter(Boolean);
    if (fields.length === 0) return { ok: false, error: 'no_fields' };
    return {
      ok: true,
      command: { kind: 'form', title, deadlinePhrase, items: [], fields, perHouseholdLimit, visible: visible ?? false, targets },
    };
  }
  if (sections['选项'] !== undefined) {
    const rawItems = sections['选项'].split(/[\s、，,](?![^()（）]*[)）])/).filter(Boolean);
    const items: CollectionItem[] = [];
    for (const raw of rawItems) {
      const item = parseItem(raw);
      if (!item) return { ok: false, error: 'bad_item' };
      if (!items.some((x) => x.name === item.name)) items.push(item);
    }
    if (items.length === 0) return { ok: false, error: 'no_items' };
    return { ok: true, command: { kind: 'order', title, deadlinePhrase, items, fields: [], perHouseholdLimit, visible, targets } };
  }
  return { ok: true, command: { kind: 'signup', title, deadlinePhrase, items: [], fields: [], perHouseholdLimit, visible, targets } };
}

/** Forms with personal fields are never shown to the group, whatever was asked. */
export function effectiveVisibility(kind: CollectionKind, fields: readonly string[], asked: boolean | null): boolean {
  if (fields.some(isPersonalField)) return false;
  if (asked !== null) return asked;
  return kind !== 'form';
}
