/** Every time-limit sentence people see (reminders, 催办, 督办, 延期, reports). zh-CN first. */
import type { TicketView } from './tickets';

const SH = 8 * 3_600_000;

/** "12-05 10:30"; a deadline at midnight reads as 24:00 of the day before, as the rules write it. */
export function fmtDue(at: Date): string {
  const l = new Date(at.getTime() + SH);
  const midnight = l.getUTCHours() === 0 && l.getUTCMinutes() === 0 && l.getUTCSeconds() === 0;
  const d = midnight ? new Date(l.getTime() - 86_400_000) : l;
  const p = (n: number) => String(n).padStart(2, '0');
  const hm = midnight ? '24:00' : `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
  return `${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${hm}`;
}

export const RUNG_LABEL: Record<number, string> = { 1: '网格长', 2: '社区办公室', 3: '街道' };
const CLOCK_LABEL = { sign: '签收', resolve: '办结' } as const;
type ClockName = keyof typeof CLOCK_LABEL;

const card = (t: TicketView) => `#${t.id}（${t.categoryLabel}｜${t.where}｜${t.summary}）`;

const nextMove = (id: number, clock: ClockName) =>
  clock === 'sign' ? `回复「接单 ${id}」签收。` : `有进展请回复「进度 ${id} 说明」，完成后回复「办结 ${id} 结果」；需要更多时间可发「延期 ${id} 3天 原因」。`;

export const nudge = (t: TicketView, clock: ClockName, due: Date) =>
  `⏰ 提醒：工单 ${card(t)} 还未${CLOCK_LABEL[clock]}，${CLOCK_LABEL[clock]}时限 ${fmtDue(due)}。${nextMove(t.id, clock)}`;

export const urge = (t: TicketView, clock: ClockName, due: Date, handler: string) =>
  `【催办】工单 ${card(t)} 临近${CLOCK_LABEL[clock]}时限（${fmtDue(due)}），负责人：${handler}。${nextMove(t.id, clock)}`;

export const superviseToRung = (t: TicketView, clock: ClockName, due: Date, handler: string, rung: number) =>
  `【督办】工单 ${card(t)} 已超过${CLOCK_LABEL[clock]}时限（${fmtDue(due)}），负责人：${handler}，现提请${RUNG_LABEL[rung]}督办。` +
  `回复「查 ${t.id}」看详情和处理记录，「转派 ${t.id} @姓名」换人处理，「上报 ${t.id} 原因」再往上报。`;

export const superviseCard = (t: TicketView, rung: number, description: string, url: string) => ({
  title: `【督办 #${t.id}】${t.categoryLabel}`,
  description,
  url,
  btntxt: '查看详情',
});

export const overdueToAssignee = (t: TicketView, clock: ClockName, due: Date, rung: number) =>
  `【超期】工单 ${card(t)} 已超过${CLOCK_LABEL[clock]}时限（${fmtDue(due)}），已提请${RUNG_LABEL[rung]}督办。${nextMove(t.id, clock)}`;

/** The resident hears once, politely. */
export const residentPassedUp = (id: number, rung: number) =>
  `您反映的 #${id} 已提请${RUNG_LABEL[rung]}督办，我们会尽快处理，请您耐心等待。`;

export const overdueNote = (clock: ClockName, rung: number, who: string | null) =>
  `${CLOCK_LABEL[clock]}超期，提请${RUNG_LABEL[rung]}${who ? ` ${who}` : ''}督办`;
export const nobodyAtRung = (clock: ClockName, rung: number) =>
  rung >= 3
    ? `${CLOCK_LABEL[clock]}仍超期；未配置街道督办人，将列入通报`
    : `${CLOCK_LABEL[clock]}超期，但没有可督办的人（请在名册中配置网格长、社区办公室）`;
export const reminderNote = (kind: 'nudge' | 'urge', clock: ClockName, who: string) =>
  `${kind === 'urge' ? '催办' : '提醒'}${CLOCK_LABEL[clock]}：${who}`;
export const plannedNote = (signDue: Date, resolveDue: Date) => `签收时限 ${fmtDue(signDue)}，办结时限 ${fmtDue(resolveDue)}`;

export const SLA_EVENT_LABEL: Record<string, string> = {
  sla_planned: '时限',
  sla_nudge: '提醒',
  sla_urge: '催办',
  sla_overdue: '督办',
  sla_resident_told: '告知居民',
  extension_requested: '申请延期',
  extension_approved: '同意延期',
  extension_refused: '不同意延期',
};

/** The deadline part of a 查 / 我的 / 待办 line. */
export interface DeadlineView {
  signDueAt: Date | null;
  resolveDueAt: Date | null;
  signed: boolean;
  supervision: number;
  overdue: boolean;
  extendedDays: number | null;
  pendingExtension: number | null;
  /** 转部门: the department, its deadline and whether it answered. */
  department?: { name: string; dueAt: Date | null; answered: boolean } | null;
}

export function deadlineTag(d: DeadlineView): string {
  const parts: string[] = [];
  if (d.supervision > 0) parts.push('【督办】');
  else if (d.overdue) parts.push('【超期】');
  if (!d.signed && d.signDueAt) parts.push(`签收限 ${fmtDue(d.signDueAt)}`);
  else if (d.resolveDueAt) parts.push(`办结限 ${fmtDue(d.resolveDueAt)}`);
  if (d.extendedDays) parts.push(`已延期${d.extendedDays}天`);
  if (d.pendingExtension) parts.push(`延期${d.pendingExtension}天待批`);
  if (d.department) parts.push(`在${d.department.name}`);
  return parts.length ? ` ${parts.join(' ')}` : '';
}

export function deadlineLines(d: DeadlineView): string[] {
  if (!d.resolveDueAt) return [];
  const sign = d.signDueAt ? `签收时限：${fmtDue(d.signDueAt)}${d.signed ? '（已签收）' : ''}` : '';
  const resolve = `办结时限：${fmtDue(d.resolveDueAt)}${d.extendedDays ? `（已延期 ${d.extendedDays} 个工作日）` : ''}`;
  const lines = [[sign, resolve].filter(Boolean).join('　')];
  if (d.supervision > 0) lines.push(`督办：已提请${RUNG_LABEL[d.supervision]}督办`);
  else if (d.overdue) lines.push('状态：已超期');
  if (d.pendingExtension) lines.push(`延期申请：${d.pendingExtension} 个工作日，待网格长批复`);
  if (d.department) lines.push(deptLine(d.department.name, d.department.dueAt, d.department.answered));
  return lines;
}

// ── 延期 ──
export const extensionUsage = () => '延期格式：「延期 12 3天 等待配件」（最多 10 个工作日，须在办结时限前申请）。网格长回复「同意延期 12」或「不同意延期 12」。';
export const extensionRequestedOk = (id: number, days: number, leader: string | null) =>
  `已提交工单 #${id} 延期 ${days} 个工作日的申请${leader ? `，等待${leader}批复` : ''}。`;
export const extensionToLeader = (t: TicketView, who: string, days: number, reason: string, due: Date) =>
  `【延期申请】${who}申请工单 ${card(t)} 延期 ${days} 个工作日：${reason}。现办结时限 ${fmtDue(due)}。回复「同意延期 ${t.id}」或「不同意延期 ${t.id}」。`;
export const extensionApprovedOk = (id: number, due: Date) => `已同意工单 #${id} 延期，新的办结时限 ${fmtDue(due)}。`;
export const extensionRefusedOk = (id: number) => `已不同意工单 #${id} 的延期申请，原时限不变。`;
export const extensionApprovedToWorker = (id: number, due: Date) => `您申请的工单 #${id} 延期已获同意，新的办结时限 ${fmtDue(due)}。`;
export const extensionRefusedToWorker = (id: number, due: Date) => `您申请的工单 #${id} 延期未获同意，请在原时限 ${fmtDue(due)} 前办结。`;
export const extensionNote = (days: number, reason: string) => `${days} 个工作日：${reason}`;
export const extensionDecidedNote = (due: Date | null) => (due ? `新办结时限 ${fmtDue(due)}` : '原时限不变');

export const EXTENSION_ERRORS: Record<string, (id: number, max: number) => string> = {
  extension_too_long: (_id, max) => `延期最多 ${max} 个工作日。`,
  extension_after_deadline: (id) => `工单 #${id} 已过办结时限，不能再申请延期；请尽快办结或上报。`,
  extension_used: (id) => `工单 #${id} 已经延期过一次，只能延期一次。`,
  extension_pending: (id) => `工单 #${id} 已有一个延期申请在等待批复。`,
  extension_none_pending: (id) => `工单 #${id} 没有待批复的延期申请。`,
  extension_not_leader: (id) => `只有网格长（或社区办公室）可以批复工单 #${id} 的延期。`,
  extension_not_active: (id) => `工单 #${id} 已不在办理中，不需要延期。`,
};

export const calendarOutOfData = (year: number) =>
  `节假日日历没有 ${year} 年的数据：周一至周五都按工作日计算。请在 SLA 文件的 holidays 中补充当年的放假和调休安排。`;

// ── 社区吹哨、部门报到 ──
export const deptCard = (t: TicketView, dept: string, from: string, note: string, due: Date) =>
  `【部门报到】工单 ${card(t)} 由${from}转交${dept}${note ? `：${note}` : ''}。办理时限 ${fmtDue(due)}。` +
  `处理中请回复「进度 ${t.id} 说明」，完成后回复「办结 ${t.id} 结果」。`;
export const deptHandedOk = (id: number, dept: string, due: Date, reached: boolean) =>
  `工单 #${id} 已转交${dept}，部门办理时限 ${fmtDue(due)}。您仍是负责人，部门的回复会转告您。${reached ? '' : '（该部门还没有可送达的联系人或群，请尽快「绑定 部门 名称」或在 SLA 文件里配置联系人。）'}`;
export const deptHandedToResident = (id: number, dept: string) => `工单 #${id} 已转交${dept}处理，有进展会告诉您。`;
export const deptHandedNote = (dept: string, note: string) => `转交 ${dept}${note ? `：${note}` : ''}`;
export const deptProgressToResident = (id: number, dept: string, text: string) => `工单 #${id} 最新进展（${dept}）：${text}`;
export const deptDoneToResident = (id: number, dept: string, text: string) => `工单 #${id}：${dept}反馈已处理完毕${text ? `（${text}）` : ''}，网格员核实后办结。`;
export const deptProgressToOwner = (id: number, dept: string, text: string) => `${dept}回复了工单 #${id}：${text}`;
export const deptDoneToOwner = (id: number, dept: string, text: string) =>
  `${dept}报告工单 #${id} 已处理完毕${text ? `：${text}` : ''}。请核实后回复「办结 ${id} 结果」。`;
export const deptNote = (dept: string, text: string) => `${dept}：${text}`;
export const deptNotedOk = (id: number) => `已记录工单 #${id} 的进展，已转告网格员和居民。`;
export const deptDoneOk = (id: number) => `已记录工单 #${id} 处理完毕，网格员核实后办结。`;
export const deptNotTheirs = (id: number, dept: string) => `工单 #${id} 没有转交给${dept}，或已经办结。`;
export const deptUnknown = (name: string, known: string[]) =>
  `没有找到部门「${name}」。${known.length ? `可用的部门：${known.join('、')}。` : '请先在 SLA 文件的 departments 中配置部门。'}`;
export const deptBound = (topic: string, dept: string) => `已将「${topic}」绑定为${dept}的工作群：转交给${dept}的工单会发到这里，在群里回复「进度 编号 说明」「办结 编号 结果」即可。`;
export const deptUsage = () => '转部门格式：「转部门 12 物业 请尽快派人」；绑定部门群：在该群里发「绑定 部门 物业」。';
export const deptLine = (dept: string, due: Date | null, answered: boolean) =>
  `部门：${dept}${due ? `　部门时限 ${fmtDue(due)}` : ''}${answered ? '（已回复）' : ''}`;

Object.assign(SLA_EVENT_LABEL, { dept_handed: '转部门', dept_note: '部门进展', dept_done: '部门办毕' });
export const deptNotActive = (id: number) => `工单 #${id} 已不在办理中，不能再转部门。`;
export const deptUrge = (t: TicketView, dept: string, due: Date) =>
  `【催办】转交${dept}的工单 ${card(t)} 临近部门办理时限（${fmtDue(due)}）。请回复「进度 ${t.id} 说明」或「办结 ${t.id} 结果」。`;
export const deptOverdueToDept = (t: TicketView, dept: string, due: Date) =>
  `【超期】转交${dept}的工单 ${card(t)} 已超过部门办理时限（${fmtDue(due)}），尚未回复。请尽快回复「进度 ${t.id} 说明」。`;
export const deptOverdueToStaff = (t: TicketView, dept: string, due: Date) =>
  `【部门超期】工单 ${card(t)} 转交${dept}后超过部门时限（${fmtDue(due)}）仍未回复，请协调${dept}。回复「查 ${t.id}」看详情。`;
export const deptUrgeNote = (dept: string) => `催办部门：${dept}`;
export const deptOverdueNote = (dept: string, told: string) => `${dept}超过部门时限未回复${told ? `，已告知 ${told}` : ''}`;
