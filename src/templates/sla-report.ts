/** Report texts and column headings (督查、通报、排名, CSV and xlsx). zh-CN. */
import type { Figures } from '../core/sla/report';

export const KIND_LABEL = { weekly: '周督查', monthly: '月通报', quarterly: '季度排名' } as const;
export const SECTION_LABEL = { total: '合计', grid: '网格', worker: '工作人员', department: '部门' } as const;

const pct = (r: number | null) => (r === null ? '' : `${(r * 100).toFixed(1)}%`);
const num = (x: number | null) => (x === null ? '' : String(x));

/** Columns of the CSV and the spreadsheet: heading and how a row shows it. */
export const REPORT_COLUMNS: { head: string; cell: (f: Figures & { score?: number; rank?: number }) => string | number }[] = [
  { head: '受理数', cell: (f) => f.received },
  { head: '应签收', cell: (f) => f.dueSign },
  { head: '按时签收', cell: (f) => f.signedOnTime },
  { head: '及时签收率', cell: (f) => pct(f.signOnTime) },
  { head: '应办结', cell: (f) => f.dueResolve },
  { head: '已办结', cell: (f) => f.resolved },
  { head: '按时办结', cell: (f) => f.resolvedOnTime },
  { head: '办结率', cell: (f) => pct(f.resolveRate) },
  { head: '按时办结率', cell: (f) => pct(f.resolveOnTime) },
  { head: '评价数', cell: (f) => f.rated },
  { head: '满意数', cell: (f) => f.satisfied },
  { head: '满意率', cell: (f) => pct(f.satisfaction) },
  { head: '回访率', cell: (f) => pct(f.followUpRate) },
  { head: '重办率', cell: (f) => pct(f.redoRate) },
  { head: '延期率', cell: (f) => pct(f.extensionRate) },
  { head: '回退率', cell: (f) => pct(f.rejectRate) },
  { head: '首次响应中位数(工作小时)', cell: (f) => num(f.firstResponseHours.median) },
  { head: '首次响应P90(工作小时)', cell: (f) => num(f.firstResponseHours.p90) },
  { head: '办结中位数(工作小时)', cell: (f) => num(f.resolutionHours.median) },
  { head: '办结P90(工作小时)', cell: (f) => num(f.resolutionHours.p90) },
  { head: '当前超期', cell: (f) => f.overdueNow },
  { head: '部门应响应', cell: (f) => f.dueDept },
  { head: '部门按时响应率', cell: (f) => pct(f.deptOnTime) },
  { head: '得分', cell: (f) => (f.score === undefined ? '' : f.score) },
  { head: '名次', cell: (f) => (f.rank === undefined ? '' : f.rank) },
];

export const REPORT_LEAD = ['类别', '名称'];

export const reportTitle = (kind: keyof typeof KIND_LABEL, period: string) => `${period} ${KIND_LABEL[kind]}`;

// ── messages the jobs post ──

export interface DueLine {
  id: number;
  label: string;
  due: string;
  handler: string;
  overdue: boolean;
}

export const weeklyDigest = (period: string, scope: string, lines: DueLine[]) =>
  lines.length
    ? [`【周督查 ${period}】${scope}超期和即将到期的工单（${lines.length}）：`, ...lines.map((l) => `#${l.id} ${l.overdue ? '【超期】' : '【将到期】'}${l.label}｜时限 ${l.due}｜${l.handler}`), '请督促办理；回复「查 编号」看详情。'].join('\n')
    : `【周督查 ${period}】${scope}没有超期或即将到期的工单。`;

export const monthlyBulletin = (period: string, f: Figures, grids: { name: string; f: Figures }[], named: number[]) =>
  [
    `【月通报 ${period}】受理 ${f.received} 件；及时签收率 ${pct(f.signOnTime) || '—'}，办结率 ${pct(f.resolveRate) || '—'}，按时办结率 ${pct(f.resolveOnTime) || '—'}，满意率 ${pct(f.satisfaction) || '—'}；当前超期 ${f.overdueNow} 件。`,
    ...grids.map((g) => `${g.name}：应办结 ${g.f.dueResolve}，按时办结率 ${pct(g.f.resolveOnTime) || '—'}，及时签收率 ${pct(g.f.signOnTime) || '—'}，满意率 ${pct(g.f.satisfaction) || '—'}`),
    named.length ? `超期五个工作日以上、予以通报：${named.map((id) => `#${id}`).join('、')}` : '没有超期五个工作日以上的工单。',
  ].join('\n');

export const quarterlyRanking = (
  period: string,
  grids: { best: { name: string; score?: number }[]; bottom: { name: string; score?: number }[] },
  workers: { best: { name: string; score?: number }[]; bottom: { name: string; score?: number }[] },
) => {
  const list = (rows: { name: string; score?: number }[]) => rows.map((r) => `${r.name}（${r.score}分）`).join('、') || '—';
  return [
    `【季度排名 ${period}】`,
    `网格前三：${list(grids.best)}`,
    `网格后三：${list(grids.bottom)}`,
    `工作人员前三：${list(workers.best)}`,
    `工作人员后三：${list(workers.bottom)}`,
    '得分＝各项比率按权重加权（低于合格线的一项记 0 分），满分 100。',
  ].join('\n');
};

export const badReportKind = () => '报表类型应为 weekly、monthly 或 quarterly';
export const badReportPeriod = (kind: string) =>
  kind === 'weekly' ? 'period 应写成 2026-W49 或某一天 2026-12-07' : kind === 'monthly' ? 'period 应写成 2026-12' : 'period 应写成 2026-Q4';
export const badReportFormat = () => 'format 应为 json、csv 或 xlsx';
