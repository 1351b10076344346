import { maskPersonalNumbers } from '../../core/mask';
import { groupById } from '../../store/repos/groups';
import { personById, staffOfGrid } from '../../store/repos/people';
import { buildingById } from '../../store/repos/area';
import {
  collectionById,
  entriesOf,
  groupsOfCollection,
  insertCollectionEvent,
  leadsOfBuildings,
  markClosed,
  type CollectionRow,
  type EntryRow,
} from '../../store/repos/collections';
import { enqueueOutbound } from '../../store/repos/outbox';
import { collectionClosedGroup, collectionClosedStaff, householdLabel, itemsText, totalsText } from '../../templates/collections';
import { notifyPerson } from '../notify';
import type { CollectionDeps } from './deps';
import { CollectionError } from './errors';
import { tallyOf } from './send-summary';
import { unitsOf } from './spec';

/** A household's full line for staff and the lead: the name and the form fields included. */
function staffLine(c: CollectionRow, e: EntryRow): string {
  const who = e.name ? ` ${e.name}` : '';
  if (c.kind === 'order') return `${e.building}号楼 ${householdLabel(e)}${who} ${itemsText(e.items, unitsOf(c))}`;
  if (c.kind === 'signup') return `${e.building}号楼 ${householdLabel(e)}${who} ${e.count ?? 1}`;
  return `${e.building}号楼 ${householdLabel(e)} ${Object.entries(e.fields ?? {}).map(([k, v]) => `${k}:${v}`).join(' ')}`;
}

/**
 * Closes a collection once (conditional update): the closing line to every
 * group, and the result to whoever started it, the buildings' leads and the
 * grid workers, all in one transaction.
 */
export async function closeCollection(
  deps: CollectionDeps,
  id: number,
  by: { personId: number | null; reason: 'deadline' | 'manual' },
): Promise<CollectionRow> {
  const db = deps.store.db;
  return deps.store.transaction(async () => {
    const c = await collectionById(db, id);
    if (!c) throw new CollectionError('not_found', { id });
    const now = deps.now();
    const t = await tallyOf(db, c);
    if (!(await markClosed(db, id, now, `${t.households} 户 ${totalsText(c.kind, t)}`.trim()))) throw new CollectionError('already_closed', { id });
    const groups = await groupsOfCollection(db, id);
    const groupText = maskPersonalNumbers(collectionClosedGroup({ id, title: c.title, kind: c.kind, tally: t }));
    for (const g of groups) {
      const group = await groupById(db, g.groupId);
      if (group) await enqueueOutbound(db, { channel: group.channel, groupExternalId: group.externalId, text: groupText, ref: `collection:${id}:closed` }, now);
    }
    const staffText = collectionClosedStaff({
      id,
      title: c.title,
      kind: c.kind,
      tally: t,
      households: (await entriesOf(db, id)).map((e) => staffLine(c, e)),
    });
    const buildingIds = [...new Set(groups.map((g) => g.buildingId).filter((b): b is number => b !== null))];
    const gridIds = new Set<number>();
    for (const b of buildingIds) {
      const gridId = (await buildingById(db, b))?.gridId;
      if (gridId != null) gridIds.add(gridId);
    }
    const told = new Set<number>([...(c.createdById ? [c.createdById] : []), ...(await leadsOfBuildings(db, buildingIds))]);
    for (const g of gridIds) for (const p of await staffOfGrid(db, g, 'grid_worker')) told.add(p.id);
    const ctx = { store: deps.store, now: deps.now, channels: new Set(deps.channels()) };
    for (const personId of told) {
      const person = await personById(db, personId);
      if (person) await notifyPerson(ctx, person, staffText, { ref: `collection:${id}:result` });
    }
    await insertCollectionEvent(db, { collectionId: id, type: 'closed', personId: by.personId, note: by.reason, at: now });
    return { ...c, status: 'closed' as const, closedAt: now };
  });
}
