import type { Db } from '../../store/db';
import { allCommunities, buildingByName, buildingsOfCommunity, gridsOfCommunity, type BuildingRow, type GridRow } from '../../store/repos/area';
import { buildingGroups, workersGroups, type GroupRow } from '../../store/repos/groups';
import type { AnnouncementTargets } from '../../store/schema';
import { normalizeBuildingName } from '../../core/building-name';
import { AnnouncementError } from './errors';
import { buildingLabel, TARGET_ALL, TARGET_WORKERS } from '../../templates/announcements';

export interface ResolvedTargets {
  groups: GroupRow[];
  /** What the office asked for, in words: ["第一网格", "3号楼", "网格工作群"] or ["全体"]. */
  labels: string[];
  /** The buildings the targets name (with or without a bound group). */
  buildings: BuildingRow[];
  /**
   * Targeted buildings no group on a running channel is bound to, as
   * ["5号楼", "7号楼"]: nobody there receives the notice, and the office must
   * be told rather than believe everyone was.
   */
  unreachable: string[];
}

/**
 * Turns a target spec into the groups bound in the store right now (on the
 * running channels). Strict mode (creation, preview) refuses unknown names;
 * at run time a building or grid that disappeared since is skipped.
 */
export async function resolveTargets(
  db: Db,
  communityId: number,
  targets: AnnouncementTargets,
  channels: readonly string[],
  strict = true,
): Promise<ResolvedTargets> {
  const allBuildings = await buildingsOfCommunity(db, communityId);
  const chosen = new Map<number, BuildingRow>();
  const labels: string[] = [];
  if (targets.all) {
    for (const b of allBuildings) chosen.set(b.id, b);
    labels.push(TARGET_ALL);
  } else {
    const grids = await gridsOfCommunity(db, communityId);
    for (const g of targets.grids ?? []) {
      const grid = findGrid(grids, g);
      if (!grid) {
        if (strict) throw new AnnouncementError('unknown_grid', { grid: String(g), known: grids.map((x) => x.name).join('、') });
        continue;
      }
      for (const b of allBuildings) if (b.gridId === grid.id) chosen.set(b.id, b);
      labels.push(grid.name);
    }
    for (const raw of targets.buildings ?? []) {
      const name = normalizeBuildingName(String(raw));
      const b = name ? await buildingByName(db, communityId, name) : undefined;
      if (!b) {
        if (strict) {
          throw new AnnouncementError('unknown_building', { building: String(raw), known: allBuildings.map((x) => x.name).join('、') });
        }
        continue;
      }
      chosen.set(b.id, b);
      labels.push(buildingLabel(b.name));
    }
  }
  const found = new Map<number, GroupRow>();
  const unreachable: string[] = [];
  for (const b of [...chosen.values()].sort(byBuildingName)) {
    const bound = (await buildingGroups(db, b.id)).filter((g) => g.kind === 'building' && channels.includes(g.channel));
    for (const g of bound) found.set(g.id, g);
    if (bound.length === 0) unreachable.push(buildingLabel(b.name));
  }
  if (targets.includeWorkers) {
    for (const g of await workersGroups(db, communityId)) found.set(g.id, g);
    labels.push(TARGET_WORKERS);
  }
  const groups = [...found.values()].filter((g) => channels.includes(g.channel)).sort((a, b) => a.id - b.id);
  return { groups, labels, unreachable, buildings: [...chosen.values()] };
}

/** 2 before 10, then names that are not numbers (B, 门卫室) in text order. */
export function byBuildingName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'zh-CN', { numeric: true });
}

/** A grid named in a target spec: by id, by name, or by id written as text. */
export function findGrid(grids: readonly GridRow[], key: string | number): GridRow | undefined {
  return grids.find((x) => (typeof key === 'number' ? x.id === key : x.name === key || String(x.id) === key));
}

export function isEmptyTargets(t: AnnouncementTargets): boolean {
  return !t.all && !(t.grids?.length ?? 0) && !(t.buildings?.length ?? 0) && !t.includeWorkers;
}

/** The community a notice is for: named in the input, else the actor's, else the only one. */
export async function pickCommunity(db: Db, wanted: string | number | undefined, actorCommunityId: number | null | undefined): Promise<number> {
  const all = await allCommunities(db);
  if (wanted !== undefined) {
    const c = all.find((x) => (typeof wanted === 'number' ? x.id === wanted : x.name === wanted || String(x.id) === wanted));
    if (!c) throw new AnnouncementError('unknown_community', { community: String(wanted) });
    return c.id;
  }
  if (actorCommunityId != null) return actorCommunityId;
  if (all.length === 1) return all[0]!.id;
  if (all.length === 0) throw new AnnouncementError('unknown_community', { community: null });
  throw new AnnouncementError('community_required', { known: all.map((c) => c.name).join('、') });
}
