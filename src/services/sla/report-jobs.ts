import { dueSoonTickets, insertReportRun } from '../../store/repos/sla';
import { gridIdsOfStaff, peopleByRole, personById } from '../../store/repos/people';
import { periodContaining, previousPeriod, type ReportKind } from '../../core/sla/period';
import { notifyPerson, postToWorkersGroups } from '../notify';
import { viewOf } from '../tickets/view';
import { handlerName } from '../../templates/tickets';
import { fmtDue } from '../../templates/sla';
import { monthlyBulletin, quarterlyRanking, weeklyDigest, type DueLine } from '../../templates/sla-report';
import { buildReport } from './report';
import { slaOf } from './runtime';
import type { SlaDeps } from './run-due-step';

const NINE = 9 * 3_600_000;
/** A report whose slot passed while gridbot was down is still sent within this time, then skipped. */
const GRACE_MS = 24 * 3_600_000;
/** "Soon due" in the weekly 督查: within the next two days. */
const SOON_MS = 48 * 3_600_000;

/** The slot (09:00 on the first day of the period: Monday, the 1st, the quarter's 1st) of the period containing `at`. */
function slotOf(kind: ReportKind, at: Date): Date {
  return new Date(periodContaining(kind, at).start.getTime() + NINE);
}

/** When this job next wants to run. */
export function nextReportAt(kind: ReportKind, now: Date): Date {
  const slot = slotOf(kind, now);
  return slot > now ? slot : slotOf(kind, periodContaining(kind, now).end);
}

/**
 * Runs a supervision report if its slot has come: the run row (unique per
 * kind and period) and the messages in one transaction, so a restart or a
 * second process never posts a period twice. Returns 1 when it ran.
 *
 * - weekly 督查 (Monday 09:00): each grid leader gets their grids' overdue and
 *   soon-due tickets; the office gets all of them.
 * - monthly 通报 (1st, 09:00): last month's table to the staff groups and the office; stored.
 * - quarterly 排名 (1 Jan/Apr/Jul/Oct, 09:00): best and bottom three, same audience.
 */
export async function runReportJob(deps: SlaDeps, kind: ReportKind): Promise<number> {
  const rt = slaOf(deps.store);
  if (!rt.config.reports[kind]) return 0;
  const now = deps.now();
  const slot = slotOf(kind, now);
  if (now < slot || now.getTime() - slot.getTime() > GRACE_MS) return 0;
  const { db } = deps.store;
  return deps.store.transaction(async () => {
    const offices = await peopleByRole(db, ['office']);
    if (kind === 'weekly') {
      const key = periodContaining('weekly', now).key;
      const soon = new Date(now.getTime() + SOON_MS);
      const all = await dueSoonTickets(db, soon, null);
      if (!(await insertReportRun(db, kind, key, JSON.stringify({ tickets: all.map((t) => t.id) }), now))) return 0;
      // Each ticket's line once (its handler read from the roster), shared by the leaders' and the office's lists.
      const lines = new Map<number, DueLine>();
      for (const t of all) {
        const due = t.signedAt ? t.resolveDueAt! : (t.signDueAt ?? t.resolveDueAt!);
        const a = t.assigneeId ? await personById(db, t.assigneeId) : undefined;
        const v = viewOf(t);
        lines.set(t.id, { id: t.id, label: `${v.categoryLabel}｜${v.where}`, due: fmtDue(due), handler: handlerName(a?.name ?? null, a?.role ?? null), overdue: due <= now });
      }
      const lineOf = (t: (typeof all)[number]): DueLine => lines.get(t.id)!;
      for (const leader of await peopleByRole(db, ['grid_leader'])) {
        const grids = await gridIdsOfStaff(db, leader.id);
        const mine = all.filter((t) => t.gridId !== null && grids.includes(t.gridId));
        // Nothing overdue or soon due: no message (the run is still recorded).
        if (!mine.length) continue;
        await notifyPerson(deps, leader, weeklyDigest(key, '您负责网格', mine.map(lineOf)), { ref: `sla-report:weekly:${key}` });
      }
      if (all.length) for (const o of offices) await notifyPerson(deps, o, weeklyDigest(key, '全社区', all.map(lineOf)), { ref: `sla-report:weekly:${key}` });
      return 1;
    }
    const period = previousPeriod(kind, now);
    const report = await buildReport(deps.store, period, now);
    if (!(await insertReportRun(db, kind, period.key, JSON.stringify(report), now))) return 0;
    // A period with no tickets at all (a new install) is stored but not announced.
    const t = report.total;
    if (!t.received && !t.dueSign && !t.dueResolve && !t.overdueNow) return 1;
    const text =
      kind === 'monthly'
        ? monthlyBulletin(period.key, report.total, report.grids.map((g) => ({ name: g.name, f: g })), report.total.longOverdue)
        : quarterlyRanking(period.key, report.ranking!.grids, report.ranking!.workers);
    const ref = `sla-report:${kind}:${period.key}`;
    await postToWorkersGroups(deps, null, text, [], { ref });
    const told = new Set<number>();
    for (const p of offices) {
      if (told.has(p.id)) continue;
      told.add(p.id);
      await notifyPerson(deps, p, text, { ref });
    }
    return 1;
  });
}
