import type { Db } from '../store/db';
import { readCurrent, type Current } from './current';
import type { Roster, RosterBinding, RosterCommunity, RosterGroup, RosterStaff, StaffRole } from './schema';

/**
 * The store's roster for one street, in the file shape. Only what a roster
 * import manages is written: active staff, bound groups, buildings' leads. Writing it out and
 * importing it again changes nothing.
 */
export async function exportRoster(db: Db, street: string): Promise<Roster> {
  return currentToRoster(await readCurrent(db, street), street);
}

export function currentToRoster(cur: Current, street: string): Roster {
  const active = cur.staff.filter((s) => s.row.active);
  const communities = cur.communities.map((c): RosterCommunity => {
    const staffHere = active.filter((s) => s.row.communityId === c.row.id);
    const gridIds = new Set(c.grids.map((g) => g.id));
    const staff = staffHere.map((s): RosterStaff => {
      const p = s.row;
      return clean({
        name: p.name,
        role: p.role as StaffRole,
        // Grids of another community cannot be written under this one; they are not the roster's to keep.
        grids: c.grids.filter((g) => s.gridIds.includes(g.id)).map((g) => g.name),
        wechatName: p.wechatName ?? undefined,
        wecomUserId: p.wecomUserId ?? undefined,
        phone: p.phone ?? undefined,
      });
    });
    // Leads go back out by name (active residents only), so export → import changes nothing.
    const leadsOf = (id: number) => {
      const names = [...new Set(cur.leads.filter((l) => l.buildingId === id && l.person.active).map((l) => l.person.name))];
      return names.length ? names : undefined;
    };
    const building = (b: Current['communities'][number]['buildings'][number]) => clean({ name: b.name, units: b.units ?? undefined, leads: leadsOf(b.id) });
    const grids = c.grids.map((g) => {
      // The first active leader covering the grid, as routing picks it.
      const leader = staffHere.find((s) => s.row.role === 'grid_leader' && s.gridIds.includes(g.id));
      return clean({
        name: g.name,
        leader: leader?.row.name,
        buildings: c.buildings.filter((b) => b.gridId === g.id).map(building),
      });
    });
    const loose = c.buildings
      .filter((b) => b.gridId == null || !gridIds.has(b.gridId))
      .map(building);
    const groups = cur.groups
      .filter((g) => g.kind !== 'unbound' && g.communityId === c.row.id)
      .flatMap((g): RosterGroup[] => {
        let bind: RosterBinding;
        if (g.kind === 'workers') bind = { kind: 'workers' };
        else {
          const b = c.buildings.find((x) => x.id === g.buildingId);
          if (!b) return [];
          bind = { kind: 'building', building: b.name };
        }
        return [{ channel: g.channel as RosterGroup['channel'], id: g.externalId, topic: g.topic, bind }];
      });
    return { name: c.row.name, grids, buildings: loose, staff, groups };
  });
  return { street, communities };
}

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
