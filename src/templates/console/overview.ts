import { bjTime, html, pct, type Html } from './html';

export const OVERVIEW_TITLE = '概览';

export interface GridRowView {
  grid: string;
  open: number;
  overdue: number;
  weekOpened: number;
  weekResolved: number;
  satisfied: number | null;
  rated: number;
}

export interface TrendView {
  /** "12/01" per week, oldest first. */
  weeks: string[];
  opened: number[];
  resolved: number[];
  onTimePct: (number | null)[];
  satisfiedPct: (number | null)[];
}

export interface OverdueView {
  id: number;
  summary: string;
  grid: string | null;
  assignee: string | null;
  createdAt: number;
  urgent: boolean;
}

export interface OverviewView {
  weekStart: string;
  overdueHours: number;
  rows: GridRowView[];
  total: GridRowView;
  trend: TrendView;
  overdue: OverdueView[];
}

const cell = (n: number | string, key: string) => html`<td data-k="${key}">${n}</td>`;

function row(r: GridRowView, head: boolean): Html {
  return html`<tr>${head ? html`<th scope="row">${r.grid}</th>` : html`<td>${r.grid}</td>`}
  ${cell(r.open, 'open')}${cell(r.overdue, 'overdue')}${cell(r.weekOpened, 'weekOpened')}${cell(r.weekResolved, 'weekResolved')}
  ${cell(r.rated ? pct(r.satisfied) : '—', 'satisfied')}</tr>`;
}

/** ECharts options, built here so every label on the charts is in this file. */
export function trendCharts(t: TrendView) {
  const base = { animation: false, tooltip: { trigger: 'axis' }, grid: { left: 40, right: 16, top: 40, bottom: 30 }, xAxis: { type: 'category', data: t.weeks } };
  return {
    volume: {
      ...base,
      title: { text: '每周受理与办结', textStyle: { fontSize: 14 } },
      legend: { top: 20, right: 0, data: ['受理', '办结'] },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '受理', type: 'bar', data: t.opened },
        { name: '办结', type: 'bar', data: t.resolved },
      ],
    },
    rates: {
      ...base,
      title: { text: '按时办结率与满意率（%）', textStyle: { fontSize: 14 } },
      legend: { top: 20, right: 0, data: ['按时办结率', '满意率'] },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [
        { name: '按时办结率', type: 'line', data: t.onTimePct, connectNulls: true },
        { name: '满意率', type: 'line', data: t.satisfiedPct, connectNulls: true },
      ],
    },
  };
}

export function overviewBody(v: OverviewView): Html {
  const charts = trendCharts(v.trend);
  return html`<section class="card" aria-labelledby="h-grids">
  <h2 id="h-grids">各网格今日情况</h2>
  <p class="hint">在办、超时为当前全部工单；本周从 ${v.weekStart} 起算，「其中已办结」指本周受理的工单里已办结的；满意率为全部已评价工单中「满意」的比例。超过 ${v.overdueHours} 小时未办结（紧急事项 1 小时）算超时。</p>
  <div class="scroll"><table id="grid-table">
    <thead><tr><th scope="col">网格</th><th scope="col">在办</th><th scope="col">超时</th><th scope="col">本周受理</th><th scope="col">其中已办结</th><th scope="col">满意率</th></tr></thead>
    <tbody>${v.rows.map((r) => row(r, true))}</tbody>
    <tfoot>${row(v.total, true)}</tfoot>
  </table></div>
</section>
<section class="card charts" aria-labelledby="h-trend">
  <h2 id="h-trend">近 ${v.trend.weeks.length} 周趋势</h2>
  <div class="chart" id="chart-volume" role="img" aria-label="每周受理与办结柱状图" data-chart="${JSON.stringify(charts.volume)}"></div>
  <div class="chart" id="chart-rates" role="img" aria-label="按时办结率与满意率折线图" data-chart="${JSON.stringify(charts.rates)}"></div>
  <details><summary>查看图表数据</summary>
  <div class="scroll"><table><thead><tr><th scope="col">周</th><th scope="col">受理</th><th scope="col">办结</th><th scope="col">按时办结率</th><th scope="col">满意率</th></tr></thead>
  <tbody>${v.trend.weeks.map(
    (w, i) => html`<tr><th scope="row">${w}</th><td>${v.trend.opened[i]}</td><td>${v.trend.resolved[i]}</td><td>${v.trend.onTimePct[i] ?? '—'}</td><td>${v.trend.satisfiedPct[i] ?? '—'}</td></tr>`,
  )}</tbody></table></div></details>
</section>
<section class="card" aria-labelledby="h-overdue">
  <h2 id="h-overdue">超时工单（${v.total.overdue}）</h2>
  ${v.overdue.length === 0 ? html`<p>目前没有超时工单。</p>` : ''}
  <ul class="tickets" id="overdue-list">${v.overdue.map(
    (o) => html`<li class="ticket-row"><a href="/console/tickets/${o.id}"><span class="id">#${o.id}</span> ${o.summary}</a>${o.urgent ? html` <span class="badge urgent">紧急</span>` : ''}
    <span class="meta">${o.grid ?? '未分网格'} · 经办：${o.assignee ?? '未派'} · 登记于 ${bjTime(o.createdAt)}</span></li>`,
  )}</ul>
</section>`;
}

export const TOTAL_LABEL = '合计';
export const NO_GRID_LABEL = '未分网格';
