/** The 报表 page: the supervision figures (督查、通报、排名) for a period, with downloads. */
import type { Figures } from '../../core/sla/report';
import { KIND_LABEL, REPORT_COLUMNS, SECTION_LABEL, reportTitle } from '../sla-report';
import { html, type Html } from './html';

export const REPORTS_TITLE = '报表';

/** The columns a screen shows; the downloads carry all of REPORT_COLUMNS. */
const SHOWN = ['受理数', '及时签收率', '办结率', '按时办结率', '满意率', '当前超期', '得分', '名次'];
const COLUMNS = REPORT_COLUMNS.filter((c) => SHOWN.includes(c.head));

export interface ReportRowView extends Figures {
  name: string;
  score?: number;
  rank?: number;
}

export interface ReportsView {
  kind: keyof typeof KIND_LABEL;
  period: string;
  from: string;
  to: string;
  total: Figures;
  sections: Array<{ section: keyof typeof SECTION_LABEL; rows: ReportRowView[] }>;
  /** The query string of this report, for the download links. */
  query: string;
  error?: string;
}

function table(caption: string, rows: Array<{ name: string; f: Figures & { score?: number; rank?: number } }>): Html {
  return html`<div class="scroll"><table><caption>${caption}</caption>
<thead><tr><th scope="col">名称</th>${COLUMNS.map((c) => html`<th scope="col">${c.head}</th>`)}</tr></thead>
<tbody>${rows.map((r) => html`<tr><th scope="row">${r.name}</th>${COLUMNS.map((c) => html`<td>${c.cell(r.f)}</td>`)}</tr>`)}</tbody></table></div>`;
}

export function reportsBody(v: ReportsView): Html {
  const kinds = Object.entries(KIND_LABEL) as Array<[keyof typeof KIND_LABEL, string]>;
  return html`<h1>${REPORTS_TITLE}</h1>
<form method="get" action="/console/reports" class="filters">
  <label>报表 <select name="kind">${kinds.map(([k, label]) => html`<option value="${k}"${k === v.kind ? html` selected` : ''}>${label}</option>`)}</select></label>
  <label>周期 <input name="period" value="${v.period}" placeholder="2026-12、2026-W49、2026-Q4" aria-describedby="period-help"></label>
  <button type="submit">查看</button>
  <p id="period-help" class="hint">月通报写 2026-12，周督查写 2026-W49 或那一周的任一天（2026-12-01），季度排名写 2026-Q4；不写就是当前周期。</p>
</form>
${v.error ? html`<p class="error" role="alert">${v.error}</p>` : ''}
<h2>${reportTitle(v.kind, v.period)}</h2>
<p>统计区间：${v.from} 至 ${v.to}（按时限落在区间内的工单计）。
<a href="/console/reports/export.csv?${v.query}">下载 CSV</a> · <a href="/console/reports/export.xlsx?${v.query}">下载 Excel</a></p>
${table(SECTION_LABEL.total, [{ name: SECTION_LABEL.total, f: v.total }])}
${v.sections.filter((s) => s.rows.length).map((s) => table(SECTION_LABEL[s.section], s.rows.map((r) => ({ name: r.name, f: r }))))}
<p class="hint">各项比率的算法见 docs/sla.md；下载的表格里有全部指标（回访率、重办率、延期率、回退率、响应和办结时长等）。</p>`;
}
