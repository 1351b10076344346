import { isPersonalField } from '../../core/collections/types';
import { collectionsClosedBefore, deleteEntriesOf, insertCollectionEvent, markPurged } from '../../store/repos/collections';
import type { CollectionDeps } from './deps';

/**
 * Deletes the entries of closed collections that hold personal data (names,
 * phones, ID numbers) once the retention has passed. The collection row stays
 * with its totals, and the deletion is an event.
 */
export function purgeExpiredCollections(deps: CollectionDeps): number {
  const db = deps.store.db;
  const now = deps.now();
  let purged = 0;
  for (const c of collectionsClosedBefore(db, new Date(now.getTime() - deps.settings.retentionMs))) {
    if (!c.fields.some(isPersonalField) && c.kind !== 'form') continue;
    deps.store.transaction(() => {
      if (!markPurged(db, c.id, now)) return;
      const removed = deleteEntriesOf(db, c.id);
      insertCollectionEvent(db, { collectionId: c.id, type: 'purged', note: `删除 ${removed} 户的登记信息`, at: now });
      purged += 1;
    });
  }
  return purged;
}
