import type { FastifyPluginAsync } from 'fastify';
import { loginPage, tokenEmpty, tokenWrong } from '../../templates/console/login';
import { forbiddenPage } from '../../templates/console/layout';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie, sendHtml, type ConsoleSessions } from './session';

/** Only console paths are followed after sign-in (no open redirect to another site). */
const safeNext = (v: unknown) => (typeof v === 'string' && /^\/console(?:[/?#]|$)/.test(v) && !v.includes('//') ? v : '/console');

export const loginRoutes: FastifyPluginAsync<{ sessions: ConsoleSessions }> = async (app, { sessions }) => {
  app.get('/console/login', async (req, reply) => {
    const next = (req.query as Record<string, unknown>).next;
    return sendHtml(reply, loginPage(undefined, typeof next === 'string' ? safeNext(next) : undefined));
  });

  app.post('/console/login', async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const token = typeof body.token === 'string' ? body.token.trim() : '';
    const next = safeNext(body.next);
    // A refused sign-in is the form again with the reason (200: the browser logs no error for it).
    if (!token) return sendHtml(reply, loginPage(tokenEmpty(), next));
    const r = await sessions.signIn(token);
    if (r.id === null) return sendHtml(reply, loginPage(r.holder ? forbiddenPage() : tokenWrong(), next));
    setSessionCookie(req, reply, r.id);
    return reply.redirect(next, 303);
  });

  // Behind the session and CSRF checks (registered in the signed-in scope by index.ts).
  app.post('/console/logout', async (req, reply) => {
    sessions.signOut(req.cookies[SESSION_COOKIE]);
    clearSessionCookie(reply);
    return reply.redirect('/console/login', 303);
  });
};
