import { html, type Html } from './html';
import { notice } from './layout';

export const ROSTER_TITLE = '花名册';

export interface RosterCommunityView {
  name: string;
  grids: { name: string; buildings: string[]; staff: string[] }[];
  looseBuildings: string[];
  /** Building name → its group-buy leads (团购长/楼长), where it has any. */
  leads?: Record<string, string[]>;
}

const buildingLabel = (b: string, leads: Record<string, string[]> | undefined) =>
  leads?.[b]?.length ? `${b}号楼（团购长 ${leads[b]!.join('、')}）` : `${b}号楼`;

export interface RosterStaffView {
  name: string;
  role: string;
  grids: string[];
  active: boolean;
  contact: string;
}

export interface RosterGroupView {
  topic: string;
  channel: string;
  binding: string;
}

export interface RosterView {
  streets: { name: string; communities: RosterCommunityView[]; staff: RosterStaffView[]; groups: RosterGroupView[] }[];
  unbound: RosterGroupView[];
  mayApply: boolean;
  csrf: string;
}

export interface PlanView {
  street: string;
  changes: string[];
  notes: string[];
  /** Who is told about moved tickets, with the exact message. */
  notices: { to: string; tickets: number[]; via: string | null; text: string }[];
  errors: string[];
  applied: boolean;
  dryRun: boolean;
}

const table = (head: string[], rows: Html[]) =>
  html`<div class="scroll"><table><thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table></div>`;

export function rosterBody(v: RosterView): Html {
  return html`${v.streets.length === 0 ? html`<p>还没有导入花名册。</p>` : ''}
${v.streets.map(
    (s) => html`<section class="card" aria-labelledby="h-street-${s.name}"><h2 id="h-street-${s.name}">${s.name}</h2>
${s.communities.map(
  (c) => html`<h3>${c.name}</h3>${table(
    ['网格', '楼栋', '网格员/网格长'],
    [
      ...c.grids.map((g) => html`<tr><th scope="row">${g.name}</th><td>${g.buildings.map((b) => buildingLabel(b, c.leads)).join('、') || '—'}</td><td>${g.staff.join('、') || '—'}</td></tr>`),
      ...(c.looseBuildings.length ? [html`<tr><th scope="row">未分网格</th><td>${c.looseBuildings.map((b) => buildingLabel(b, c.leads)).join('、')}</td><td>—</td></tr>`] : []),
    ],
  )}`,
)}
<h3>工作人员</h3>
${table(['姓名', '角色', '负责网格', '联系方式', '状态'], s.staff.map((p) => html`<tr><th scope="row">${p.name}</th><td>${p.role}</td><td>${p.grids.join('、') || '—'}</td><td>${p.contact || '—'}</td><td>${p.active ? '在职' : '已停用'}</td></tr>`))}
<h3>已绑定的群</h3>
${table(['群名', '渠道', '绑定到'], s.groups.map((g) => html`<tr><th scope="row">${g.topic}</th><td>${g.channel}</td><td>${g.binding}</td></tr>`))}
</section>`,
  )}
<section class="card" aria-labelledby="h-unbound"><h2 id="h-unbound">未绑定的群（${v.unbound.length}）</h2>
${v.unbound.length ? table(['群名', '渠道', '状态'], v.unbound.map((g) => html`<tr><th scope="row">${g.topic}</th><td>${g.channel}</td><td>${g.binding}</td></tr>`)) : html`<p>没有未绑定的群。</p>`}
</section>
${uploadForm(v)}
<div id="plan" aria-live="polite"></div>`;
}

function uploadForm(v: RosterView): Html {
  return html`<section class="card" aria-labelledby="h-upload"><h2 id="h-upload">导入花名册</h2>
<p class="hint">先「检查」：列出将要发生的改动和要通知的人，什么都不写入；确认无误后再「导入」。有任何错误时整份花名册都不导入。格式同 <code>npm run roster</code>（见 docs/roster.md）。</p>
<form id="roster-form" method="post" action="/console/roster/plan" hx-post="/console/roster/plan" hx-target="#plan" hx-swap="innerHTML">
  <input type="hidden" name="_csrf" value="${v.csrf}">
  <fieldset><legend>文件格式</legend>
    <p><input type="radio" id="fmt-yaml" name="format" value="yaml" checked><label for="fmt-yaml">YAML（一个文件）</label>
    <input type="radio" id="fmt-csv" name="format" value="csv"><label for="fmt-csv">CSV（buildings.csv、staff.csv，可加 groups.csv）</label></p>
  </fieldset>
  <div class="field"><label for="f-yaml">YAML 文件</label><input type="file" id="f-yaml" accept=".yaml,.yml,.json" data-fill="yaml"></div>
  <div class="field"><label for="f-buildings">buildings.csv</label><input type="file" id="f-buildings" accept=".csv" data-fill="buildings"></div>
  <div class="field"><label for="f-staff">staff.csv</label><input type="file" id="f-staff" accept=".csv" data-fill="staff"></div>
  <div class="field"><label for="f-groups">groups.csv（可选）</label><input type="file" id="f-groups" accept=".csv" data-fill="groups"></div>
  <details><summary>或直接粘贴内容</summary>
    <div class="field"><label for="t-yaml">YAML</label><textarea id="t-yaml" name="yaml" rows="8"></textarea></div>
    <div class="field"><label for="t-buildings">buildings.csv</label><textarea id="t-buildings" name="buildings" rows="4"></textarea></div>
    <div class="field"><label for="t-staff">staff.csv</label><textarea id="t-staff" name="staff" rows="4"></textarea></div>
    <div class="field"><label for="t-groups">groups.csv</label><textarea id="t-groups" name="groups" rows="4"></textarea></div>
  </details>
  <div class="field"><label for="f-reassign">离开的工作人员手上的工单转给（可不填，默认转给同网格的人）</label><input id="f-reassign" name="reassignTo"></div>
  <button type="submit" name="mode" value="plan">检查（不写入）</button>
  ${v.mayApply ? html`<button type="submit" name="mode" value="apply" hx-post="/console/roster/apply" hx-confirm="确定按这份花名册导入吗？">导入</button>` : html`<p class="hint">只有社区办公室可以导入，网格长可以检查。</p>`}
</form></section>`;
}

export function planBody(p: PlanView): Html {
  if (p.errors.length) {
    return html`${notice('error', html`花名册有 ${p.errors.length} 处问题，没有导入任何内容：`)}<ul class="issues" id="plan-errors">${p.errors.map((e) => html`<li>${e}</li>`)}</ul>`;
  }
  const head = p.applied ? notice('ok', `已导入 ${p.street}：${p.changes.length} 项改动，已生效。`) : p.changes.length === 0 ? notice('info', `${p.street}：与现有数据一致，没有改动。`) : notice('info', `检查通过（${p.street}）：导入后将有 ${p.changes.length} 项改动，尚未写入。`);
  return html`${head}
<ol id="plan-changes">${p.changes.map((c) => html`<li>${c}</li>`)}</ol>
${p.notes.length ? html`<h3>说明</h3><ul>${p.notes.map((n) => html`<li>${n}</li>`)}</ul>` : ''}
${p.notices.length ? html`<h3>${p.applied ? '已通知' : '导入后将通知'}</h3><ul>${p.notices.map(
    (n) => html`<li>${n.to}（工单 ${n.tickets.map((t) => `#${t}`).join('、')}）${n.via ? html`，经 ${n.via}` : '：找不到联系方式，无法通知'}<pre class="preview-text">${n.text}</pre></li>`,
  )}</ul>` : ''}`;
}

export const nothingUploaded = () => '请先选择或粘贴花名册文件。';
export const officeOnly = () => '只有社区办公室可以导入花名册。';
export const BINDING_UNBOUND = '未绑定';
export const bindingBuilding = (b: string) => `${b}号楼`;
export const BINDING_WORKERS = '网格工作群';
