import { maskPersonalNumbers } from '../../core/mask';
import { householdKey } from '../../core/collections/types';
import { buildingById } from '../../store/repos/area';
import { groupById } from '../../store/repos/groups';
import { entriesOf, groupsOfCollection, insertCollectionEvent, knownRooms, markReminded, type CollectionRow } from '../../store/repos/collections';
import { enqueueOutbound } from '../../store/repos/outbox';
import { collectionReminder, householdLabel } from '../../templates/collections';
import type { CollectionDeps } from './deps';

const MAX_LISTED = 20;

/**
 * The one reminder before the deadline, per group: how many households have
 * answered, and the rooms known in that building that have not (rooms, never
 * names). Once: conditional on reminded_at.
 */
export async function remindCollection(deps: CollectionDeps, c: CollectionRow): Promise<boolean> {
  const db = deps.store.db;
  return deps.store.transaction(async () => {
    const now = deps.now();
    if (!(await markReminded(db, c.id, now))) return false;
    const entries = await entriesOf(db, c.id);
    const answered = new Set(entries.map((e) => householdKey(e)));
    // Without a unit, "502" answers for every 502 of the building.
    const answeredRooms = new Set(entries.map((e) => `${e.building}|${e.room}`));
    for (const g of await groupsOfCollection(db, c.id)) {
      const group = await groupById(db, g.groupId);
      if (!group) continue;
      const building = g.buildingId ? await buildingById(db, g.buildingId) : undefined;
      const missing = building
        ? (await knownRooms(db, [building.id], [building.name])).filter(
            (r) => !answered.has(householdKey(r)) && !answeredRooms.has(`${r.building}|${r.room}`),
          )
        : [];
      const here = entries.filter((e) => e.groupId === g.groupId).length;
      const text = collectionReminder({
        id: c.id,
        title: c.title,
        deadline: c.deadline,
        households: here,
        missing: missing.slice(0, MAX_LISTED).map((r) => householdLabel(r)),
        missingTotal: missing.length,
      });
      await enqueueOutbound(db, { channel: group.channel, groupExternalId: group.externalId, text: maskPersonalNumbers(text), ref: `collection:${c.id}:reminder` }, now);
    }
    await insertCollectionEvent(db, { collectionId: c.id, type: 'reminded', at: now });
    return true;
  });
}
