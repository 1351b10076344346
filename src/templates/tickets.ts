/** Every ticket-related sentence people see. Small functions of typed data, zh-CN. */
import type { TicketState } from '../core/ticket-machine';
import type { UsageTopic } from '../core/commands';
import { SLA_EVENT_LABEL } from './sla';

export const STATE_LABEL: Record<TicketState, string> = {
  open: '待处理',
  claimed: '处理中',
  escalated: '已上报',
  resolved: '已办结',
  rejected: '已退回',
  reopened: '重新处理中',
};

export const ROLE_LABEL: Record<string, string> = {
  resident: '居民',
  grid_worker: '网格员',
  grid_leader: '网格长',
  office: '社区办公室',
};

export interface TicketView {
  id: number;
  categoryLabel: string;
  where: string;
  summary: string;
}

/** "3号楼2单元501室" from the normalized parts; empty parts are left out. */
export function where(building: string | null, unit: string | null, room: string | null): string {
  const parts = [building ? `${building}号楼` : '', unit ? `${unit}单元` : '', room ? `${room}室` : ''].join('');
  return parts || '未注明位置';
}

export const handlerName = (name: string | null, role: string | null) =>
  name ? `${ROLE_LABEL[role ?? ''] ?? ''}${name}` : '社区工作人员';

/** `direct`: reported in a direct chat, so progress comes the same way. */
export const reportAck = (t: TicketView, handler: string, direct = false) =>
  `已收到您的反映，工单 #${t.id}（${t.categoryLabel}，${t.where}）已登记，由${handler}负责处理，有进展会${direct ? '私信' : '在群里'}告诉您。`;

/** `alerted`: everyone told, e.g. "网格员张丽、网格长王建国" (the handler may itself be the leader). */
/**
 * What to do first, by kind of emergency: the number to call, and the one
 * action that matters before help arrives (a gas leak is reported from
 * outdoors to the gas company; a burst pipe needs the main valve shut).
 */
const EMERGENCY_FIRST_STEP: Record<string, (call: string, who: string) => string> = {
  fire: (call, who) => `请立即拨打 ${call}（${who}）！先撤离，不要乘电梯。`,
  gas: (call) => `请立即关闭燃气阀门、开窗通风，不要开关电器，到室外拨打燃气公司抢修电话；情况危急请拨打 ${call}！`,
  electric: (call) => `请立即拉下电闸，不要用水扑救；情况危急请拨打 ${call}！`,
  trapped: (call) => `被困的人请按电梯里的警铃、不要扒门；情况紧急请拨打 ${call}！`,
  flood: (call) => `请立即关闭水表总阀，远离进水的插座和电器；情况严重请拨打 ${call}！`,
};

const firstStep = (kind: string, call: string, who: string) =>
  EMERGENCY_FIRST_STEP[kind]?.(call, who) ?? `请立即拨打 ${call}（${who}）！`;

export const emergencyFollowAck = (id: number, kind: string, callNumber: string, callWho: string) =>
  `⚠️ 紧急情况！${firstStep(kind, callNumber, callWho)}该情况已在处理中（#${id}），网格员和网格长已收到提醒，正在赶来。请注意自身安全。`;

export const emergencyAck = (t: TicketView, kind: string, callNumber: string, callWho: string, alerted: string) =>
  `⚠️ 紧急情况！${firstStep(kind, callNumber, callWho)}工单 #${t.id}（${t.where}）已登记，已同时通知${alerted}马上处理。请注意自身安全。`;

export const duplicateAck = (id: number) =>
  `该问题已在处理中（#${id}），已把您加入关注，处理进展会一并通知您。`;
/** The reporter (or an existing follower) saying it again: they are already told of every step. */
export const repeatAck = (id: number) => `该问题已在处理中（#${id}），处理进展会通知您。`;

export const consultAck = (id: number, handler: string) =>
  `您的问题已记录（咨询 #${id}），${handler}会尽快答复您。`;

export const faqAnswer = (answer: string) => answer;

// --- progress replies in the resident's group ---
export const progressClaimed = (id: number, who: string) => `工单 #${id} 已由${who}接单，正在处理。`;
export const progressNote = (id: number, note: string) => `工单 #${id} 最新进展：${note}`;
export const progressResolved = (id: number, outcome: string) =>
  `工单 #${id} 已办结：${outcome || '问题已处理'}。如还没解决，请在 7 天内回复「#${id} 没修好」。欢迎回复「满意」或「不满意」评价本次服务。`;
export const progressRejected = (id: number, reason: string) =>
  `工单 #${id} 经核实暂不能按工单办理，原因：${reason}。如有疑问可以联系网格员，感谢理解。`;
export const progressEscalated = (id: number) => `工单 #${id} 已上报上级部门协调处理，请耐心等待。`;
export const progressTransferred = (id: number, who: string) => `工单 #${id} 已转由${who}处理。`;
export const progressReopened = (id: number) => `工单 #${id} 已重新打开，网格员会再次跟进。`;

export const statusReply = (id: number, state: TicketState, who: string | null, lastNote: string | null) =>
  `工单 #${id}：${STATE_LABEL[state]}${who ? `，负责人：${who}` : ''}${lastNote ? `。最新进展：${lastNote}` : '。'}`;

/** A resident's "修好了吗" fits several of their open tickets. */
export const statusChoices = (lines: string[]) =>
  `您反映或关注的相关工单有 ${lines.length} 个：\n${lines.join('\n')}\n要看某一个的进展，请发「#工单号 进度」。`;

// --- staff side ---
export const reporterLine = (reporter: string) => `反映人：${reporter}`;

/** The roster gives the building fewer units than the resident named: check before going. */
export const unverifiedLocation = (building: string, units: number) =>
  `⚠️ 位置未核实：名册上${building}号楼只有 ${units} 个单元，请先与居民核实。`;

export const assignmentDm = (
  t: TicketView,
  text: string,
  reporter: string,
  urgencyLabel: string,
  link: string | null = null,
  unverified: string | null = null,
) =>
  `【新工单 #${t.id}】${urgencyLabel}${t.categoryLabel}｜${t.where}\n${text}\n${reporterLine(reporter)}\n` +
  (unverified ? `${unverified}\n` : '') +
  `回复「接单 ${t.id}」认领，「查 ${t.id}」看详情。` +
  (link ? `\n详情：${link}` : '');

export const workersGroupNotice = (t: TicketView, handler: string, urgencyLabel: string) =>
  `【新工单 #${t.id}】${urgencyLabel}${t.categoryLabel}｜${t.where}｜${t.summary}，已派给${handler}。`;

export const emergencyAlert = (t: TicketView, text: string, callNumber: string) =>
  `🚨【紧急 #${t.id}】${t.where}：${text}\n已提醒居民拨打 ${callNumber}。请立即到场或电话核实，处理后回复「进度 ${t.id} …」。`;

export const URGENCY_LABEL = { emergency: '【紧急】', urgent: '【急】', normal: '' } as const;

export const claimedOk = (id: number) => `已接单 #${id}。处理中可回复「进度 ${id} 说明」，完成后回复「办结 ${id} 结果」。`;
export const alreadyClaimed = (id: number, who: string) => `工单 #${id} 已被${who}接单。`;
export const alreadyYours = (id: number) => `工单 #${id} 已经是您在处理了。有进展请回复「进度 ${id} 说明」。`;
export const alreadyAssignedToYou = (id: number) => `工单 #${id} 已经是您负责的工单，不用转派。`;
export const alreadyAssignedTo = (id: number, who: string) => `工单 #${id} 已经是${who}负责的工单，不用转派。`;
export const notedOk = (id: number) => `已记录 #${id} 的进展，并通知了居民。`;
export const resolvedOk = (id: number) => `工单 #${id} 已办结，已通知居民。`;
export const rejectedOk = (id: number) => `工单 #${id} 已退回，已告知居民原因。`;
export const transferredOk = (id: number, who: string) => `工单 #${id} 已转派给${who}。`;
export const escalatedOk = (id: number, who: string) => `工单 #${id} 已上报给${who}。`;
export const transferredToYou = (t: TicketView, from: string) =>
  `${from}把工单 #${t.id}（${t.categoryLabel}｜${t.where}｜${t.summary}）转给了您，回复「接单 ${t.id}」认领。`;
export const escalatedToYou = (t: TicketView, from: string, reason: string) =>
  `${from}上报了工单 #${t.id}（${t.categoryLabel}｜${t.where}｜${t.summary}）${reason ? `：${reason}` : ''}。回复「查 ${t.id}」看详情。`;
export const reopenedToAssignee = (t: TicketView) =>
  `居民反映工单 #${t.id}（${t.where}｜${t.summary}）没有解决，已重新打开，请再跟进。`;

/** A line of 我的/待办; an emergency is marked so it stands out on a phone screen. */
export const ticketLine = (t: TicketView & { state: TicketState; emergency?: boolean }) =>
  `${t.emergency ? '【急】' : ''}#${t.id} ${STATE_LABEL[t.state]}｜${t.categoryLabel}｜${t.where}｜${t.summary}`;
export const mineList = (lines: string[]) => (lines.length ? `您的在办工单（${lines.length}）：\n${lines.join('\n')}` : '您目前没有在办的工单。');
export const openList = (lines: string[]) => (lines.length ? `待认领工单（${lines.length}）：\n${lines.join('\n')}` : '目前没有待认领的工单。');

export const EVENT_LABEL: Record<string, string> = {
  opened: '登记',
  assigned: '派单',
  claimed: '接单',
  note: '进展',
  resolved: '办结',
  rejected: '退回',
  transferred: '转派',
  escalated: '上报',
  reopened: '重新打开',
  followed: '新增关注',
  located: '补充位置',
  confirmed: '确认立单',
  recategorized: '改类',
  ...SLA_EVENT_LABEL,
};

export const showTicket = (
  t: TicketView & { state: TicketState; text: string; reporter: string; assignee: string | null; createdAt: string; unverified?: string | null; deadline?: string[] },
  history: string[],
) =>
  [
    `工单 #${t.id}｜${STATE_LABEL[t.state]}｜${t.categoryLabel}`,
    `位置：${t.where}`,
    ...(t.unverified ? [t.unverified] : []),
    `内容：${t.text}`,
    `反映人：${t.reporter}　负责人：${t.assignee ?? '未指派'}`,
    `登记时间：${t.createdAt}`,
    ...(t.deadline ?? []),
    '处理记录：',
    ...history,
  ].join('\n');

export const historyLine = (at: string, who: string, type: string, note: string | null) =>
  `· ${at} ${who} ${EVENT_LABEL[type] ?? type}${note ? `：${note}` : ''}`;

export const workerHelp = () =>
  [
    '网格员命令（编号可带 #）：',
    '接单 12 —— 认领工单 (/claim)',
    '进度 12 已联系物业 —— 记录进展并通知居民 (/note)',
    '办结 12 已更换灯泡 —— 办结 (/done)',
    '转派 12 @李网格 —— 转给别人 (/transfer)',
    '上报 12 需要住建部门处理 —— 上报网格长/社区 (/escalate)',
    '退回 12 重复，见#9 —— 退回并说明原因 (/reject)',
    '延期 12 3天 等待配件 —— 申请延期（网格长回复「同意延期 12」或「不同意延期 12」）',
    '转部门 12 物业 请尽快派人 —— 交给职能部门，您仍是负责人',
    '我的 —— 我的在办工单 (/mine)',
    '待办 —— 本网格待认领 (/open)',
    '查 12 —— 详情和处理记录 (/show)',
    '改类 12 噪音 —— 改正类别，必要时按类别转给负责人 (/recategorize)',
    '立单 M7 —— 把待确认消息立为工单，可加类别「立单 M7 环境卫生」 (/confirm)',
    '忽略 M7 —— 待确认消息不是诉求，不回复 (/dismiss)',
    '（「退回 12 非诉求」表示这条根本不是诉求；立单、忽略、改类和它都会记作训练标注，供审核后重新训练）',
  ].join('\n');

export const residentHelp = () =>
  '有问题直接在群里说就行，例如「3号楼2单元电梯坏了」。查询进度请发「#工单号 进度」，例如「#12 进度」。';

const USAGE: Record<UsageTopic, string> = {
  claim: '接单 12',
  note: '进度 12 已联系物业，明天上午维修',
  done: '办结 12 已更换灯泡',
  transfer: '转派 12 @李网格',
  escalate: '上报 12 需要住建部门处理',
  reject: '退回 12 重复，见#9',
  show: '查 12',
  recategorize: '改类 12 噪音扰民',
  confirm: '立单 M7（可加类别：立单 M7 环境卫生）',
  dismiss: '忽略 M7',
};
export const usage = (of: UsageTopic) => `格式不对，请这样发：${USAGE[of]}`;
/** Told once per command whose words reached a resident group with a number hidden. */
export const numbersMasked = () => '（发到居民群的内容里有电话或身份证号码，已隐去中间几位；需要时请私下联系居民。）';
export const unknownCommand = (word: string) => `没有「${word}」这个命令。发「帮助」看全部命令。`;

// --- refusals and errors ---
export const residentCannot = () => '这个命令只有网格员和社区工作人员可以使用。查询进度请发「#工单号 进度」。';
export const ticketNotFound = (id: number) => `没有找到工单 #${id}，请核对编号。`;
export const residentCannotView = (id: number) =>
  `工单 #${id} 不是您反映或关注的，也不在您住的楼栋，无法查询进度。如有疑问请联系网格员。`;
export const staffCannotView = (id: number) => `您不能查看工单 #${id}：它不在您负责的网格，也没有派给您。`;
export const notAllowed = (id: number) => `您不能处理工单 #${id}：它不在您负责的网格，也没有派给您。`;
export const invalidTransition = (id: number, state: TicketState, actionLabel: string) =>
  `工单 #${id} 当前状态是「${STATE_LABEL[state]}」，不能${actionLabel}。`;
export const ACTION_LABEL: Record<string, string> = {
  claim: '接单',
  note: '记录进展',
  resolve: '办结',
  transfer: '转派',
  escalate: '上报',
  reject: '退回',
  reopen: '重新打开',
};
export const personNotFound = (name: string) => `没有找到工作人员「${name}」，请核对姓名或微信昵称。`;
export const escalationTop = (id: number) => `工单 #${id} 已经在社区办公室层级，无法再上报。`;
export const reopenTooLate = (id: number) => `工单 #${id} 办结已超过 7 天，请直接重新反映问题，我们会登记新工单。`;
export const notYourTicket = (id: number) => `只有反映人可以重新打开工单 #${id}。`;

// ── ticket history notes and placeholder names ────────────────────────────

/** History note of the routing step: who got the ticket and the routing rule. */
const ROUTING_REASON: Record<string, string> = {
  grid_worker: '本网格网格员',
  category_rule: '按类别由专人负责',
  no_worker: '网格暂无网格员，交网格长',
  no_leader: '暂无网格长，交社区办公室',
  nobody: '暂无可派人员',
};

export const assignedNote = (assignee: string | null, reason: string) =>
  `${assignee ?? '无人'}（${ROUTING_REASON[reason] ?? reason}）`;
export const transferredNote = (to: string, reason = '') => `转给 ${to}${reason ? `：${reason}` : ''}`;
export const escalatedNote = (to: string, reason: string) => `上报给 ${to}${reason ? `：${reason}` : ''}`;

/** Who claimed it, when the claimant is not known. */
export const SOMEONE_ELSE = '其他同事';
/** A resident's display name when the channel gave none. */
export const RESIDENT_NAME = '居民';
/** A ticket's summary when the message gave nothing to summarise. */
export const DEFAULT_SUMMARY = '居民反映';
/** A bad_input error without a reason of its own. */
export const badInputFallback = () => '输入格式不正确';

// ── 回访: residents rating a resolved ticket ──────────────────────────────

/** History label of a rating (the event's note is the rating word). */
EVENT_LABEL.rated = '评价';

export const ratingThanks = (id: number, rating: string) => `感谢您的评价！工单 #${id} 已记录为「${rating}」。`;
export const ratingUpdated = (id: number, rating: string) => `已更新您对工单 #${id} 的评价：「${rating}」。`;
/** A complaint: say who was told, and how to reopen if it is simply not fixed. */
export const ratingComplaintAck = (id: number, rating: string, told: string | null) =>
  `抱歉这次没让您满意。工单 #${id} 的评价「${rating}」已记录${told ? `，并已转告${told}，会尽快联系您了解情况` : ''}。如问题还没解决，请回复「#${id} 没修好」。`;
export const complaintToStaff = (t: TicketView, rater: string, rating: string) =>
  `【回访提醒】居民${rater}对工单 #${t.id}（${t.categoryLabel}｜${t.where}｜${t.summary}）的评价是「${rating}」，请尽快联系了解情况。回复「查 ${t.id}」看详情。`;
export const ratingNotRater = (id: number) => `只有反映人和关注这个问题的居民可以评价工单 #${id}。`;
export const ratingNotResolved = (id: number) => `工单 #${id} 还没有办结，办结后再请您评价。`;
export const ratingTooLate = (id: number) => `工单 #${id} 办结已超过 7 天，评价已关闭。如有新问题请直接在群里说。`;
