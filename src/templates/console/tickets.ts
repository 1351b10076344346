import { bjTime, html, type Html } from './html';
import { notice } from './layout';

export const ADMIN_OFFICE_PERSON = '社区办公室';

export interface Option {
  value: string;
  label: string;
}

export interface TicketFilterView {
  status?: string;
  grid?: string;
  building?: string;
  category?: string;
  from?: string;
  to?: string;
  q?: string;
}

export interface TicketItemView {
  id: number;
  statusLabel: string;
  status: string;
  categoryLabel: string;
  urgency: string;
  where: string;
  summary: string;
  reporter: { name: string } | null;
  assignee: { name: string } | null;
  grid: { name: string } | null;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface TicketListView {
  filter: TicketFilterView;
  statuses: Option[];
  grids: Option[];
  categories: Option[];
  total: number;
  offset: number;
  limit: number;
  items: TicketItemView[];
  /** The filter as a query string (no leading "?"), for exports and paging. */
  query: string;
  /** The first day of this month (Beijing), for the 「本月」 shortcut. */
  monthStart: string;
  error?: string;
}

const select = (id: string, name: string, label: string, options: Option[], chosen: string | undefined) => html`<div class="field">
  <label for="${id}">${label}</label>
  <select id="${id}" name="${name}">
    <option value="">全部</option>
    ${options.map((o) => html`<option value="${o.value}"${o.value === chosen ? html` selected` : ''}>${o.label}</option>`)}
  </select>
</div>`;

const input = (id: string, name: string, label: string, value: string | undefined, type = 'text', extra = '') => html`<div class="field">
  <label for="${id}">${label}</label>
  <input id="${id}" name="${name}" type="${type}" value="${value ?? ''}"${extra ? html` placeholder="${extra}"` : ''}>
</div>`;

/** The filter form and the results; the form re-renders only the results (htmx), the URL keeps the filter. */
export function ticketsBody(v: TicketListView): Html {
  const f = v.filter;
  return html`<form id="filter" class="filters card" method="get" action="/console/tickets"
  hx-get="/console/tickets" hx-target="#results" hx-select="#results" hx-swap="outerHTML" hx-push-url="true" hx-trigger="submit, change from:select">
  ${select('f-status', 'status', '状态', v.statuses, f.status)}
  ${select('f-grid', 'grid', '网格', v.grids, f.grid)}
  ${input('f-building', 'building', '楼栋', f.building, 'text', '如 3 或 3号楼')}
  ${select('f-category', 'category', '类别', v.categories, f.category)}
  ${input('f-from', 'from', '登记日期从', f.from, 'date')}
  ${input('f-to', 'to', '到（含当天）', f.to, 'date')}
  ${input('f-q', 'q', '关键词或单号', f.q, 'search', '如 电梯 或 12')}
  <div class="actions"><button type="submit">筛选</button> <a href="/console/tickets">清空</a> <a href="/console/tickets?from=${v.monthStart}">本月登记的</a></div>
</form>
${ticketResults(v)}`;
}

export function ticketResults(v: TicketListView): Html {
  const q = v.query ? `?${v.query}` : '';
  const page = (offset: number) => {
    const p = new URLSearchParams(v.query);
    p.set('offset', String(offset));
    return `/console/tickets?${p}`;
  };
  return html`<section id="results" aria-live="polite" aria-label="工单列表">
${v.error ? notice('error', v.error) : ''}
<div class="bar">
  <p>共 <strong id="ticket-total">${v.total}</strong> 张工单${v.total > v.items.length ? html`，显示第 ${v.offset + 1}–${v.offset + v.items.length} 张` : ''}</p>
  <p class="downloads">导出当前筛选：<a href="/console/tickets/export.csv${q}" download>CSV</a> · <a href="/console/tickets/export.xlsx${q}" download>Excel（XLSX）</a></p>
</div>
${v.items.length === 0 && !v.error ? html`<p>没有符合条件的工单。</p>` : ''}
<ul class="tickets">
${v.items.map(
  (t) => html`<li class="ticket-row">
  <a href="/console/tickets/${t.id}"><span class="id">#${t.id}</span> ${t.summary}</a>
  <span class="badge s-${t.status}">${t.statusLabel}</span>${t.urgency === 'emergency' ? html` <span class="badge urgent">紧急</span>` : ''}
  <span class="meta">${t.categoryLabel} · ${t.where} · ${t.grid?.name ?? '未分网格'} · 经办：${t.assignee?.name ?? '未派'} · ${bjTime(t.createdAt)}</span>
</li>`,
)}
</ul>
<nav class="pager" aria-label="翻页">
  ${v.offset > 0 ? html`<a href="${page(Math.max(0, v.offset - v.limit))}">上一页</a>` : ''}
  ${v.offset + v.items.length < v.total ? html`<a href="${page(v.offset + v.limit)}">下一页</a>` : ''}
</nav>
</section>`;
}

// ── one ticket ────────────────────────────────────────────────────────────

export interface TicketEventView {
  at: string | null;
  actor: { name: string } | null;
  label: string;
  note: string | null;
}

export interface TicketDetailView extends TicketItemView {
  text: string;
  originGroup: { topic: string | null } | null;
  followers: { name: string | null; at: string | null }[];
  ratings: { person: { name: string } | null; rating: string; at: string | null }[];
  events: TicketEventView[];
  /** The actions this viewer may take now, and the staff a ticket may be handed to. */
  actions: Option[];
  staff: Option[];
  /** Why the viewer cannot act (a leader outside their grids). */
  readOnly?: string;
}

export function ticketBody(t: TicketDetailView, message?: { kind: 'ok' | 'error'; text: string }): Html {
  return html`<div id="ticket-body">
${message ? notice(message.kind, message.text) : ''}
<p><span class="badge s-${t.status}">${t.statusLabel}</span>${t.urgency === 'emergency' ? html` <span class="badge urgent">紧急</span>` : ''} ${t.categoryLabel}</p>
<section class="card" aria-labelledby="h-orig">
  <h2 id="h-orig">居民原话</h2>
  <blockquote class="orig">${t.text}</blockquote>
  <dl class="facts">
    <dt>位置</dt><dd>${t.where}</dd>
    <dt>网格</dt><dd>${t.grid?.name ?? '未分网格'}</dd>
    <dt>反映人</dt><dd>${t.reporter?.name ?? '—'}</dd>
    <dt>来自群</dt><dd>${t.originGroup?.topic ?? '私聊'}</dd>
    <dt>经办人</dt><dd>${t.assignee?.name ?? '未派'}</dd>
    <dt>登记时间</dt><dd>${bjTime(t.createdAt)}</dd>
    <dt>关注的居民</dt><dd>${t.followers.length ? t.followers.map((f) => f.name ?? '—').join('、') : '无'}</dd>
    <dt>评价</dt><dd>${t.ratings.length ? t.ratings.map((r) => `${r.person?.name ?? '—'}：${r.rating}`).join('；') : '暂无'}</dd>
  </dl>
</section>
<section class="card" aria-labelledby="h-act">
  <h2 id="h-act">处理</h2>
  ${t.readOnly ? html`<p>${t.readOnly}</p>` : t.actions.length === 0 ? html`<p>这张工单现在没有可做的操作。</p>` : actionForm(t)}
</section>
<section class="card" aria-labelledby="h-hist">
  <h2 id="h-hist">处理记录</h2>
  <ol class="timeline">
  ${t.events.map(
    (e) => html`<li><time>${bjTime(e.at)}</time> <strong>${e.label}</strong> · ${e.actor?.name ?? '系统'}${e.note ? html`<div class="note">${e.note}</div>` : ''}</li>`,
  )}
  </ol>
</section>
</div>`;
}

function actionForm(t: TicketDetailView): Html {
  return html`<form method="post" action="/console/tickets/${t.id}/action" hx-post="/console/tickets/${t.id}/action"
  hx-target="#ticket-body" hx-swap="outerHTML" class="action-form">
  <fieldset>
    <legend>选择操作</legend>
    ${t.actions.map(
      (a, i) => html`<label class="radio"><input type="radio" name="action" value="${a.value}"${i === 0 ? html` checked` : ''} required> ${a.label}</label>`,
    )}
  </fieldset>
  ${t.actions.some((a) => a.value === 'transfer')
    ? html`<div class="field"><label for="a-to">派给（只在「派单/转派」时用）</label>
    <select id="a-to" name="to"><option value="">请选择</option>${t.staff.map((s) => html`<option value="${s.value}">${s.label}</option>`)}</select></div>`
    : ''}
  <div class="field"><label for="a-reason">理由或办理结果（会记入处理记录，办结、退回时居民会看到）</label>
  <textarea id="a-reason" name="reason" rows="3" maxlength="500" required></textarea></div>
  <button type="submit">提交</button>
</form>`;
}

export const ACTION_LABELS: Record<string, string> = {
  transfer: '派单/转派',
  escalate: '上报',
  reject: '退回',
  resolve: '办结',
  reopen: '重新打开',
};

export const actionDone = (id: number, action: string) => `工单 #${id} 已${ACTION_LABELS[action] ?? action}，已按聊天指令的同样方式通知相关人员和居民。`;
export const reasonRequired = () => '请填写理由或办理结果。';
export const chooseAssignee = () => '请选择要派给谁。';
export const unknownAction = () => '请选择一个操作。';
export const leaderOutsideGrid = (grids: string) =>
  `这张工单不在您负责的网格（${grids || '无'}）内：可以查看，不能处理。`;
export const cannotAct = () => '这个令牌没有关联在职的网格长，只能查看，不能处理工单。';
export const ticketTitle = (id: number) => `工单 #${id}`;
export const TICKETS_TITLE = '工单';

/** Spreadsheet columns, in order (CSV and XLSX). */
export const EXPORT_COLUMNS = ['单号', '状态', '类别', '紧急', '位置', '摘要', '网格', '反映人', '经办人', '登记时间', '更新时间', '办结时间', '评价'];
export const EXPORT_SHEET = '工单';
export const exportFileName = (ext: string) => `工单.${ext}`;
export const URGENT_YES = '是';

export function ticketBody404(text: string): Html {
  return html`${notice('error', text)}<p><a href="/console/tickets">回到工单列表</a></p>`;
}
