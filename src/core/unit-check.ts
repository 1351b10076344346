/**
 * Whether a reported unit number is beyond what the roster says the building
 * has ("5号楼10单元" where 5号楼 has 3 units). Pure. Such a report is still a
 * ticket — the resident may know better than the roster, or misspoke — but
 * the worker is told to check the place before going.
 */
export function unitBeyondRoster(unit: string | null, rosterUnits: number | null | undefined): boolean {
  if (!unit || !rosterUnits || !/^\d+$/.test(unit)) return false;
  return Number(unit) > rosterUnits;
}
