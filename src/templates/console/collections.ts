import { bjTime, html, type Html } from './html';
import { notice } from './layout';
import { targetTree, type TargetTreeView } from './notices';

export const COLLECTIONS_TITLE = '接龙';
export const collectionTitle = (id: number, title: string) => `接龙 #${id} ${title}`;

export const KIND_LABEL: Record<string, string> = { order: '团购', signup: '报名', form: '登记' };
export const STATUS_LABEL: Record<string, string> = { open: '进行中', closed: '已截止' };

export interface CollectionRowView {
  id: number;
  kind: string;
  title: string;
  status: string;
  deadline: string;
  households: number;
  createdBy: string;
}

/** How many empty item rows the form offers (a group-buy rarely has more). */
export const ITEM_ROWS = 6;

export interface NewCollectionView {
  trees: TargetTreeView[];
  mayAll: boolean;
  csrf: string;
  /** What was typed, kept when the form comes back with an error. */
  values: Record<string, string | string[]>;
  error?: string;
}

const v1 = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
const at = (v: string | string[] | undefined, i: number) => (Array.isArray(v) ? v[i] : i === 0 ? v : undefined) ?? '';

export function collectionsBody(items: CollectionRowView[], form: NewCollectionView): Html {
  return html`<section class="card" aria-labelledby="h-list"><h2 id="h-list">全部接龙</h2>
${items.length === 0 ? html`<p>还没有接龙。</p>` : ''}
<div class="scroll"><table id="collection-table"><thead><tr><th scope="col">标题</th><th scope="col">类型</th><th scope="col">状态</th><th scope="col">截止</th><th scope="col">户数</th></tr></thead>
<tbody>${items.map(
    (c) => html`<tr><th scope="row"><a href="/console/collections/${c.id}"><span class="id">#${c.id}</span> ${c.title}</a></th>
  <td>${KIND_LABEL[c.kind] ?? c.kind}</td><td><span class="badge c-${c.status}">${STATUS_LABEL[c.status] ?? c.status}</span></td>
  <td>${bjTime(c.deadline)}</td><td data-k="households">${c.households}</td></tr>`,
  )}</tbody></table></div></section>
${newCollectionForm(form)}`;
}

export function newCollectionForm(v: NewCollectionView): Html {
  const val = v.values;
  const kind = v1(val.kind) || 'order';
  const radio = (value: string, label: string) =>
    html`<label class="radio"><input type="radio" name="kind" value="${value}"${kind === value ? html` checked` : ''}>${label}</label>`;
  return html`<section class="card" aria-labelledby="h-new" id="new-collection"><h2 id="h-new">发起接龙</h2>
<div id="new-result" aria-live="polite">${v.error ? notice('error', v.error) : ''}</div>
<form method="post" action="/console/collections" hx-post="/console/collections" hx-target="#new-result" hx-swap="innerHTML">
<input type="hidden" name="_csrf" value="${v.csrf}">
<fieldset><legend>类型</legend>${radio('order', '团购（选品名和数量）')}${radio('signup', '报名（+1）')}${radio('form', '登记表（填字段）')}</fieldset>
<div class="field"><label for="c-title">标题</label><input id="c-title" name="title" maxlength="60" value="${v1(val.title)}" required></div>
<div class="field"><label for="c-deadline">截止时间（北京时间）</label><input type="datetime-local" id="c-deadline" name="deadline" value="${v1(val.deadline)}" required></div>
<fieldset><legend>发到哪里：勾选网格（含其下全部楼栋）或单个楼栋</legend>
${targetTree({ trees: v.trees, mayAll: v.mayAll, prefix: 'c' })}
</fieldset>
<fieldset id="c-items"><legend>团购的选项（只有团购需要）</legend>
<div class="scroll"><table><thead><tr><th scope="col">品名</th><th scope="col">单位</th><th scope="col">单价（元，可不填）</th></tr></thead><tbody>
${Array.from({ length: ITEM_ROWS }, (_, i) => html`<tr>
  <td><label class="sr-only" for="i-name-${i}">第${i + 1}项品名</label><input id="i-name-${i}" name="itemName" maxlength="20" value="${at(val.itemName, i)}"></td>
  <td><label class="sr-only" for="i-unit-${i}">第${i + 1}项单位</label><input id="i-unit-${i}" name="itemUnit" maxlength="4" value="${at(val.itemUnit, i)}"></td>
  <td><label class="sr-only" for="i-price-${i}">第${i + 1}项单价</label><input id="i-price-${i}" name="itemPrice" inputmode="decimal" value="${at(val.itemPrice, i)}"></td></tr>`)}
</tbody></table></div></fieldset>
<div class="field"><label for="c-fields">登记的字段（只有登记表需要，用空格或逗号分开，例如「姓名 房号 人数 忌口」）</label>
<input id="c-fields" name="fields" value="${v1(val.fields)}"></div>
<div class="field"><label for="c-limit">每户限几份（可不填）</label><input id="c-limit" name="limit" inputmode="numeric" value="${v1(val.limit)}"></div>
<button type="submit" id="start-collection">发起并发到各群</button>
<p class="hint">提交后立即发到所选楼栋群；含姓名、电话、身份证的登记表不在群里公开。</p>
</form></section>`;
}

export const started = (id: number, groups: number, unreachable: string[]) =>
  `接龙 #${id} 已发到 ${groups} 个群。${unreachable.length ? `这些楼栋没有绑定群，收不到：${unreachable.map((b) => `${b}号楼`).join('、')}。` : ''}`;
export const startProblem = (reason: string) => notice('error', reason);
export const closedEarly = (id: number) => `接龙 #${id} 已提前结束，合计已发到各群。`;
export const badNumber = (what: string, value: string) => `${what}「${value}」不是数字。`;
export const priceWithoutName = () => '有单价却没有品名，请写上品名或删掉单价。';
export const notYourGrid = () => '网格长只能结束发到自己网格的接龙。';

// ── one collection ────────────────────────────────────────────────────────

export interface CollectionDetailView {
  id: number;
  kind: string;
  title: string;
  status: string;
  deadline: string;
  createdBy: string;
  households: number;
  count: number;
  groups: number;
  fields: string[];
  items: Array<{ name: string; unit: string | null; total: number; amount: number | null }>;
  byBuilding: Array<{ building: string; households: number; count: number; items: Record<string, number> }>;
  byGrid: Array<{ grid: string; households: number; count: number; items: Record<string, number> }>;
  entries: Array<{ building: string | null; unit: string | null; room: string | null; grid: string | null; name: string | null; items?: Record<string, number>; count?: number; fields?: Record<string, string> }>;
  finalSummary: string | null;
  mayClose: boolean;
  csrf: string;
}

const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(Math.round(n * 100) / 100));

function totalsTable(id: string, head: string, rows: Array<{ key: string; households: number; count: number; items: Record<string, number> }>, c: CollectionDetailView): Html {
  return html`<div class="scroll"><table id="${id}"><thead><tr><th scope="col">${head}</th><th scope="col">户数</th>${c.kind === 'signup' ? html`<th scope="col">人数</th>` : ''}${c.kind === 'order' ? c.items.map((i) => html`<th scope="col">${i.name}${i.unit ? `（${i.unit}）` : ''}</th>`) : ''}</tr></thead>
<tbody>${rows.map(
    (r) => html`<tr><th scope="row">${r.key}</th><td>${r.households}</td>${c.kind === 'signup' ? html`<td>${r.count}</td>` : ''}${c.kind === 'order' ? c.items.map((i) => html`<td>${num(r.items[i.name] ?? 0)}</td>`) : ''}</tr>`,
  )}</tbody></table></div>`;
}

export function collectionBody(c: CollectionDetailView, message?: { kind: 'ok' | 'error'; text: string }): Html {
  const household = (e: CollectionDetailView['entries'][number]) => [e.unit ? `${e.unit}单元` : '', e.room ?? ''].join('') || '—';
  return html`${message ? notice(message.kind, message.text) : ''}
<p><span class="badge c-${c.status}">${STATUS_LABEL[c.status] ?? c.status}</span> ${KIND_LABEL[c.kind] ?? c.kind} · 截止 ${bjTime(c.deadline)} · ${c.createdBy} 发起 · 发到 ${c.groups} 个群</p>
<p class="downloads">下载每户明细：<a href="/console/collections/${c.id}/export.csv" download>CSV</a> · <a href="/console/collections/${c.id}/export.xlsx" download>Excel（XLSX）</a></p>
<section class="card" aria-labelledby="h-totals"><h2 id="h-totals">合计</h2>
<p id="c-households">共 <strong>${c.households}</strong> 户${c.kind === 'signup' ? html`，<strong>${c.count}</strong> 人` : ''}</p>
${c.kind === 'order'
    ? html`<div class="scroll"><table id="item-totals"><thead><tr><th scope="col">品名</th><th scope="col">合计</th><th scope="col">金额（元）</th></tr></thead>
<tbody>${c.items.map((i) => html`<tr><th scope="row">${i.name}</th><td data-item="${i.name}">${num(i.total)}${i.unit ?? ''}</td><td>${num(i.amount)}</td></tr>`)}</tbody></table></div>`
    : ''}
${c.finalSummary && c.entries.length === 0 ? html`<p>${c.finalSummary}</p>` : ''}
<h3>按楼栋</h3>${totalsTable('building-totals', '楼栋', c.byBuilding.map((b) => ({ ...b, key: `${b.building}号楼` })), c)}
<h3>按网格</h3>${totalsTable('grid-totals', '网格', c.byGrid.map((g) => ({ ...g, key: g.grid })), c)}
</section>
<section class="card" aria-labelledby="h-households"><h2 id="h-households">每户明细（仅工作人员可见）</h2>
${c.entries.length === 0 ? html`<p>还没有人回复。</p>` : ''}
<div class="scroll"><table id="household-table"><thead><tr><th scope="col">楼栋</th><th scope="col">房号</th><th scope="col">姓名</th>${
    c.kind === 'order' ? c.items.map((i) => html`<th scope="col">${i.name}</th>`) : c.kind === 'signup' ? html`<th scope="col">人数</th>` : c.fields.map((f) => html`<th scope="col">${f}</th>`)
  }</tr></thead>
<tbody>${c.entries.map(
    (e) => html`<tr><td>${e.building ? `${e.building}号楼` : '—'}</td><td>${household(e)}</td><td>${e.name ?? ''}</td>${
      c.kind === 'order' ? c.items.map((i) => html`<td>${num(e.items?.[i.name])}</td>`) : c.kind === 'signup' ? html`<td>${e.count ?? 1}</td>` : c.fields.map((f) => html`<td>${e.fields?.[f] ?? ''}</td>`)
    }</tr>`,
  )}</tbody></table></div></section>
${c.mayClose
    ? html`<form method="post" action="/console/collections/${c.id}/close"><input type="hidden" name="_csrf" value="${c.csrf}">
<button type="submit" class="danger">提前结束</button> <span class="hint">结束后各群收到合计，发起人、团购长和网格员私信收到名单；之后的回复不再登记。</span></form>`
    : ''}
<p><a href="/console/collections">回到接龙列表</a></p>`;
}

export const collectionMissing = () => html`<p class="msg error" role="alert">没有找到这个接龙。</p><p><a href="/console/collections">回到接龙列表</a></p>`;
