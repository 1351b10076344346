import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db, Store } from '../store/db';
import { apiTokens } from '../store/schema';
import { INITIAL_OFFICE_TOKEN_LABEL } from '../templates/common';

/** Who may hold an API token. Residents never do. */
export const TOKEN_ROLES = ['office', 'grid_leader', 'grid_worker'] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

export interface TokenHolder {
  id: number | null;
  role: TokenRole;
  label: string;
}

/** Only the hash is stored: a copy of the database does not leak usable tokens. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Creates a token and returns it in clear — the only time it is ever visible. */
export function createApiToken(db: Db, role: TokenRole, label: string, now = new Date()): { id: number; token: string } {
  const token = `gb_${randomBytes(24).toString('base64url')}`;
  const row = db.insert(apiTokens).values({ tokenHash: hashToken(token), role, label, createdAt: now }).returning({ id: apiTokens.id }).get();
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
    return createApiToken(store.db, 'office', INITIAL_OFFICE_TOKEN_LABEL, now).token;
  }).immediate();
}

/** The holder of a bearer token, or null. `adminToken` (GRIDBOT_ADMIN_TOKEN) counts as an office token. */
export function verifyApiToken(db: Db, token: string, adminToken?: string): TokenHolder | null {
  if (!token) return null;
  const hash = hashToken(token);
  if (adminToken && timingSafeEqual(Buffer.from(hash, 'hex'), Buffer.from(hashToken(adminToken), 'hex'))) {
    return { id: null, role: 'office', label: 'GRIDBOT_ADMIN_TOKEN' };
  }
  const row = db.select().from(apiTokens).where(eq(apiTokens.tokenHash, hash)).get();
  if (!row || !(TOKEN_ROLES as readonly string[]).includes(row.role)) return null;
  return { id: row.id, role: row.role as TokenRole, label: row.label };
}
