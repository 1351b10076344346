import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import { csrfRefused } from '../../templates/console/layout';
import { ConsoleSessions, csrfMatches, redirect, SESSION_COOKIE } from './session';
import type { ConsoleDeps } from './deps';
import { HIDDEN } from '../openapi';
import { loginRoutes } from './login';
import { overviewRoutes } from './overview';
import { consoleTicketRoutes } from './tickets';
import { noticeRoutes } from './notices';
import { rosterRoutes } from './roster';
import { reportPageRoutes } from './reports';
import { collectionConsoleRoutes } from './collections';

const require = createRequire(import.meta.url);
const ASSETS = join(dirname(fileURLToPath(import.meta.url)), 'assets');
/** Front-end libraries straight from node_modules: no build step. */
const VENDOR: Record<string, string> = {
  'htmx.min.js': require.resolve('htmx.org/dist/htmx.min.js'),
  'echarts.min.js': require.resolve('echarts/dist/echarts.min.js'),
};

const PUBLIC = /^\/console\/(?:login(?:[?#]|$)|assets\/|vendor\/)/;

/**
 * The office console under /console: server-rendered pages, htmx for partial
 * updates. Every page but sign-in and the static files needs a session; every
 * POST needs the session's CSRF token (form field _csrf or X-CSRF-Token).
 * One plugin per concern below; a new page is one more line here.
 */
export const consoleRoutes: FastifyPluginAsync<{ deps: ConsoleDeps }> = async (app, { deps }) => {
  const sessions = new ConsoleSessions(deps.store, deps.now, deps.adminToken);
  // Pages for people, not API: out of the OpenAPI document.
  app.addHook('onRoute', (r) => {
    r.schema = { ...(r.schema ?? {}), ...HIDDEN };
  });
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 4 * 1024 * 1024 });
  await app.register(fastifyStatic, { root: ASSETS, prefix: '/console/assets/', decorateReply: true, index: false, cacheControl: false });
  app.get('/console/vendor/:file', async (req, reply) => {
    const file = (req.params as { file: string }).file;
    const path = VENDOR[file];
    if (!path) return reply.status(404).send({ error: file });
    return reply.header('cache-control', 'public, max-age=86400').sendFile(file, dirname(path));
  });
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    if (PUBLIC.test(req.url)) return;
    const s = await sessions.lookup(req.cookies[SESSION_COOKIE]);
    if (!s) {
      if (req.method === 'GET' && !req.headers['hx-request']) {
        return reply.redirect(`/console/login?next=${encodeURIComponent(req.url)}`, 303);
      }
      return redirect(req, reply, '/console/login');
    }
    req.consoleUser = s.holder;
    req.consoleCsrf = s.csrf;
  });
  app.addHook('preHandler', async (req, reply) => {
    if (req.method !== 'POST' || !req.consoleCsrf) return;
    const given = req.headers['x-csrf-token'] ?? ((req.body ?? {}) as Record<string, unknown>)._csrf;
    if (!csrfMatches(req.consoleCsrf, given)) {
      return reply.status(403).header('content-type', 'text/plain; charset=utf-8').send(csrfRefused());
    }
  });
  await app.register(loginRoutes, { sessions });
  await app.register(overviewRoutes, { deps });
  await app.register(consoleTicketRoutes, { deps });
  await app.register(noticeRoutes, { deps });
  await app.register(collectionConsoleRoutes, { deps });
  await app.register(rosterRoutes, { deps });
  await app.register(reportPageRoutes, { deps });
};
