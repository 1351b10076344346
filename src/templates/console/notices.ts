import { bjTime, html, type Html } from './html';
import { notice } from './layout';
import type { Option } from './tickets';

export const NOTICES_TITLE = '通知';
export const NEW_NOTICE_TITLE = '新建通知';
export const noticeTitle = (id: number) => `通知 #${id}`;

export const STATUS_LABEL: Record<string, string> = {
  scheduled: '待发送',
  sending: '发送中',
  done: '已发送',
  cancelled: '已取消',
  missed: '已错过',
  stopped: '已停止',
};

export const DELIVERY_LABEL: Record<string, string> = {
  pending: '排队中',
  sending: '发送中',
  sent: '已送达',
  failed: '发送失败',
  review: '待核实',
  cancelled: '已取消',
};

export interface NoticeSummaryView {
  id: number;
  status: string;
  text: string;
  nextRunAt: string | null;
  repeat: string | null;
  createdByName: string | null;
  createdAt: string;
  deliveries: Record<string, number>;
}

export function noticesBody(items: NoticeSummaryView[], message?: string): Html {
  return html`${message ? notice('ok', message) : ''}
<p><a class="button" href="/console/notices/new">新建通知</a></p>
${items.length === 0 ? html`<p>还没有通知。</p>` : ''}
<ul class="tickets" id="notice-list">${items.map(
    (a) => html`<li class="ticket-row"><a href="/console/notices/${a.id}"><span class="id">#${a.id}</span> ${a.text.slice(0, 40)}${a.text.length > 40 ? '…' : ''}</a>
  <span class="badge n-${a.status}">${STATUS_LABEL[a.status] ?? a.status}</span>
  <span class="meta">${a.repeat ? html`${a.repeat} · ` : ''}${a.nextRunAt ? html`下次发送 ${bjTime(a.nextRunAt)} · ` : ''}已送达 ${a.deliveries.sent ?? 0} 个群${a.deliveries.pending ? html`，排队 ${a.deliveries.pending}` : ''}${a.deliveries.failed ? html`，失败 ${a.deliveries.failed}` : ''} · ${a.createdByName ?? ''} 创建于 ${bjTime(a.createdAt)}</span></li>`,
  )}</ul>`;
}

// ── compose ───────────────────────────────────────────────────────────────

export interface TemplateFieldView {
  name: string;
  description: string;
  required: boolean;
}

/** A tree node: what it is called and the form value naming it ("communityId:name"). */
export interface TargetNode {
  name: string;
  value: string;
}

export interface TargetTreeView {
  community: string;
  grids: (TargetNode & { buildings: TargetNode[] })[];
  /** Buildings outside any grid. */
  loose: TargetNode[];
}

export interface ComposeView {
  templates: Option[];
  template: string;
  fields: TemplateFieldView[];
  values: Record<string, string>;
  trees: TargetTreeView[];
  /** Grid leaders may not pick 全体 (the service refuses it anyway: the box is not offered). */
  mayAll: boolean;
  csrf: string;
  error?: string;
}

export const FREE_TEXT = '';

export function templateFields(fields: TemplateFieldView[], values: Record<string, string>): Html {
  return html`<div id="template-fields">${fields.map(
    (f) => html`<div class="field"><label for="v-${f.name}">${f.description}${f.required ? html` <span class="req">（必填）</span>` : ''}</label>
  <input id="v-${f.name}" name="var.${f.name}" value="${values[`var.${f.name}`] ?? ''}"${f.required ? html` required` : ''}></div>`,
  )}${fields.length === 0 ? html`<div class="field"><label for="n-text">通知内容</label>
  <textarea id="n-text" name="text" rows="6" maxlength="2000" required>${values.text ?? ''}</textarea></div>` : ''}</div>`;
}

function tree(t: TargetTreeView, ti: number, p: string): Html {
  const box = (name: string, value: string, label: string, id: string) =>
    html`<input type="checkbox" id="${id}" name="${name}" value="${value}"><label for="${id}">${label}</label>`;
  return html`<li><span class="tree-community">${t.community}</span>
  <ul>${t.grids.map(
    (g, gi) => html`<li>${box('grids', g.value, g.name, `${p}-${ti}-g${gi}`)}
    <ul class="buildings">${g.buildings.map((b, bi) => html`<li>${box('buildings', b.value, `${b.name}号楼`, `${p}-${ti}-g${gi}-b${bi}`)}</li>`)}</ul></li>`,
  )}${t.loose.length ? html`<li>未分网格<ul class="buildings">${t.loose.map((b, bi) => html`<li>${box('buildings', b.value, `${b.name}号楼`, `${p}-${ti}-l${bi}`)}</li>`)}</ul></li>` : ''}</ul></li>`;
}

/**
 * The target tree (community → grid → building) with 全体 where allowed; the
 * notices and the collections forms both use it (form fields all, grids,
 * buildings, values "communityId:name"). prefix keeps element ids apart.
 */
export function targetTree(v: { trees: TargetTreeView[]; mayAll: boolean; prefix?: string }): Html {
  const p = v.prefix ?? 't';
  return html`${v.mayAll ? html`<p><input type="checkbox" id="${p}-all" name="all" value="1"><label for="${p}-all">全体（本社区所有楼栋群）</label></p>` : ''}
  <ul class="tree">${v.trees.map((t, i) => tree(t, i, p))}</ul>`;
}

export function composeBody(v: ComposeView): Html {
  return html`${v.error ? notice('error', v.error) : ''}
<form id="compose" method="post" action="/console/notices" class="compose"
  hx-post="/console/notices/preview" hx-trigger="input delay:400ms, change" hx-target="#preview" hx-swap="innerHTML">
<input type="hidden" name="_csrf" value="${v.csrf}">
<section class="card" aria-labelledby="h-content">
  <h2 id="h-content">1. 内容</h2>
  <div class="field"><label for="n-template">模板</label>
  <select id="n-template" name="template" hx-get="/console/notices/fields" hx-trigger="change" hx-target="#template-fields" hx-swap="outerHTML">
    <option value="${FREE_TEXT}">不用模板，自己写</option>
    ${v.templates.map((t) => html`<option value="${t.value}"${t.value === v.template ? html` selected` : ''}>${t.label}</option>`)}
  </select></div>
  ${templateFields(v.fields, v.values)}
</section>
<section class="card" aria-labelledby="h-targets">
  <h2 id="h-targets">2. 发给谁</h2>
  <fieldset><legend>勾选网格（含其下全部楼栋）或单个楼栋</legend>
  ${targetTree(v)}
  <p><input type="checkbox" id="t-workers" name="includeWorkers" value="1"><label for="t-workers">同时发到网格工作群</label></p>
  </fieldset>
</section>
<section class="card" aria-labelledby="h-when">
  <h2 id="h-when">3. 什么时候发</h2>
  <fieldset><legend>发送时间</legend>
  <p><input type="radio" id="w-now" name="when" value="now" checked><label for="w-now">立即发送</label></p>
  <p><input type="radio" id="w-at" name="when" value="at"><label for="w-at">定时发送</label>
     <label for="w-at-time" class="sr-only">发送时间</label><input type="datetime-local" id="w-at-time" name="at"></p>
  <p><input type="radio" id="w-repeat" name="when" value="repeat"><label for="w-repeat">重复发送</label></p>
  <div class="repeat">
    <div class="field"><label for="r-freq">频率</label><select id="r-freq" name="freq">
      <option value="daily">每天</option>${WEEKDAYS.map((d, i) => html`<option value="w${i}">每${d}</option>`)}
      ${Array.from({ length: 28 }, (_, i) => html`<option value="m${i + 1}">每月 ${i + 1} 日</option>`)}
    </select></div>
    <div class="field"><label for="r-time">时刻</label><input type="time" id="r-time" name="time" value="09:00"></div>
    <div class="field"><label for="r-until">截止日期（可不填）</label><input type="date" id="r-until" name="until"></div>
  </div>
  </fieldset>
</section>
<section class="card" aria-labelledby="h-preview">
  <h2 id="h-preview">4. 预览（居民在群里看到的原文）</h2>
  <div id="preview" aria-live="polite"><p class="hint">填写内容和发送对象后，这里显示居民看到的原文。</p></div>
  <button type="submit" id="publish" hx-post="/console/notices" hx-target="#preview" hx-swap="innerHTML">确认发布</button>
</section>
</form>`;
}

/** Sunday = 0, as cron counts. */
export const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** A cron line in words, for the list ("每周一 09:00"). */
export function cronWords(cron: string | null): string | null {
  if (!cron) return null;
  const m = /^(\d{1,2}) (\d{1,2}) (\S+) \* (\S+)$/.exec(cron);
  if (!m) return `按计划 ${cron}`;
  const hm = `${m[2]!.padStart(2, '0')}:${m[1]!.padStart(2, '0')}`;
  if (m[3] === '*' && m[4] === '*') return `每天 ${hm}`;
  if (m[3] === '*' && /^\d$/.test(m[4]!)) return `每${WEEKDAYS[Number(m[4])]} ${hm}`;
  if (/^\d{1,2}$/.test(m[3]!) && m[4] === '*') return `每月 ${m[3]} 日 ${hm}`;
  return `按计划 ${cron}`;
}

export interface PreviewView {
  text: string;
  targets: string[];
  groups: string[];
  firstRunAt: Date;
  repeat: string | null;
  now: boolean;
}

export function previewBody(p: PreviewView): Html {
  return html`<pre class="preview-text" id="preview-text">${p.text}</pre>
<p>发往：${p.targets.join('、')}（共 ${p.groups.length} 个群：${p.groups.join('、')}）</p>
<p>${p.now ? '提交后立即发送' : html`${p.repeat ? `${p.repeat}，` : ''}首次发送时间：<strong>${bjTime(p.firstRunAt)}</strong>`}</p>`;
}

export const previewProblem = (reason: string) => html`<p class="msg error" role="status">${reason}</p>`;
export const pickTime = () => '请选择定时发送的时间。';
export const created = (id: number) => `通知 #${id} 已提交。`;
export const cancelled = (id: number) => `通知 #${id} 已取消。`;

// ── one notice ────────────────────────────────────────────────────────────

export interface NoticeDetailView extends NoticeSummaryView {
  cancelledByName: string | null;
  groups: { group: string; building: string | null; status: string; attempts: number; error: string | null; sentAt: string | null; queuedAt: string }[];
  mayCancel: boolean;
  csrf: string;
}

export function noticeBody(a: NoticeDetailView, message?: { kind: 'ok' | 'error'; text: string }): Html {
  return html`${message ? notice(message.kind, message.text) : ''}
<p><span class="badge n-${a.status}">${STATUS_LABEL[a.status] ?? a.status}</span>
${a.repeat ? html` ${a.repeat}` : ''}${a.nextRunAt ? html` · 下次发送 ${bjTime(a.nextRunAt)}` : ''}${a.cancelledByName ? html` · 由${a.cancelledByName}取消` : ''}</p>
<section class="card" aria-labelledby="h-text"><h2 id="h-text">原文</h2><pre class="preview-text">${a.text}</pre></section>
<section class="card" aria-labelledby="h-groups"><h2 id="h-groups">各群送达情况</h2>
${a.groups.length === 0 ? html`<p>还没有发送（到时间后这里显示每个群的状态）。</p>` : ''}
<div class="scroll"><table id="delivery-table"><thead><tr><th scope="col">群</th><th scope="col">状态</th><th scope="col">尝试次数</th><th scope="col">时间</th></tr></thead>
<tbody>${a.groups.map(
    (g) => html`<tr><th scope="row">${g.group}</th><td class="d-${g.status}">${DELIVERY_LABEL[g.status] ?? g.status}${g.error ? html`（${g.error}）` : ''}</td><td>${g.attempts}</td><td>${bjTime(g.sentAt ?? g.queuedAt)}</td></tr>`,
  )}</tbody></table></div></section>
${a.mayCancel
    ? html`<form method="post" action="/console/notices/${a.id}/cancel"><input type="hidden" name="_csrf" value="${a.csrf}">
<button type="submit" class="danger">取消这条通知</button> <span class="hint">尚未发出的群消息不再发送；已送达的无法撤回。</span></form>`
    : ''}
<p><a href="/console/notices">回到通知列表</a></p>`;
}

export const oneCommunity = () => '一条通知只能发往一个社区，请分开发布。';
export const pickRepeat = () => '请选择重复的频率和时刻。';
export const noticeMissing = () => html`<p class="msg error" role="alert">没有找到这条通知。</p><p><a href="/console/notices">回到通知列表</a></p>`;
