import type { Db } from '../store/db';
import { gridsCoveredBy, peopleNamed, personById, type PersonRow } from '../store/repos/people';
import type { TokenRole } from './tokens';

/** Why a token cannot be linked to the person asked for; the CLI words it (src/templates/cli.ts). */
export type TokenPersonErrorCode =
  | 'person_needs_leader_role'
  | 'person_not_found'
  | 'person_not_leader'
  | 'person_inactive'
  | 'person_ambiguous';

export interface TokenPersonDetails {
  name?: string;
  role?: string;
  /** When leaders share the name: each one's id and grids, to choose by id. */
  choices?: { id: number; grids: string[] }[];
}

export class TokenPersonError extends Error {
  constructor(
    readonly code: TokenPersonErrorCode,
    readonly details: TokenPersonDetails = {},
  ) {
    super(`${code} ${JSON.stringify(details)}`);
    this.name = 'TokenPersonError';
  }
}

/**
 * The person a new token will act for (`npm run token -- --role grid_leader
 * --person 王建国`). The link exists to bound a grid leader's token to the
 * grids that person covers, so only an active grid leader qualifies. Found by
 * name; when several leaders share it, by the id the error lists.
 */
export async function tokenPerson(db: Db, role: TokenRole, key: string): Promise<PersonRow> {
  if (role !== 'grid_leader') throw new TokenPersonError('person_needs_leader_role', { role });
  const wanted = key.trim();
  const byId = /^\d+$/.test(wanted) ? await personById(db, Number(wanted)) : undefined;
  const candidates = byId ? [byId] : await peopleNamed(db, wanted);
  if (candidates.length === 0) throw new TokenPersonError('person_not_found', { name: wanted });
  const leaders = candidates.filter((p) => p.role === 'grid_leader' && p.active);
  if (leaders.length === 1) return leaders[0]!;
  if (leaders.length > 1) {
    const choices: { id: number; grids: string[] }[] = [];
    for (const p of leaders) choices.push({ id: p.id, grids: (await gridsCoveredBy(db, p.id)).map((g) => g.name) });
    throw new TokenPersonError('person_ambiguous', { name: wanted, choices });
  }
  if (candidates.some((p) => p.role === 'grid_leader')) throw new TokenPersonError('person_inactive', { name: wanted });
  throw new TokenPersonError('person_not_leader', { name: wanted, role: candidates[0]!.role });
}
