/**
 * Chinese texts of collections (接龙, 团购, 登记). Group texts never carry
 * names or personal fields; the callers mask numbers once more on the way out.
 */
import { formatDeadline } from '../core/collections/deadline';
import type { Tally } from '../core/collections/tally';
import type { CollectionKind, CollectionItem, Household } from '../core/collections/types';

const KIND_WORD: Record<CollectionKind, string> = { order: '团购接龙', signup: '报名接龙', form: '登记' };

function qty(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

export function itemLabel(it: CollectionItem): string {
  const bits = [it.unit, it.price === null ? null : `${qty(it.price)}元`].filter(Boolean);
  return bits.length ? `${it.name}（${bits.join('，')}）` : it.name;
}

export function householdLabel(h: Household): string {
  if (!h.room) return h.building ? `${h.building}号楼` : '未写房号';
  return h.unit ? `${h.unit}单元${h.room}` : h.room;
}

export function itemsText(items: Record<string, number> | null, units: ReadonlyMap<string, string | null>): string {
  return Object.entries(items ?? {})
    .map(([name, q]) => `${name}${qty(q)}${units.get(name) ?? ''}`)
    .join(' ');
}

export interface PostedView {
  id: number;
  kind: CollectionKind;
  title: string;
  deadline: Date;
  items: readonly CollectionItem[];
  fields: readonly string[];
  perHouseholdLimit: number | null;
  visible: boolean;
}

/** The post in each target group, with a short how-to-reply. */
export function collectionPosted(c: PostedView): string {
  const lines = [`【${KIND_WORD[c.kind]} #${c.id}】${c.title}`, `截止：${formatDeadline(c.deadline)}`];
  if (c.kind === 'order') {
    lines.push(`可选：${c.items.map(itemLabel).join('、')}`);
    const first = c.items[0]!;
    lines.push(`回复「房号 品名数量」，例如「3-2-501 ${first.name}2${first.unit ?? ''}」，一户一条，再发会更新。`);
    lines.push('改数量回复「改成3斤」，不要了回复「取消」。');
  } else if (c.kind === 'signup') {
    lines.push('回复「+1 房号」报名，例如「+1 2单元302」；几个人就写「+2」「+3」。不去了回复「取消」。');
  } else {
    lines.push(`请按「${c.fields.join(' ')}」回复，例如「${c.fields.map((f) => `${f}…`).join(' ')}」。`);
    lines.push('填写的个人信息只有工作人员能看到。');
  }
  if (c.perHouseholdLimit) lines.push(`每户限 ${c.perHouseholdLimit} 份。`);
  lines.push('机器人会隔几分钟汇总确认一次，不逐条回复。');
  return lines.join('\n');
}

export function howToReply(kind: CollectionKind, fields: readonly string[]): string {
  if (kind === 'order') return '「房号 品名数量」回复，例如「501 白菜2斤」';
  if (kind === 'signup') return '「+1 房号」回复，例如「+1 2单元302」';
  return `「${fields.join(' ')}」回复`;
}

export const replyUnreadable = (title: string, kind: CollectionKind, fields: readonly string[]) =>
  `没看懂，「${title}」请按${howToReply(kind, fields)}。`;

export const replyNeedsRoom = (title: string, kind: CollectionKind, fields: readonly string[]) =>
  `请写上房号，「${title}」按户统计，请按${howToReply(kind, fields)}。`;

export const replyOverLimit = (limit: number) => `每户限 ${limit} 份，已按 ${limit} 份登记。`;

export const replyLate = (title: string) => `「${title}」已经截止了，没能登记上。如有需要，请私信联系网格员。`;

export const replyNothingToChange = (title: string) => `您还没有参加「${title}」，请先按格式回复。`;

/** The batched confirmation in a group: totals, and (public lists only) the households so far. */
export function collectionSummary(o: {
  id: number;
  title: string;
  kind: CollectionKind;
  tally: Tally;
  lines: string[];
  deadline: Date;
}): string {
  const head = `【接龙统计 #${o.id}】${o.title} 已有 ${o.tally.households} 户`;
  const totals = totalsText(o.kind, o.tally);
  const list = o.lines.length ? `\n${o.lines.join('\n')}` : '';
  return `${head}${totals ? `：${totals}` : ''}${list}\n截止 ${formatDeadline(o.deadline)}，要改请直接再发。`;
}

export function totalsText(kind: CollectionKind, t: Tally): string {
  if (kind === 'order') return t.items.map((i) => `${i.name} ${qty(i.total)}${i.unit ?? ''}`).join('、');
  if (kind === 'signup') return `共 ${t.count} 人（份）`;
  return '';
}

export function collectionReminder(o: { id: number; title: string; deadline: Date; households: number; missing: string[]; missingTotal: number }): string {
  const base = `【接龙提醒 #${o.id}】「${o.title}」将于 ${formatDeadline(o.deadline)} 截止，已登记 ${o.households} 户。`;
  if (o.missingTotal === 0) return `${base}还没回复的邻居请抓紧。`;
  const more = o.missingTotal > o.missing.length ? ` 等 ${o.missingTotal} 户` : `，共 ${o.missingTotal} 户`;
  return `${base}尚未回复：${o.missing.join('、')}${more}。`;
}

export function collectionClosedGroup(o: { id: number; title: string; kind: CollectionKind; tally: Tally }): string {
  const totals = totalsText(o.kind, o.tally);
  return `【接龙已截止 #${o.id}】「${o.title}」共 ${o.tally.households} 户${totals ? `：${totals}` : ''}。感谢大家！`;
}

/** At close, to the lead and the grid workers: totals per building and the household list (names included). */
export function collectionClosedStaff(o: {
  id: number;
  title: string;
  kind: CollectionKind;
  tally: Tally;
  households: string[];
}): string {
  const lines = [`【接龙结果 #${o.id}】「${o.title}」共 ${o.tally.households} 户。`];
  const totals = totalsText(o.kind, o.tally);
  if (totals) lines.push(`合计：${totals}`);
  for (const b of o.tally.byBuilding) lines.push(`${b.building}号楼 ${b.households} 户`);
  lines.push(...o.households.slice(0, 60));
  if (o.households.length > 60) lines.push(`…另有 ${o.households.length - 60} 户，完整名单请在办公室后台导出。`);
  return lines.join('\n');
}

export function collectionStarted(o: { id: number; title: string; groups: number; deadline: Date; unreachable: string[] }): string {
  const miss = o.unreachable.length ? `\n注意：${o.unreachable.join('、')} 没有绑定的群，收不到。` : '';
  return `接龙 #${o.id}「${o.title}」已发到 ${o.groups} 个群，截止 ${formatDeadline(o.deadline)}。到时会把结果发给您。${miss}`;
}

export const collectionNotAllowed = () => '抱歉，只有工作人员和本楼的团购长（楼长）可以发起接龙或登记。';

export const collectionUsage = () =>
  '发起格式：\n接龙 本周蔬菜团购 截止周五20:00 选项：白菜(斤) 土豆(斤) 鸡蛋(板)\n接龙 周六义务理发 截止周五18:00\n登记 独居老人用餐需求 截止明天12:00 字段：姓名 房号 人数 忌口\n私聊发起时加「范围：全体」或「范围：3号楼 5号楼」。';

export const collectionErrorText: Record<string, (d: Record<string, unknown>) => string> = {
  no_title: () => '请写上接龙的标题。',
  no_deadline: () => '请写上截止时间，例如「截止周五20:00」。',
  bad_deadline: (d) => `截止时间「${String(d.deadline ?? '')}」看不懂或不存在，请写成「截止周五20:00」「截止12月10日18:00」。`,
  deadline_past: () => '截止时间已经过去了，请写一个以后的时间。',
  no_items: () => '请写上选项，例如「选项：白菜(斤) 土豆(斤)」。',
  bad_item: () => '选项看不懂，请写成「选项：白菜(斤) 土豆(斤,3元)」。',
  no_fields: () => '请写上要登记的字段，例如「字段：姓名 房号 人数」。',
  no_targets: () => '请说明发到哪里：「范围：全体」或「范围：3号楼 5号楼」「范围：第一网格」。',
  unknown_building: (d) => `没有「${String(d.building)}」这栋楼。已有：${String(d.known ?? '')}`,
  unknown_grid: (d) => `没有「${String(d.grid)}」这个网格。已有：${String(d.known ?? '')}`,
  unknown_community: (d) => `没有「${String(d.community ?? '')}」这个社区。`,
  community_required: (d) => `有多个社区，请用 community 指定：${String(d.known ?? '')}`,
  no_groups: () => '选中的楼栋都还没有绑定群，接龙没有发出。',
  outside_building: () => '团购长只能在自己楼栋发起接龙。',
  not_allowed: () => '没有权限：网格长和网格员只能发到自己负责网格的楼栋，团购长只能发到本楼。',
  not_found: (d) => `没有接龙 #${String(d.id ?? '')}`,
  already_closed: (d) => `接龙 #${String(d.id ?? '')} 已经截止了。`,
  bad_input: (d) => String(d.reason ?? '输入不正确'),
};

export const leadNotFound = (name: string) => `本楼没有找到「${name}」，或有重名。请让他先在本群说句话，再设置。`;

export const leadSet = (name: string, building: string) => `已设 ${name} 为 ${building}号楼的团购长，可以在本群发起接龙。`;

export const collectionClosedByYou = (id: number) => `接龙 #${id} 已结束，结果已发到群里，名单已私信给您。`;
