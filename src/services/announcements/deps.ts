import type { Store } from '../../store/db';
import type { Role } from '../../store/schema';
import { SYSTEM_NAME } from '../../templates/common';

/** What the announcement verbs need; injected so tests drive them with a fake clock. */
export interface AnnouncementDeps {
  store: Store;
  now: () => Date;
  /** Names of the channels that are running: groups on other channels are not targeted. */
  channels: () => readonly string[];
}

/** Who is acting: an API token, the admin token, or a person in chat. */
export interface Actor {
  kind: 'token' | 'admin' | 'person' | 'system';
  /** Token id or person id. */
  id: number | null;
  name: string;
  role: Role;
  communityId?: number | null;
  /**
   * The person behind the actor: the chat sender, or the person a token is
   * linked to. A grid leader's grids are looked up from it at each check, so
   * a roster change applies at once.
   */
  personId?: number | null;
}

export const SYSTEM_ACTOR: Actor = { kind: 'system', id: null, name: SYSTEM_NAME, role: 'office' };

/** Office and grid leaders may post notices; everyone else may only read. */
export function mayPost(actor: Actor): boolean {
  return actor.role === 'office' || actor.role === 'grid_leader';
}

export function actorRef(actor: Actor): string {
  return actor.kind === 'admin' ? 'admin-token' : actor.kind === 'system' ? 'system' : `${actor.kind}:${actor.id}`;
}
