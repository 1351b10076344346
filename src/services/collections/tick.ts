import { collectionById, collectionsDueToClose, collectionsDueToRemind, groupsDueForSummary } from '../../store/repos/collections';
import type { CollectionDeps } from './deps';
import { closeCollection } from './close-collection';
import { CollectionError } from './errors';
import { purgeExpiredCollections } from './purge-collections';
import { remindCollection } from './remind-collection';
import { sendSummary } from './send-summary';

export interface TickResult {
  summaries: number;
  reminders: number;
  closed: number;
  purged: number;
}

/**
 * Everything time-driven, each step its own conditional transaction: batched
 * confirmations whose wait is over, reminders, closes at the deadline, purges.
 * Safe to run at any time, from any number of ticks: each thing happens once.
 */
export async function runCollectionTick(deps: CollectionDeps): Promise<TickResult> {
  const db = deps.store.db;
  const now = deps.now();
  const out: TickResult = { summaries: 0, reminders: 0, closed: 0, purged: 0 };
  for (const c of await collectionsDueToClose(db, now)) {
    try {
      await closeCollection(deps, c.id, { personId: null, reason: 'deadline' });
      out.closed += 1;
    } catch (err) {
      if (!(err instanceof CollectionError && err.code === 'already_closed')) throw err;
    }
  }
  for (const g of await groupsDueForSummary(db, new Date(now.getTime() - deps.settings.summaryAfterMs))) {
    const c = await collectionById(db, g.collectionId);
    if (c && (await deps.store.transaction(() => sendSummary(db, c, g, now)))) out.summaries += 1;
  }
  // After the batched confirmations, so the reminder is the last word in the group.
  for (const c of await collectionsDueToRemind(db, now)) if (await remindCollection(deps, c)) out.reminders += 1;
  out.purged = await purgeExpiredCollections(deps);
  return out;
}
