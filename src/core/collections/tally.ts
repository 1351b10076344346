/**
 * Totals of a collection: per item, per building, per grid. Pure: the entries
 * come in as plain rows (withdrawn ones already left out).
 */
import type { CollectionItem } from './types';

export interface TallyEntry {
  building: string | null;
  unit: string | null;
  room: string | null;
  grid: string | null;
  items: Record<string, number> | null;
  count: number | null;
}

export interface ItemTotal {
  name: string;
  unit: string | null;
  total: number;
  /** total × price, when the item has a price. */
  amount: number | null;
}

export interface Tally {
  households: number;
  /** Sign-ups: people/portions counted. */
  count: number;
  items: ItemTotal[];
  byBuilding: Array<{ building: string; households: number; count: number; items: Record<string, number> }>;
  byGrid: Array<{ grid: string; households: number; count: number; items: Record<string, number> }>;
}

/** Quantities are kept to two decimals ("半斤" adds 0.5; floating sums must not print 1.4999999). */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function addInto(target: Record<string, number>, items: Record<string, number> | null): void {
  for (const [name, q] of Object.entries(items ?? {})) target[name] = round((target[name] ?? 0) + q);
}

export function tally(items: readonly CollectionItem[], entries: readonly TallyEntry[]): Tally {
  const totals: Record<string, number> = {};
  const buildings = new Map<string, { households: number; count: number; items: Record<string, number> }>();
  const grids = new Map<string, { households: number; count: number; items: Record<string, number> }>();
  let count = 0;
  for (const e of entries) {
    addInto(totals, e.items);
    count += e.count ?? 0;
    for (const [key, map] of [
      [e.building ?? '?', buildings],
      [e.grid ?? '?', grids],
    ] as const) {
      const slot = map.get(key) ?? { households: 0, count: 0, items: {} };
      slot.households += 1;
      slot.count += e.count ?? 0;
      addInto(slot.items, e.items);
      map.set(key, slot);
    }
  }
  return {
    households: entries.length,
    count,
    items: items.map((it) => {
      const total = totals[it.name] ?? 0;
      return { name: it.name, unit: it.unit, total, amount: it.price === null ? null : round(total * it.price) };
    }),
    byBuilding: [...buildings].map(([building, v]) => ({ building, ...v })).sort((a, b) => a.building.localeCompare(b.building, 'zh', { numeric: true })),
    byGrid: [...grids].map(([grid, v]) => ({ grid, ...v })),
  };
}
