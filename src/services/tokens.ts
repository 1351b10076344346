import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { first, only, type Db, type Store } from '../store/port';
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
export async function createApiToken(
  db: Db,
  role: TokenRole,
  label: string,
  opts: { personId?: number | null; now?: Date } = {},
): Promise<{ id: number; token: string }> {
  const token = `gb_${randomBytes(24).toString('base64url')}`;
  const row = only(
    await db
      .insert(apiTokens)
      .values({ tokenHash: hashToken(token), role, label, personId: opts.personId ?? null, createdAt: opts.now ?? new Date() })
      .returning({ id: apiTokens.id }),
  );
  return { id: row.id, token };
}

/** Any fixed number: the PostgreSQL advisory lock that serializes bootstrap-token creation. */
const BOOTSTRAP_LOCK = 7_214_001;

/**
 * On an empty api_tokens table, creates the first office token (returned so
 * the caller prints it once); null when tokens exist. Two processes starting
 * together cannot both create one: the count and the insert are one
 * transaction that holds the write lock from its start (SQLite: BEGIN
 * IMMEDIATE) or, on PostgreSQL, an advisory lock until it commits (a count
 * alone would not stop two READ COMMITTED transactions).
 */
export async function ensureBootstrapToken(store: Store, now = new Date()): Promise<string | null> {
  return store.transaction(async () => {
    if (store.dialect === 'postgres') await store.execute(sql`SELECT pg_advisory_xact_lock(${BOOTSTRAP_LOCK})`);
    const n = Number(first(await store.db.select({ n: sql<number>`count(*)` }).from(apiTokens))?.n ?? 0);
    if (n > 0) return null;
    return (await createApiToken(store.db, 'office', INITIAL_OFFICE_TOKEN_LABEL, { now })).token;
  });
}

/** The holder of a bearer token, or null. `adminToken` (GRIDBOT_ADMIN_TOKEN) counts as an office token. */
export async function verifyApiToken(db: Db, token: string, adminToken?: string): Promise<TokenHolder | null> {
  if (!token) return null;
  const hash = hashToken(token);
  if (adminToken && timingSafeEqual(Buffer.from(hash, 'hex'), Buffer.from(hashToken(adminToken), 'hex'))) {
    return { id: null, role: 'office', label: 'GRIDBOT_ADMIN_TOKEN', personId: null, communityId: null };
  }
  const found = first(
    await db
      .select({ token: apiTokens, communityId: people.communityId })
      .from(apiTokens)
      .leftJoin(people, eq(apiTokens.personId, people.id))
      .where(eq(apiTokens.tokenHash, hash))
      .limit(1),
  );
  if (!found || !(TOKEN_ROLES as readonly string[]).includes(found.token.role)) return null;
  const { token: row, communityId } = found;
  return { id: row.id, role: row.role as TokenRole, label: row.label, personId: row.personId, communityId: communityId ?? null };
}

/** The person token `id` acts for: null when linked to nobody or when the token is gone. */
export async function tokenPersonId(db: Db, id: number): Promise<number | null> {
  return first(await db.select({ personId: apiTokens.personId }).from(apiTokens).where(eq(apiTokens.id, id)))?.personId ?? null;
}
