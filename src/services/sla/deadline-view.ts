import type { Db } from '../../store/db';
import type { TicketRow } from '../../store/repos/tickets';
import { extensionSummary } from '../../store/repos/sla';
import { departmentById } from '../../store/repos/departments';
import type { DeadlineView } from '../../templates/sla';

/** What 查 / 我的 / 待办 show of a ticket's time limits (deadlines, 督办, 延期). */
export async function deadlineViews(db: Db, rows: TicketRow[], now: Date): Promise<Map<number, DeadlineView>> {
  const ext = await extensionSummary(db, rows.map((r) => r.id));
  // A list often has several tickets with the same department: read each one once.
  const deptNames = new Map<number, string>();
  const out = new Map<number, DeadlineView>();
  for (const r of rows) {
    const e = ext.get(r.id);
    const due = r.signedAt ? r.resolveDueAt : r.signDueAt;
    let department: DeadlineView['department'] = null;
    if (r.departmentId) {
      let name = deptNames.get(r.departmentId);
      if (name === undefined) {
        name = (await departmentById(db, r.departmentId))?.name ?? `#${r.departmentId}`;
        deptNames.set(r.departmentId, name);
      }
      department = { name, dueAt: r.deptDueAt, answered: r.deptAnsweredAt !== null };
    }
    out.set(r.id, {
      signDueAt: r.signDueAt,
      resolveDueAt: r.resolveDueAt,
      signed: r.signedAt !== null,
      supervision: r.supervision,
      overdue: due !== null && due <= now,
      extendedDays: e?.approved ?? null,
      pendingExtension: e?.pending ?? null,
      department,
    });
  }
  return out;
}
