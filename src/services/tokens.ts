import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db, Store } from '../store/db';
import { apiTokens, people } from '../store/schema';
import { INITIAL_OFFICE_TOKEN_LABEL } from '../templates/common';

/** Who may hold an API token. Residents never do. */
export const TOKEN_ROLES = ['office', 'grid_leader', 'grid_worker'] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

export interface TokenHolder {
  id: number | null;
  role: TokenRole;
  label: string;
  /** The person the token acts for (grid leaders: whose grids bound it); null when not linked. */
  personId: number | null;
  /** That person's community, so a notice defaults to it. */
  communityId: number | null;
}

/** Only the hash is stored: a copy of the database does not leak usable tokens. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Creates a token and returns it in clear — the only time it is ever visible.
 * `personId` links it to a person (checked by tokenPerson for the CLI).
 */
export function createApiToken(
  db: Db,
  role: TokenRole,
  label: string,
  opts: { personId?: number | null; now?: Date } = {},
): { id: number; token: string } {
  const token = `gb_${randomBytes(24).toString('base64url')}`;
  const row = db
    .insert(apiTokens)
    .values({ tokenHash: hashToken(token), role, label, personId: opts.personId ?? null, createdAt: opts.now ?? new Date() })
    .returning({ id: apiTokens.id })
    .get();
  return { id: row.id, token };
}

/**
 * On an empty api_tokens table, creates the first office token (returned so
 * the caller prints it once); null when tokens exist. One transaction, so two
 * processes starting together cannot both create one.
 */
export function ensureBootstrapToken(store: Store, now = new Date()): string | null {
  return store.sqlite.transaction(() => {
    const n = store.db.select({ n: sql<number>`count(*)` }).from(apiTokens).get()?.n ?? 0;
    if (n > 0) return null;
    return createApiToken(store.db, 'office', INITIAL_OFFICE_TOKEN_LABEL, { now }).token;
  }).immediate();
}

/** The holder of a bearer token, or null. `adminToken` (GRIDBOT_ADMIN_TOKEN) counts as an office token. */
export function verifyApiToken(db: Db, token: string, adminToken?: string): TokenHolder | null {
  if (!token) return null;
  const hash = hashToken(token);
  if (adminToken && timingSafeEqual(Buffer.from(hash, 'hex'), Buffer.from(hashToken(adminToken), 'hex'))) {
    return { id: null, role: 'office', label: 'GRIDBOT_ADMIN_TOKEN', personId: null, communityId: null };
  }
  const found = db
    .select({ token: apiTokens, communityId: people.communityId })
    .from(apiTokens)
    .leftJoin(people, eq(apiTokens.personId, people.id))
    .where(eq(apiTokens.tokenHash, hash))
    .get();
  if (!found || !(TOKEN_ROLES as readonly string[]).includes(found.token.role)) return null;
  const { token: row, communityId } = found;
  return { id: row.id, role: row.role as TokenRole, label: row.label, personId: row.personId, communityId: communityId ?? null };
}

/** The person token `id` acts for: null when linked to nobody or when the token is gone. */
export function tokenPersonId(db: Db, id: number): number | null {
  return db.select({ personId: apiTokens.personId }).from(apiTokens).where(eq(apiTokens.id, id)).get()?.personId ?? null;
}
