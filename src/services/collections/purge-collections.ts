import { isPersonalField } from '../../core/collections/types';
import { collectionsClosedBefore, deleteEntriesOf, insertCollectionEvent, markPurged } from '../../store/repos/collections';
import type { CollectionDeps } from './deps';

/**
 * Deletes the entries of closed collections that hold personal data (names,
 * phones, ID numbers) once the retention has passed. The collection row stays
 * with its totals, and the deletion is an event.
 */
export async function purgeExpiredCollections(deps: CollectionDeps): Promise<number> {
  const db = deps.store.db;
  const now = deps.now();
  let purged = 0;
  for (const c of await collectionsClosedBefore(db, new Date(now.getTime() - deps.settings.retentionMs))) {
    if (!c.fields.some(isPersonalField) && c.kind !== 'form') continue;
    await deps.store.transaction(async () => {
      if (!(await markPurged(db, c.id, now))) return;
      const removed = await deleteEntriesOf(db, c.id);
      await insertCollectionEvent(db, { collectionId: c.id, type: 'purged', note: `删除 ${removed} 户的登记信息`, at: now });
      purged += 1;
    });
  }
  return purged;
}
