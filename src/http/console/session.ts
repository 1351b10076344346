import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../../store/db';
import { verifyApiToken, type TokenHolder } from '../../services/tokens';
import { ADMIN_TOKEN_LABEL, ROLE_LABEL, type Viewer } from '../../templates/console/layout';

export const SESSION_COOKIE = 'gridbot_console';
/** A working day: the clerk signs in again the next morning. */
export const SESSION_TTL_MS = 8 * 3600_000;

interface Session {
  /** Kept server-side only: each request re-checks it, so a revoked token ends the session. */
  token: string;
  csrf: string;
  expiresAt: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the console's session hook. */
    consoleUser?: TokenHolder;
    consoleCsrf?: string;
  }
}

/**
 * Console sessions live in memory: a restart signs everyone out, which is
 * acceptable for an office screen and keeps tokens out of the database and
 * out of the browser (the cookie holds a random id, nothing else).
 */
export class ConsoleSessions {
  private readonly byId = new Map<string, Session>();

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
    private readonly adminToken?: string,
  ) {}

  /** Checks a token; returns the new session id, or null (with the holder's role when the role may not sign in). */
  async signIn(token: string): Promise<{ id: string; holder: TokenHolder } | { id: null; holder: TokenHolder | null }> {
    const holder = await verifyApiToken(this.store.db, token, this.adminToken);
    if (!holder || (holder.role !== 'office' && holder.role !== 'grid_leader')) return { id: null, holder };
    this.sweep();
    const id = randomBytes(32).toString('base64url');
    this.byId.set(id, { token, csrf: randomBytes(24).toString('base64url'), expiresAt: this.now().getTime() + SESSION_TTL_MS });
    return { id, holder };
  }

  async lookup(id: string | undefined): Promise<{ holder: TokenHolder; csrf: string } | null> {
    if (!id) return null;
    const s = this.byId.get(id);
    if (!s) return null;
    if (s.expiresAt <= this.now().getTime()) {
      this.byId.delete(id);
      return null;
    }
    const holder = await verifyApiToken(this.store.db, s.token, this.adminToken);
    if (!holder) {
      this.byId.delete(id);
      return null;
    }
    return { holder, csrf: s.csrf };
  }

  signOut(id: string | undefined): void {
    if (id) this.byId.delete(id);
  }

  private sweep(): void {
    const t = this.now().getTime();
    for (const [id, s] of this.byId) if (s.expiresAt <= t) this.byId.delete(id);
  }
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, id: string): void {
  reply.setCookie(SESSION_COOKIE, id, {
    path: '/console',
    httpOnly: true,
    sameSite: 'strict',
    secure: req.protocol === 'https',
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/console' });
}

/** Same-length, constant-time comparison of the form's token with the session's. */
export function csrfMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function viewerOf(req: FastifyRequest): Viewer {
  const u = req.consoleUser!;
  return { label: u.id === null ? ADMIN_TOKEN_LABEL : u.label, roleLabel: ROLE_LABEL[u.role] ?? u.role, csrf: req.consoleCsrf! };
}

/** htmx requests follow HX-Redirect; plain ones a 303. */
export function redirect(req: FastifyRequest, reply: FastifyReply, to: string): FastifyReply {
  if (req.headers['hx-request']) return reply.header('HX-Redirect', to).status(204).send();
  return reply.redirect(to, 303);
}

export function sendHtml(reply: FastifyReply, body: { toString(): string }, status = 200): FastifyReply {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(body.toString());
}
