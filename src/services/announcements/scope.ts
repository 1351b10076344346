import type { Db } from '../../store/db';
import type { AnnouncementTargets } from '../../store/schema';
import { buildingByName, gridsOfCommunity, type GridRow } from '../../store/repos/area';
import { gridsCoveredBy, personById } from '../../store/repos/people';
import type { AnnouncementRow } from '../../store/repos/announcements';
import { tokenPersonId } from '../tokens';
import { normalizeBuildingName } from '../../core/building-name';
import { buildingLabel, TARGET_ALL, TARGET_WORKERS } from '../../templates/announcements';
import { AnnouncementError } from './errors';
import type { Actor } from './deps';
import { findGrid } from './targets';

/**
 * A grid leader answers for the grids they cover (staff_grids), so that is
 * where their notices may go: those grids, buildings in them, and the workers'
 * group. Not 全体: that is the office's call, and it grows with the community
 * (targets are resolved again at every run of a recurring notice). The office
 * and the system are not limited.
 *
 * Cancelling has the same limit, so a leader can stop exactly what they could
 * have posted — their own notices, a colleague's for the same grid, or the
 * office's when it went only to their grids — and nothing wider.
 */

/**
 * The grids the actor covers, or null when the actor is not limited. Read
 * from the store at each check: a roster change applies at once. Throws
 * grids_unknown for a leader whose grids cannot be known (a token linked to
 * nobody, or to someone who is no longer an active grid leader).
 */
export async function ownGrids(db: Db, actor: Actor): Promise<GridRow[] | null> {
  if (actor.role !== 'grid_leader') return null;
  const person = actor.personId != null ? await personById(db, actor.personId) : undefined;
  if (!person) throw new AnnouncementError('grids_unknown', { reason: 'no_person', person: null });
  if (!person.active || person.role !== 'grid_leader') {
    throw new AnnouncementError('grids_unknown', { reason: 'not_leader', person: person.name });
  }
  return gridsCoveredBy(db, person.id);
}

/**
 * Throws outside_own_grids naming every target beyond `own` (null: no limit).
 * Names that resolve to nothing (a building removed since a notice was stored)
 * count as outside: no grid of the leader vouches for them.
 */
export async function assertWithinGrids(
  db: Db,
  own: readonly GridRow[] | null,
  communityId: number,
  targets: AnnouncementTargets,
  action: 'post' | 'cancel',
  id: number | null = null,
): Promise<void> {
  if (own === null) return;
  const ownIds = new Set(own.map((g) => g.id));
  const grids = await gridsOfCommunity(db, communityId);
  const outside: string[] = [];
  if (targets.all) outside.push(TARGET_ALL);
  for (const key of targets.grids ?? []) {
    const grid = findGrid(grids, key);
    if (!grid || !ownIds.has(grid.id)) outside.push(grid?.name ?? String(key));
  }
  for (const raw of targets.buildings ?? []) {
    const name = normalizeBuildingName(String(raw)) ?? String(raw);
    const b = await buildingByName(db, communityId, name);
    if (!b || b.gridId == null || !ownIds.has(b.gridId)) outside.push(buildingLabel(name));
  }
  // The workers' group of a community where the leader covers no grid is someone else's.
  if (targets.includeWorkers && !grids.some((g) => ownIds.has(g.id))) outside.push(TARGET_WORKERS);
  if (outside.length === 0) return;
  throw new AnnouncementError('outside_own_grids', {
    action,
    targets: outside.join('、'),
    grids: own.map((g) => g.name).join('、'),
    id,
  });
}

/**
 * Why a run of `a` may not go out now, or null when it may. A grid leader's
 * scheduled or recurring notice is checked against the grids its creator
 * covers at each run, not only at creation: a roster change (grid handed
 * over, leader deactivated or moved to another role) must stop it. The
 * creator is found from the ref: a person directly, a token through the person
 * it is linked to (a token gone or linked to nobody: grids unknown). Notices of
 * the office, the admin token and the system are not limited.
 */
export async function creatorRefusal(db: Db, a: AnnouncementRow): Promise<AnnouncementError | null> {
  if (a.createdByRole !== 'grid_leader') return null;
  const [kind, rawId] = a.createdBy.split(':');
  const id = Number(rawId);
  const personId = !Number.isInteger(id) ? null : kind === 'person' ? id : kind === 'token' ? await tokenPersonId(db, id) : null;
  const creator: Actor = { kind: 'person', id: personId, name: a.createdByName ?? a.createdBy, role: 'grid_leader', personId };
  try {
    await assertWithinGrids(db, await ownGrids(db, creator), a.communityId ?? 0, a.targets, 'post', a.id);
    return null;
  } catch (err) {
    if (err instanceof AnnouncementError) return err;
    throw err;
  }
}
