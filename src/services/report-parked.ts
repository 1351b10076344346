import type { Store } from '../store/db';
import type { OutboxRow } from '../store/repos/outbox';
import { groupByExternal } from '../store/repos/groups';
import { peopleByRole, personByIdentity } from '../store/repos/people';
import { maskPersonalNumbers } from '../core/mask';
import { notifyPerson } from './notify';
import { parkedSendsReport, directTo, type ParkedItem } from '../templates/operations';

/** Sends about the review report itself are never reported again (no loops). */
export const REVIEW_REPORT_REF = 'outbox:review';

/**
 * Sends parked for review (in flight at a crash, or timed out) may or may not
 * have arrived; the bot will not guess. Tell the office which ones, so a
 * person looks. Announcements report their own deliveries, so they are left out.
 */
export async function reportParkedSends(
  ctx: { store: Store; now: () => Date; channels: ReadonlySet<string> },
  rows: OutboxRow[],
): Promise<number> {
  const { db } = ctx.store;
  const items: ParkedItem[] = [];
  for (const r of rows) {
    if (r.ref?.startsWith('announcement:') || r.ref === REVIEW_REPORT_REF) continue;
    items.push({
      about: ticketAbout(r.ref),
      to: r.groupExternalId
        ? ((await groupByExternal(db, r.channel, r.groupExternalId))?.topic ?? r.groupExternalId)
        : directTo((await personByIdentity(db, r.channel, r.toExternalId ?? ''))?.name ?? r.toExternalId ?? '?'),
      excerpt: maskPersonalNumbers(r.text.replace(/\s+/g, ' ').slice(0, 40)),
    });
  }
  if (items.length === 0) return 0;
  const text = parkedSendsReport(items);
  await ctx.store.transaction(async () => {
    for (const office of await peopleByRole(db, ['office'], null)) {
      await notifyPerson(ctx, office, text, { ref: REVIEW_REPORT_REF, priority: 10 });
    }
  });
  return items.length;
}

function ticketAbout(ref: string | null): string {
  const id = /^ticket:(\d+)$/.exec(ref ?? '')?.[1];
  return id ? `工单 #${id}` : '';
}
