/** What residents and workers see of the intake actions (issue 12): ask, triage, labels. zh-CN. */
import type { TicketView } from './tickets';
import { reportAck } from './tickets';

export type Missing = 'unit' | 'room';

const MISSING_WORDS: Record<string, string> = { 'unit,room': '几单元几室', unit: '几单元', room: '几室' };

/** "请问是几单元几室？方便网格员上门。" */
export const askWhere = (missing: readonly Missing[]) =>
  `请问是${MISSING_WORDS[missing.join(',')] ?? '几单元几室'}？方便网格员上门。`;

/** The ack of a ticket opened by `ask`: one message, the question at its end. */
export const reportAckAsking = (t: TicketView, handler: string, missing: readonly Missing[]) =>
  `${reportAck(t, handler)}${askWhere(missing)}`;

/** The reporter answered: thank them and say where the worker will come. */
export const locationThanks = (id: number, where: string) => `好的，工单 #${id} 已补充位置：${where}，网格员会按这个地址上门。`;

/** To the assigned worker: the ticket now has a unit/room. */
export const locationToAssignee = (t: TicketView, reporter: string) =>
  `工单 #${t.id}（${t.categoryLabel}｜${t.summary}）居民${reporter}补充了位置：${t.where}。`;

/** History note of the location update. */
export const locationNote = (where: string) => `居民补充位置：${where}`;

// ── triage: 待确认 M7 ───────────────────────────────────────────────────────

export interface TriageView {
  ref: string;
  where: string;
  reporter: string;
  text: string;
  at: string;
}

export const triageLine = (v: TriageView) => `待确认 ${v.ref} ${v.where}｜${v.reporter}：${v.text}（${v.at}）`;

export const triageList = (lines: string[]) =>
  lines.length ? `待确认消息（${lines.length}），机器人拿不准、没有在群里回复：\n${lines.join('\n')}\n${triageHowTo()}` : '';

const triageHowTo = () => '是诉求请回复「立单 M编号」（可加类别，如「立单 M7 环境卫生」），不是请回复「忽略 M编号」。';

/** The batched direct message: every item waiting since the last one. */
export const triageDigest = (lines: string[], ttlDays: number) =>
  `【待确认 ${lines.length} 条】下面的居民消息机器人拿不准，没有在群里回复，请看一下：\n${lines.join('\n')}\n${triageHowTo()}${ttlDays} 天内没处理的会自动过期。`;

export const triageConfirmedOk = (ref: string, ticketId: number) => `已把 ${ref} 立为工单 #${ticketId}，并在群里告诉了居民。`;
export const triageConfirmedDuplicate = (ref: string, ticketId: number) =>
  `${ref} 与在办工单 #${ticketId} 是同一个问题，已把居民加入关注。`;
export const triageDismissedOk = (ref: string) => `已忽略 ${ref}，群里不会回复。`;
export const triageNotFound = (ref: string) => `没有找到待确认消息 ${ref}，请核对编号（发「待办」查看）。`;
export const triageAlreadyDecided = (ref: string, state: string) => `${ref} 已经${state}，不用再处理。`;
export const TRIAGE_STATE_LABEL: Record<string, string> = { ticketed: '立单', ignored: '忽略', expired: '过期' };
export const triageNotAllowed = (ref: string) => `您不能处理 ${ref}：它不在您负责的网格。`;

/** History note on a ticket opened by 立单. */
export const confirmedNote = (ref: string, worker: string) => `${worker}确认立单（${ref}）`;

// ── 改类 ──────────────────────────────────────────────────────────────────

export const recategorizedOk = (id: number, label: string, to: string | null) =>
  `工单 #${id} 已改为「${label}」${to ? `，按类别转给${to}` : ''}。`;
export const recategorizedNote = (from: string, to: string, handler: string | null) =>
  `类别 ${from} → ${to}${handler ? `，转给 ${handler}` : ''}`;
export const sameCategory = (id: number, label: string) => `工单 #${id} 已经是「${label}」了。`;
export const unknownCategory = (name: string, labels: string[]) => `没有「${name}」这个类别。可选：${labels.join('、')}。`;
export const recategorizedToYou = (t: TicketView, from: string) =>
  `${from}把工单 #${t.id} 改为「${t.categoryLabel}」（${t.where}｜${t.summary}），按类别由您负责，回复「接单 ${t.id}」认领。`;
