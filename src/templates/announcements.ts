/** Chinese texts of announcements: office reports, chat replies and error reasons. */
import { shanghaiParts } from '../jobs/cron';
import type { AnnouncementError } from '../services/announcements/errors';

const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** "2026-12-01 09:00（周二）" in Asia/Shanghai. */
export function formatTime(at: Date): string {
  const p = shanghaiParts(at);
  return `${p.y}-${pad(p.mo)}-${pad(p.d)} ${pad(p.h)}:${pad(p.mi)}（周${WEEKDAYS[p.wd]}）`;
}

export const excerpt = (text: string, max = 24) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

// ── reports to the office ─────────────────────────────────────────────────

export function officeMissedReport(o: {
  id: number;
  text: string;
  slots: Date[];
  now: Date;
  graceMs: number;
  willSendLatest: boolean;
}): string {
  const graceMin = Math.round(o.graceMs / 60_000);
  const times = o.slots.slice(0, 5).map(formatTime).join('、') + (o.slots.length > 5 ? ` 等 ${o.slots.length} 次` : '');
  return (
    `【通知未发送】#${o.id}「${excerpt(o.text)}」原定 ${times} 发送，因系统停机错过，` +
    `已超过 ${graceMin} 分钟补发时限，没有发出。${o.willSendLatest ? '最近一次已补发。' : ''}如仍需发送，请重新发布。`
  );
}

/** A grid leader's notice stopped at a run because the roster no longer lets its creator send it there. */
export function officeStoppedReport(o: { id: number; text: string; at: Date; creator: string; refusal: AnnouncementError }): string {
  const d = o.refusal.details;
  let why: string;
  if (o.refusal.code === 'outside_own_grids') {
    why = `发送对象中的 ${d.targets} 已不在其负责的网格内（${d.grids ? `现在负责：${d.grids}` : '现在没有负责的网格'}）`;
  } else if (d.reason === 'not_leader') {
    why = `「${d.person}」现在不是在岗的网格长`;
  } else {
    why = '发布它的令牌没有关联到在岗的网格长，无法确认发送范围';
  }
  return (
    `【通知已停止】#${o.id}「${excerpt(o.text)}」由网格长「${o.creator}」发布，原定 ${formatTime(o.at)} 的这次没有发出，以后也不再发送：` +
    `${why}。如仍需发送，请社区办公室或现在负责的网格长重新发布。`
  );
}

export function officeReviewReport(items: { announcementId: number; groupName: string }[]): string {
  const list = items
    .slice(0, 10)
    .map((i) => `#${i.announcementId} → ${i.groupName}`)
    .join('；');
  return (
    `【通知待核实】以下群消息发送时系统中断，无法确定是否已送达，系统不会自动重发：${list}` +
    `${items.length > 10 ? ` 等 ${items.length} 条` : ''}。请到群里查看，如未收到请手动补发。`
  );
}

// ── error reasons (HTTP 4xx bodies and chat replies) ───────────────────────

export function announcementErrorText(err: AnnouncementError): string {
  const d = err.details;
  switch (err.code) {
    case 'invalid_input':
      return `请求格式不正确：${d.reason ?? ''}`;
    case 'no_content':
      return '请提供通知内容：text（自由文本）或 template（模板名）二选一。';
    case 'text_and_template':
      return 'text 和 template 只能二选一。';
    case 'unknown_template':
      return `没有这个通知模板：${d.template}。可用模板见 GET /api/templates。`;
    case 'bad_vars':
      return `模板 ${d.template} 的变量不正确：${d.reason}`;
    case 'empty_targets':
      return '请指定发送对象：全体（all）、网格（grids）或楼栋（buildings）。';
    case 'unknown_building':
      return `没有「${d.building}」这栋楼。本社区的楼栋有：${d.known || '（暂无）'}。`;
    case 'unknown_grid':
      return `没有「${d.grid}」这个网格。本社区的网格有：${d.known || '（暂无）'}。`;
    case 'unknown_community':
      return d.community ? `没有这个社区：${d.community}。` : '系统里还没有社区。';
    case 'community_required':
      return `有多个社区，请用 community 指明：${d.known}。`;
    case 'no_groups':
      return `发送对象（${d.targets}）里还没有绑定的群，无法发送。`;
    case 'time_in_past':
      return `${d.field === 'until' ? '截止时间' : '发送时间'} ${d.value} 已经过去了。`;
    case 'bad_time':
      if (d.reason === 'date_only') return `${d.field} 需要具体时间：${d.value}（如 ${d.value}T09:00，北京时间）。`;
      return `${d.field} 时间格式不正确：${d.value}（请用 ISO-8601，如 2026-12-01T09:00:00+08:00）。`;
    case 'bad_cron':
      return `cron 表达式不正确：${d.cron}（${d.reason}）。例：每周一 9:00 为 "0 9 * * 1"。`;
    case 'cron_too_frequent':
      return `cron 表达式 ${d.cron} 太频繁：定时通知最多每小时一次。`;
    case 'until_without_cron':
      return 'until 和 maxRuns 只能用于定期通知（需同时提供 cron）。';
    case 'until_before_first_run':
      return `截止时间 ${d.until} 早于第一次发送时间，通知一次也不会发出。`;
    case 'not_allowed':
      return '只有社区办公室和网格长可以发布或撤销通知。';
    case 'outside_own_grids':
      return outsideOwnGrids(String(d.action), String(d.targets), String(d.grids ?? ''), d.id);
    case 'grids_unknown':
      if (d.reason === 'not_leader') return `令牌关联的「${d.person}」现在不是在岗的网格长，这个令牌只能查看，不能发布或撤销通知。`;
      return '这个网格长令牌没有关联到具体的人，不知道负责哪些网格，只能查看，不能发布或撤销通知。请用 npm run token -- --role grid_leader --person 姓名 新建令牌。';
    case 'not_found':
      return `没有这条通知：#${d.id}。`;
    case 'nothing_to_cancel':
      return `通知 #${d.id} 已全部发出或已撤销，没有可以撤销的内容。`;
    case 'no_draft':
      return '没有待确认的通知。';
    case 'draft_expired':
      return '这条通知草稿已超过 10 分钟，已作废，请重新发送。';
  }
}

/** Which grids a leader covers, and what a leader may do instead of the refused target. */
function outsideOwnGrids(action: string, targets: string, grids: string, id: string | number | null | undefined): string {
  const yours = grids ? `您负责的网格是：${grids}。` : '您还没有负责的网格。';
  if (action === 'cancel') {
    return `通知 #${id} 的发送对象（${targets}）超出了您负责的网格，网格长只能撤销发往自己网格的通知。${yours}如需撤销，请联系社区办公室。`;
  }
  return (
    `网格长只能给自己负责的网格及其楼栋发通知（可加「工作群」），不能发给：${targets}。${yours}` +
    `发给全体或其他网格，请联系社区办公室。`
  );
}

// ── input checks (the reason inside invalid_input and bad_cron) ──────────

export const targetsMissing = () => '缺少发送对象 targets';

export const targetsNotObject = () => 'targets 应为对象';

export const unknownFields = (keys: string[]) => `未知字段 ${keys.join(', ')}`;

export const varsWithoutTemplate = () => 'vars 只能和 template 一起使用';

export const cronNeverRuns = () => '八年内不会运行';

// ── targets in words (previews, no_groups) ─────────────────────────────────

export const TARGET_ALL = '全体';

export const TARGET_WORKERS = '网格工作群';

export const buildingLabel = (name: string) => `${name}号楼`;

// ── chat ───────────────────────────────────────────────────────────────────

export const announceNotAllowed = () => '抱歉，只有社区办公室和网格长可以发布通知。如需发通知，请联系社区办公室。';

export const announceNothingPending = () => '现在没有等待确认的通知。要发通知，请先发送「通知 3号楼 内容」。';

export const announceUsage = () =>
  '发通知格式：\n「通知 3号楼 4号楼 明天9:00-17:00停水，请提前储水」\n「通知 全体 …」「通知 第一网格 …」\n' +
  '定时发送：「定时通知 2026-12-01 09:00 全体 …」\n加「工作群」可同时发到网格工作群。';

/** Buildings a notice cannot reach, said before it is confirmed. */
export const unreachableBuildings = (labels: string[]) =>
  `⚠ ${labels.join('、')} 还没有绑定居民群，收不到这条通知（请在该楼的群里发「绑定 5号楼」这样的消息，或另行通知）`;

export function announcePreview(o: {
  text: string;
  targets: string[];
  groupCount: number;
  sendAt: Date | null;
  minutes: number;
  maskedNumbers?: boolean;
  unreachable?: string[];
  /** Named when the store has several communities, so the sender sees which one. */
  community?: string | null;
}): string {
  return (
    `请确认以下通知：\n发送对象：${o.community ? `${o.community} ` : ''}${o.targets.join('、')}（共 ${o.groupCount} 个群）\n` +
    (o.unreachable?.length ? `${unreachableBuildings(o.unreachable)}\n` : '') +
    `发送时间：${o.sendAt ? formatTime(o.sendAt) : '确认后立即发送'}\n` +
    `——————\n${o.text}\n——————\n` +
    (o.maskedNumbers ? '（通知里的电话或身份证号码已隐去中间几位；要公布联系电话，请用模板的「联系电话」一项。）\n' : '') +
    `回复「确认」发送，回复「取消」放弃（${o.minutes} 分钟内有效）。`
  );
}

export const announceSent = (id: number, groupCount: number) => `通知 #${id} 已提交，正在发往 ${groupCount} 个群。`;

export const announceScheduled = (id: number, at: Date) => `通知 #${id} 已安排，将于 ${formatTime(at)} 发送。`;

export const announceDraftCancelled = () => '已取消，这条通知不会发送。';

export const announceBadTime = (s: string) => `时间「${s}」看不懂，请写成「定时通知 2026-12-01 09:00 全体 …」。`;
