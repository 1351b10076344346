import type { Db } from '../../store/db';
import type { TicketRow } from '../../store/repos/tickets';
import { extensionSummary } from '../../store/repos/sla';
import { departmentById } from '../../store/repos/departments';
import type { DeadlineView } from '../../templates/sla';

/** What 查 / 我的 / 待办 show of a ticket's time limits (deadlines, 督办, 延期). */
export function deadlineViews(db: Db, rows: TicketRow[], now: Date): Map<number, DeadlineView> {
  const ext = extensionSummary(db, rows.map((r) => r.id));
  return new Map(
    rows.map((r) => {
      const e = ext.get(r.id);
      const due = r.signedAt ? r.resolveDueAt : r.signDueAt;
      return [
        r.id,
        {
          signDueAt: r.signDueAt,
          resolveDueAt: r.resolveDueAt,
          signed: r.signedAt !== null,
          supervision: r.supervision,
          overdue: due !== null && due <= now,
          extendedDays: e?.approved ?? null,
          pendingExtension: e?.pending ?? null,
          department: r.departmentId
            ? { name: departmentById(db, r.departmentId)?.name ?? `#${r.departmentId}`, dueAt: r.deptDueAt, answered: r.deptAnsweredAt !== null }
            : null,
        },
      ];
    }),
  );
}
