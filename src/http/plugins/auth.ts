import type { FastifyReply, FastifyRequest, onRequestHookHandler, preHandlerHookHandler } from 'fastify';
import type { Store } from '../../store/db';
import { verifyApiToken, type TokenHolder, type TokenRole } from '../../services/tokens';
import { loginRequired, roleForbidden, tokenInvalid } from '../../templates/http';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the bearer-auth hook on /api routes. */
    apiUser?: TokenHolder;
  }
}

export interface AuthOptions {
  store: Store;
  /** GRIDBOT_ADMIN_TOKEN: accepted as an office token (automation). */
  adminToken?: string;
}

/**
 * Bearer-token authentication for the API: add as an onRequest hook in the
 * API's plugin context. Missing or unknown token → 401 (the same answer for
 * both, so the API does not tell which tokens exist).
 */
export function bearerAuth(opts: AuthOptions): onRequestHookHandler {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const holder = m ? await verifyApiToken(opts.store.db, m[1]!, opts.adminToken) : null;
    if (!holder) {
      return reply
        .status(401)
        .header('www-authenticate', 'Bearer')
        .send({ error: m ? tokenInvalid() : loginRequired() });
    }
    req.apiUser = holder;
  };
}

/** Allows a route only to the given roles; others get 403. */
export function requireRole(...roles: TokenRole[]): preHandlerHookHandler {
  return async (req, reply) => {
    const role = req.apiUser?.role;
    if (!role || !roles.includes(role)) {
      return reply.status(403).send({ error: roleForbidden(role) });
    }
  };
}
