import type { Store } from '../../store/db';
import { overdueBeforePeriod, reportEvents, reportTickets, type OverdueTicketRow, type ReportEventRow, type ReportTicketRow } from '../../store/repos/sla-report';
import { computeFigures, score, type Figures, type TicketFacts } from '../../core/sla/report';
import { addDuration, workingMsBetween, type WorkCalendar } from '../../core/sla/calendar';
import type { Period } from '../../core/sla/period';
import { isActive, type TicketState } from '../../core/ticket-machine';
import { slaOf } from './runtime';

export interface ReportRow extends Figures {
  key: string;
  name: string;
  /** Quarterly 排名 only. */
  score?: number;
  rank?: number;
}

export interface SlaReport {
  kind: Period['kind'];
  period: string;
  from: string;
  to: string;
  generatedAt: string;
  total: Figures;
  grids: ReportRow[];
  workers: ReportRow[];
  /** Tickets handed to each department (社区吹哨、部门报到), with its own 按时响应率. */
  departments: ReportRow[];
  /** Quarterly: best and bottom three (grids and workers with something due), by score. */
  ranking?: { grids: { best: ReportRow[]; bottom: ReportRow[] }; workers: { best: ReportRow[]; bottom: ReportRow[] } };
}

const SIGN_TYPES = new Set(['claimed', 'note', 'resolved']);

/** One ticket's facts, from its deadlines and its history (no counters). */
export function factsOf(t: ReportTicketRow, events: ReportEventRow[], now: Date, cal: WorkCalendar): TicketFacts {
  const planStart = t.slaPlannedAt ?? t.createdAt;
  const signedAt = events.find((e) => SIGN_TYPES.has(e.type) && e.at >= planStart)?.at ?? null;
  const lastResolved = [...events].reverse().find((e) => e.type === 'resolved');
  const resolvedAt = t.status === 'resolved' && lastResolved ? lastResolved.at : null;
  const rating = [...events].reverse().find((e) => e.type === 'rated')?.note ?? null;
  const created = new Date(t.createdAt);
  const signDue = t.signDueAt !== null ? new Date(t.signDueAt) : null;
  const resolveDue = t.resolveDueAt !== null ? new Date(t.resolveDueAt) : null;
  const active = isActive(t.status as TicketState);
  const missed = active
    ? [signedAt === null ? signDue : null, resolveDue].filter((d): d is Date => d !== null && d <= now).sort((a, b) => a.getTime() - b.getTime())[0] ?? null
    : null;
  return {
    id: t.id,
    createdAt: created,
    signDueAt: signDue,
    resolveDueAt: resolveDue,
    signedAt: signedAt !== null ? new Date(signedAt) : null,
    resolvedAt: resolvedAt !== null ? new Date(resolvedAt) : null,
    rejected: t.status === 'rejected',
    reopened: events.some((e) => e.type === 'reopened'),
    extended: events.some((e) => e.type === 'extension_approved'),
    rating,
    overdueNow: missed !== null,
    longOverdue: missed !== null && addDuration(missed, { amount: 5, unit: 'd' }, cal, false) <= now,
    firstResponseMs: signedAt !== null ? workingMsBetween(created, new Date(signedAt), cal) : null,
    resolutionMs: resolvedAt !== null ? workingMsBetween(created, new Date(resolvedAt), cal) : null,
    deptDueAt: t.deptDueAt !== null ? new Date(t.deptDueAt) : null,
    deptAnsweredAt: t.deptAnsweredAt !== null ? new Date(t.deptAnsweredAt) : null,
  };
}

/**
 * A ticket from before the period counts only as overdue now, which needs just
 * whether it was signed for since its plan: the column says so, standing in
 * for the history that is not read for it.
 */
function signMarkOf(t: OverdueTicketRow): ReportEventRow[] {
  return t.signedAt !== null ? [{ ticketId: t.id, type: 'claimed', note: null, at: t.signedAt }] : [];
}

/** The report of a period: the total, per grid and per worker; the quarterly one ranked. */
export async function buildReport(store: Store, period: Period, now: Date): Promise<SlaReport> {
  const rt = slaOf(store);
  const inPeriod = await reportTickets(store.db, period.start, period.end);
  const events = await reportEvents(store.db, period.start, period.end);
  const older = await overdueBeforePeriod(store.db, period.start, now);
  const byTicket = new Map<number, ReportEventRow[]>();
  for (const e of events) {
    const list = byTicket.get(e.ticketId) ?? [];
    list.push(e);
    byTicket.set(e.ticketId, list);
  }
  const facts = [
    ...inPeriod.map((t) => ({ t, f: factsOf(t, byTicket.get(t.id) ?? [], now, rt.calendar) })),
    ...older.map((t) => ({ t, f: factsOf(t, signMarkOf(t), now, rt.calendar) })),
  ];
  const fig = (list: TicketFacts[]) => computeFigures(list, period.start, period.end, now);
  const groupBy = (keyOf: (t: ReportTicketRow) => [string, string] | null): ReportRow[] => {
    const groups = new Map<string, { name: string; facts: TicketFacts[] }>();
    for (const { t, f } of facts) {
      const k = keyOf(t);
      if (!k) continue;
      const g = groups.get(k[0]) ?? { name: k[1], facts: [] };
      g.facts.push(f);
      groups.set(k[0], g);
    }
    return [...groups.entries()].map(([key, g]) => ({ key, name: g.name, ...fig(g.facts) }));
  };
  const report: SlaReport = {
    kind: period.kind,
    period: period.key,
    from: period.start.toISOString(),
    to: period.end.toISOString(),
    generatedAt: now.toISOString(),
    total: fig(facts.map((x) => x.f)),
    grids: groupBy((t) => (t.gridId !== null ? [String(t.gridId), t.gridName ?? `#${t.gridId}`] : null)),
    workers: groupBy((t) => (t.assigneeId !== null ? [String(t.assigneeId), t.assigneeName ?? `#${t.assigneeId}`] : null)),
    departments: groupBy((t) => (t.departmentId !== null ? [String(t.departmentId), t.departmentName ?? `#${t.departmentId}`] : null)),
  };
  if (period.kind === 'quarterly') {
    const { weights, pass } = rt.config.reports;
    const rank = (rows: ReportRow[]) => {
      const ranked = rows
        .filter((r) => r.dueSign + r.dueResolve > 0)
        .map((r) => ({ ...r, score: score(r, weights, pass) }))
        .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'zh'));
      ranked.forEach((r, i) => (r.rank = i + 1));
      for (const r of rows) Object.assign(r, ranked.find((x) => x.key === r.key) ?? {});
      // Bottom three never repeat the best three (a small community may have fewer than six).
      return { best: ranked.slice(0, 3), bottom: ranked.slice(Math.max(3, ranked.length - 3)).reverse() };
    };
    report.ranking = { grids: rank(report.grids), workers: rank(report.workers) };
  }
  return report;
}
