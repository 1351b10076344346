import type { ServiceCtx } from '../context';
import { digestDueAt, TRIAGE_TTL_MS } from '../../core/intake/policy';
import { personById } from '../../store/repos/people';
import { expireTriage, lastDigestAt, markDigested, nextTriageExpiry, undigestedTriage, type TriageRow } from '../../store/repos/intake';
import { notifyPerson } from '../notify';
import { triageLineOf } from './triage-list';
import * as it from '../../templates/intake';

type Deps = Pick<ServiceCtx, 'store' | 'now' | 'channels'>;

export interface DigestRun {
  /** Digests queued (one direct message each). */
  sent: number;
  /** Items that ran out of time and were marked expired. */
  expired: number;
  /** When the next digest or expiry is due (null: nothing waiting). */
  nextDueAt: Date | null;
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * The triage clock, run by the scheduler: items past three days expire; each
 * worker with new items gets ONE direct message listing all of them, once
 * the batching delay passed and no sooner than the gap after their last one.
 * Each digest and its "digested" marks commit together with the outbox row,
 * so a restart neither loses nor repeats one.
 */
export async function runTriageClock(deps: Deps): Promise<DigestRun> {
  const { db } = deps.store;
  const now = deps.now();
  const expired = await deps.store.transaction(() => expireTriage(db, now));

  const byAssignee = new Map<number | null, TriageRow[]>();
  for (const item of await undigestedTriage(db)) {
    const list = byAssignee.get(item.assigneeId) ?? [];
    list.push(item);
    byAssignee.set(item.assigneeId, list);
  }
  let sent = 0;
  let next: number | null = (await nextTriageExpiry(db))?.getTime() ?? null;
  for (const [assigneeId, items] of byAssignee) {
    const due = assigneeId === null ? now : digestDueAt(items[0]!.createdAt, await lastDigestAt(db, assigneeId));
    if (due.getTime() > now.getTime()) {
      next = next === null ? due.getTime() : Math.min(next, due.getTime());
      continue;
    }
    await deps.store.transaction(async () => {
      // Nobody to route to: 待办 of the leaders and the office still lists them.
      const person = assigneeId === null ? undefined : await personById(db, assigneeId);
      if (person) {
        const lines: string[] = [];
        for (const i of items) lines.push(await triageLineOf(db, i));
        const text = it.triageDigest(lines, TRIAGE_TTL_MS / DAY_MS);
        if (await notifyPerson(deps, person, text, { ref: `triage:${items.map((i) => i.id).join(',')}`.slice(0, 200) })) sent++;
      }
      await markDigested(db, items.map((i) => i.id), now);
    });
  }
  return { sent, expired, nextDueAt: next === null ? null : new Date(next) };
}
