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
} from '../../store/repos/collections';
import { enqueueOutbound } from '../../store/repos/outbox';
import { collectionClosedGroup, collectionClosedStaff, householdLabel, itemsText, totalsText } from '../../templates/collections';
import { notifyPerson } from '../notify';
import type { CollectionDeps } from './deps';
import { CollectionError } from './errors';
import { tallyOf } from './send-summary';
import { unitsOf } from './spec';

/** A household's full line for staff and the lead: the name and the form fields included. */
function staffLine(c: CollectionRow, e: ReturnType<typeof entriesOf>[number]): string {
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
export function closeCollection(deps: CollectionDeps, id: number, by: { personId: number | null; reason: 'deadline' | 'manual' }): CollectionRow {
  const db = deps.store.db;
  return deps.store.transaction(() => {
    const c = collectionById(db, id);
    if (!c) throw new CollectionError('not_found', { id });
    const now = deps.now();
    const t = tallyOf(db, c);
    if (!markClosed(db, id, now, `${t.households} 户 ${totalsText(c.kind, t)}`.trim())) throw new CollectionError('already_closed', { id });
    const groups = groupsOfCollection(db, id);
    const groupText = maskPersonalNumbers(collectionClosedGroup({ id, title: c.title, kind: c.kind, tally: t }));
    for (const g of groups) {
      const group = groupById(db, g.groupId);
      if (group) enqueueOutbound(db, { channel: group.channel, groupExternalId: group.externalId, text: groupText, ref: `collection:${id}:closed` }, now);
    }
    const staffText = collectionClosedStaff({
      id,
      title: c.title,
      kind: c.kind,
      tally: t,
      households: entriesOf(db, id).map((e) => staffLine(c, e)),
    });
    const buildingIds = [...new Set(groups.map((g) => g.buildingId).filter((b): b is number => b !== null))];
    const gridIds = [...new Set(buildingIds.map((b) => buildingById(db, b)?.gridId).filter((g): g is number => g != null))];
    const told = new Set<number>([
      ...(c.createdById ? [c.createdById] : []),
      ...leadsOfBuildings(db, buildingIds),
      ...gridIds.flatMap((g) => staffOfGrid(db, g, 'grid_worker').map((p) => p.id)),
    ]);
    const ctx = { store: deps.store, now: deps.now, channels: new Set(deps.channels()) };
    for (const personId of told) {
      const person = personById(db, personId);
      if (person) notifyPerson(ctx, person, staffText, { ref: `collection:${id}:result` });
    }
    insertCollectionEvent(db, { collectionId: id, type: 'closed', personId: by.personId, note: by.reason, at: now });
    return { ...c, status: 'closed' as const, closedAt: now };
  });
}
