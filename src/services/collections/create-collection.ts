import { z } from 'zod';
import { effectiveVisibility } from '../../core/collections/start-command';
import { parseTime } from '../announcements/input';
import { AnnouncementError } from '../announcements/errors';
import { pickCommunity, resolveTargets } from '../announcements/targets';
import type { Actor } from '../announcements/deps';
import type { AnnouncementTargets } from '../../store/schema';
import { gridIdsOfStaff } from '../../store/repos/people';
import { buildingsLedBy, insertCollection, insertCollectionEvent, insertCollectionGroup, type CollectionRow } from '../../store/repos/collections';
import { enqueueOutbound } from '../../store/repos/outbox';
import { maskPersonalNumbers } from '../../core/mask';
import { collectionPosted, itemLabel } from '../../templates/collections';
import type { CollectionDeps } from './deps';
import { CollectionError } from './errors';
import { createCollectionInput, type CreateCollectionInput } from './input';

export interface CreatedCollection {
  collection: CollectionRow;
  groups: number;
  /** Buildings named by the targets that have no bound group: nobody there hears of it. */
  unreachable: string[];
}

/** Office, grid leaders and workers may start collections anywhere in their community; a lead only in their own building. */
async function checkAllowed(deps: CollectionDeps, actor: Actor, buildingIds: number[], gridIds: Array<number | null>): Promise<void> {
  if (actor.role === 'office' || actor.kind === 'admin' || actor.kind === 'system') return;
  if (actor.role === 'grid_leader' || actor.role === 'grid_worker') {
    if (actor.personId == null) return;
    const mine = new Set(await gridIdsOfStaff(deps.store.db, actor.personId));
    if (gridIds.every((g) => g !== null && mine.has(g))) return;
    throw new CollectionError('not_allowed');
  }
  if (actor.personId != null) {
    const led = new Set(await buildingsLedBy(deps.store.db, actor.personId));
    if (led.size === 0) throw new CollectionError('not_allowed');
    if (buildingIds.length > 0 && buildingIds.every((b) => led.has(b))) return;
    throw new CollectionError('outside_building');
  }
  throw new CollectionError('not_allowed');
}

function zodReason(err: z.ZodError): string {
  const first = err.issues[0];
  if (!first) return '输入不正确';
  if (first.code === 'unrecognized_keys') return `未知字段 ${first.keys.join(', ')}`;
  return first.message;
}

/**
 * Starts a collection: the row, a row per target group and the post to each
 * group, in one transaction (a crash posts everywhere or nowhere).
 */
export async function createCollection(deps: CollectionDeps, actor: Actor, raw: unknown): Promise<CreatedCollection> {
  const parsed = createCollectionInput.safeParse(raw);
  if (!parsed.success) throw new CollectionError('bad_input', { reason: zodReason(parsed.error) });
  const input: CreateCollectionInput = parsed.data;
  const items = (input.items ?? []).map((i) => ({ name: i.name, unit: i.unit ?? null, price: i.price ?? null }));
  const fields = input.fields ?? [];
  if (input.kind === 'order' && items.length === 0) throw new CollectionError('no_items');
  if (input.kind === 'form' && fields.length === 0) throw new CollectionError('no_fields');
  if (new Set(items.map((i) => i.name)).size !== items.length) throw new CollectionError('bad_input', { reason: '选项重复' });

  const now = deps.now();
  const deadline = parseTime(input.deadline);
  if (!deadline) throw new CollectionError('bad_deadline', { deadline: input.deadline });
  if (deadline.getTime() <= now.getTime()) throw new CollectionError('deadline_past');

  const db = deps.store.db;
  const given = input.targets === 'all' ? { all: true } : input.targets;
  // Buildings are names ("3", "B"); a number in JSON means the same name.
  const targets: AnnouncementTargets = { all: given.all, grids: given.grids, buildings: given.buildings?.map(String) };
  if (!targets.all && !(targets.buildings?.length ?? 0) && !(targets.grids?.length ?? 0)) throw new CollectionError('no_targets');
  let communityId: number;
  let resolved;
  try {
    communityId = await pickCommunity(db, input.community, actor.communityId ?? null);
    resolved = await resolveTargets(db, communityId, { ...targets, includeWorkers: false }, deps.channels());
  } catch (err) {
    if (err instanceof AnnouncementError) throw new CollectionError(err.code as never, err.details);
    throw err;
  }
  await checkAllowed(
    deps,
    actor,
    resolved.buildings.map((b) => b.id),
    resolved.buildings.map((b) => b.gridId),
  );
  if (resolved.groups.length === 0) throw new CollectionError('no_groups');
  const unreachable = resolved.unreachable;

  const visible = effectiveVisibility(input.kind, fields, input.visible ?? null);
  const remindAt = deadline.getTime() - deps.settings.remindBeforeMs > now.getTime() ? new Date(deadline.getTime() - deps.settings.remindBeforeMs) : null;
  return deps.store.transaction(async () => {
    const row = await insertCollection(db, {
      communityId,
      kind: input.kind,
      title: input.title,
      items,
      fields,
      perHouseholdLimit: input.perHouseholdLimit ?? null,
      visible,
      targets,
      deadline,
      remindAt,
      status: 'open',
      createdById: actor.kind === 'person' || actor.personId != null ? (actor.personId ?? actor.id) : null,
      createdBy: actor.name,
      createdAt: now,
    });
    const text = maskPersonalNumbers(collectionPosted({ ...row, items, fields }));
    for (const g of resolved.groups) {
      await insertCollectionGroup(db, { collectionId: row.id, groupId: g.id, buildingId: g.buildingId });
      await enqueueOutbound(db, { channel: g.channel, groupExternalId: g.externalId, text, ref: `collection:${row.id}` }, now);
    }
    await insertCollectionEvent(db, {
      collectionId: row.id,
      type: 'created',
      personId: row.createdById,
      note: `${input.kind} ${items.map(itemLabel).join(' ') || fields.join(' ')} → ${resolved.groups.length} 个群`,
      at: now,
    });
    return { collection: row, groups: resolved.groups.length, unreachable };
  });
}
