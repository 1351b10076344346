import { and, eq } from 'drizzle-orm';
import { first, type Store } from '../store/db';
import { people } from '../store/schema';
import { createPerson, gridIdsOfStaff, personById, type PersonRow } from '../store/repos/people';
import { allCommunities } from '../store/repos/area';
import type { TokenHolder } from './tokens';
import { ADMIN_OFFICE_PERSON } from '../templates/console/tickets';

/**
 * The person a console user acts as on tickets, so the console goes through
 * the same verbs (and the same ticket history) as a chat command. A grid
 * leader's token is linked to that leader. An office token is nobody in the
 * roster: it acts as an office person named after the token (the admin
 * token as 社区办公室), created once, with no chat identity. Null when the
 * token may not act (a leader's token linked to nobody, or no longer active).
 */
export async function consoleActor(store: Store, holder: TokenHolder, now: Date): Promise<PersonRow | null> {
  if (holder.role === 'grid_leader') {
    const p = holder.personId != null ? await personById(store.db, holder.personId) : undefined;
    return p && p.active && p.role === 'grid_leader' ? p : null;
  }
  if (holder.role !== 'office') return null;
  const name = holder.id === null ? ADMIN_OFFICE_PERSON : holder.label.slice(0, 40);
  const found = first(
    await store.db
      .select()
      .from(people)
      .where(and(eq(people.name, name), eq(people.role, 'office'), eq(people.active, true)))
      .limit(1),
  );
  if (found) return found;
  const only = await allCommunities(store.db);
  return createPerson(store.db, { name, role: 'office', communityId: only.length === 1 ? only[0]!.id : null, createdAt: now });
}

/** Grid leaders change only tickets of the grids they cover (as with notices); the office changes any. */
export async function mayChangeTicket(store: Store, actor: PersonRow, ticket: { gridId: number | null }): Promise<boolean> {
  if (actor.role === 'office') return true;
  return ticket.gridId !== null && (await gridIdsOfStaff(store.db, actor.id)).includes(ticket.gridId);
}
