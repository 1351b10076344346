import { tally } from '../../core/collections/tally';
import { maskPersonalNumbers } from '../../core/mask';
import { groupById } from '../../store/repos/groups';
import { entriesOf, entriesOfGroupSince, insertCollectionEvent, takePending, type CollectionGroupRow, type CollectionRow, type EntryRow } from '../../store/repos/collections';
import { enqueueOutbound } from '../../store/repos/outbox';
import { collectionSummary, householdLabel, itemsText } from '../../templates/collections';
import type { Db } from '../../store/db';
import { unitsOf } from './spec';

const MAX_LINES = 15;

/** One household's line as the group may see it: the room and what it ordered, never a name or a field. */
export function publicLine(c: CollectionRow, e: EntryRow): string {
  const where = householdLabel(e);
  if (e.withdrawn) return `${where} 已取消`;
  if (c.kind === 'order') return `${where} ${itemsText(e.items, unitsOf(c))}`;
  if (c.kind === 'signup') return `${where} +${e.count ?? 1}`;
  return `${where} 已登记`;
}

export async function tallyOf(db: Db, c: CollectionRow) {
  return tally(
    c.items,
    (await entriesOf(db, c.id)).map((e) => ({ building: e.building, unit: e.unit, room: e.room, grid: null, items: e.items, count: e.count })),
  );
}

/**
 * The batched confirmation for one group: totals so far and (public lists
 * only) the households of this batch. Conditional on the pending count, so a
 * batch is confirmed once even when the tick and an entry race. In a transaction.
 */
export async function sendSummary(db: Db, c: CollectionRow, g: CollectionGroupRow, now: Date): Promise<boolean> {
  const batch = await entriesOfGroupSince(db, c.id, g.groupId, g.lastSummaryAt);
  if (!(await takePending(db, c.id, g.groupId, now))) return false;
  const group = await groupById(db, g.groupId);
  if (!group) return false;
  const lines = c.visible ? batch.slice(-MAX_LINES).map((e) => publicLine(c, e)) : [];
  const text = collectionSummary({ id: c.id, title: c.title, kind: c.kind, tally: await tallyOf(db, c), lines, deadline: c.deadline });
  await enqueueOutbound(db, { channel: group.channel, groupExternalId: group.externalId, text: maskPersonalNumbers(text), ref: `collection:${c.id}:summary` }, now);
  await insertCollectionEvent(db, { collectionId: c.id, type: 'summary', note: `group ${g.groupId}: ${batch.length}`, at: now });
  return true;
}
