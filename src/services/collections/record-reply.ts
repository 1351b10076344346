import { householdKey, type Household, type ParsedEntry, type ReplyParse } from '../../core/collections/types';
import {
  addPending,
  entryOfHousehold,
  groupsOfCollection,
  insertCollectionEvent,
  knownHouseholdOfPerson,
  latestEntryOfPerson,
  setEntryWithdrawn,
  upsertEntry,
  type CollectionRow,
  type EntryRow,
} from '../../store/repos/collections';
import type { CollectionDeps } from './deps';
import { sendSummary } from './send-summary';

export type ReplyOutcome =
  /** Recorded silently (the batched summary confirms it). */
  | { kind: 'recorded'; households: number; clamped: number | null }
  | { kind: 'unreadable' }
  | { kind: 'needs_room' }
  /** "取消"/"改成" from someone with no answer in this collection: not ours, intake may have it. */
  | { kind: 'not_ours' }
  | { kind: 'nothing_to_change' };

export interface ReplyInput {
  collection: CollectionRow;
  groupId: number;
  personId: number;
  parsed: Exclude<ReplyParse, { type: 'none' }>;
}

function hasRoom(h: Household): boolean {
  return h.room !== null;
}

/** A household the line names, else the one this person answered for before. */
async function householdFor(deps: CollectionDeps, h: Household, personId: number): Promise<Household | null> {
  if (hasRoom(h)) return h;
  const known = await knownHouseholdOfPerson(deps.store.db, personId, h.building);
  return known ? { building: known.building, unit: known.unit, room: known.room } : null;
}

function clamp(c: CollectionRow, e: ParsedEntry): { entry: ParsedEntry; clamped: boolean } {
  const limit = c.perHouseholdLimit;
  if (!limit) return { entry: e, clamped: false };
  let clamped = false;
  const items = e.items ? Object.fromEntries(Object.entries(e.items).map(([k, q]) => [k, q > limit ? ((clamped = true), limit) : q])) : undefined;
  const count = e.count !== undefined && e.count > limit ? ((clamped = true), limit) : e.count;
  return { entry: { ...e, items, count }, clamped };
}

/**
 * Records one resident message that answers a collection. Runs inside the
 * handler's transaction, which also marks the inbox row handled: a crash keeps
 * both or neither, so a line is never lost or counted twice.
 */
export async function recordReply(deps: CollectionDeps, input: ReplyInput): Promise<ReplyOutcome> {
  const { collection: c, parsed, personId, groupId } = input;
  const db = deps.store.db;
  const now = deps.now();
  if (parsed.type === 'unreadable') {
    await insertCollectionEvent(db, { collectionId: c.id, type: 'unreadable', personId, at: now });
    return { kind: 'unreadable' };
  }

  let changed = 0;
  let clampedTo: number | null = null;
  if (parsed.type === 'withdraw' || parsed.type === 'change') {
    const target: EntryRow | undefined = hasRoom(parsed.household)
      ? await entryOfHousehold(db, c.id, householdKey(parsed.household))
      : await latestEntryOfPerson(db, c.id, personId);
    if (!target || target.withdrawn) return parsed.type === 'withdraw' ? { kind: 'not_ours' } : { kind: 'nothing_to_change' };
    if (parsed.type === 'withdraw') {
      await setEntryWithdrawn(db, target.id, now);
      await insertCollectionEvent(db, { collectionId: c.id, type: 'withdrawn', personId, note: householdKey(target), at: now });
    } else {
      const names = Object.keys(target.items ?? {});
      const item = parsed.item ?? (names.length === 1 ? names[0]! : null);
      if (!item) return { kind: 'unreadable' };
      const limit = c.perHouseholdLimit;
      const quantity = limit && parsed.quantity > limit ? ((clampedTo = limit), limit) : parsed.quantity;
      const { id: _id, createdAt: _c, updatedAt: _u, ...values } = target;
      await upsertEntry(db, { ...values, items: { ...(target.items ?? {}), [item]: quantity }, withdrawn: false, viaChain: false }, now);
      await insertCollectionEvent(db, { collectionId: c.id, type: 'changed', personId, note: `${householdKey(target)} ${item}=${quantity}`, at: now });
    }
    changed = 1;
  } else {
    for (const raw of parsed.entries) {
      const household = parsed.chain ? (hasRoom(raw.household) ? raw.household : null) : await householdFor(deps, raw.household, personId);
      if (!household) {
        if (parsed.chain) continue; // a chain line without a room cannot be counted to a household
        return { kind: 'needs_room' };
      }
      const key = householdKey(household);
      const existing = await entryOfHousehold(db, c.id, key);
      // A stale re-pasted chain must not undo what the household itself said since.
      if (parsed.chain && existing && !existing.viaChain && existing.personId !== personId) continue;
      const { entry, clamped } = clamp(c, raw);
      if (clamped) clampedTo = c.perHouseholdLimit;
      await upsertEntry(
        db,
        {
          collectionId: c.id,
          householdKey: key,
          building: household.building,
          unit: household.unit,
          room: household.room,
          groupId,
          personId: parsed.chain ? (existing?.personId ?? null) : personId,
          name: entry.name ?? existing?.name ?? null,
          items: entry.items ?? null,
          count: entry.count ?? null,
          fields: entry.fields ?? null,
          withdrawn: false,
          viaChain: parsed.chain,
        },
        now,
      );
      changed += 1;
    }
    if (changed === 0) return parsed.chain ? { kind: 'recorded', households: 0, clamped: null } : { kind: 'unreadable' };
    await insertCollectionEvent(db, { collectionId: c.id, type: parsed.chain ? 'chain' : 'entry', personId, note: String(changed), at: now });
  }

  const pending = await addPending(db, c.id, groupId, changed, now);
  if (pending >= deps.settings.summaryEvery) {
    const g = (await groupsOfCollection(db, c.id)).find((x) => x.groupId === groupId);
    if (g) await sendSummary(db, c, g, now);
  }
  return { kind: 'recorded', households: changed, clamped: clampedTo };
}
