/**
 * The API documents itself (GET /docs/json, UI at /docs) from the zod schemas
 * its routes validate with; every route is either in the document or a page
 * for people. And times take any ISO-8601 fraction of a second.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/app';
import { routeTableOf } from '../../src/http/openapi';
import { ADMIN } from './support';

let t: TestBot;
beforeAll(async () => {
  t = await startTestBot({ env: { GRIDBOT_ADMIN_TOKEN: ADMIN } });
});
afterAll(async () => t?.stop());

/** fastify's "/a/:id" as OpenAPI's "/a/{id}". */
const openapiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');
/** HTML pages and their files, not API. */
const PAGES = /^\/(?:$|sim$|t\/:id$|console(?:\/|$)|docs(?:\/|$))/;

describe('the OpenAPI document', () => {
  it('lists every API route, and hides only pages for people', async () => {
    const res = await t.bot.app.inject({ url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { paths: Record<string, Record<string, unknown>> };
    const routes = routeTableOf(t.bot.app);
    expect(routes.length).toBeGreaterThan(30);
    const missing = routes
      .filter((r) => !r.hidden)
      .filter((r) => !doc.paths[openapiPath(r.url)]?.[r.method.toLowerCase()])
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
    const hiddenApi = routes.filter((r) => r.hidden && !PAGES.test(r.url)).map((r) => `${r.method} ${r.url}`);
    expect(hiddenApi).toEqual([]);
    // The API's own routes are all there, with the auth they need.
    expect(doc.paths['/api/tickets']!.get).toMatchObject({ security: [{ bearer: [] }] });
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/announcements', '/api/announcements/{id}', '/api/stats', '/api/templates/{name}/preview', '/healthz']));
  });

  it('describes the parameters from the same zod schemas the routes check', async () => {
    const doc = (await t.bot.app.inject({ url: '/docs/json' })).json();
    const names = (doc.paths['/api/tickets'].get.parameters as { name: string; in: string }[]).map((p) => `${p.in}:${p.name}`);
    expect(names).toEqual(expect.arrayContaining(['query:status', 'query:grid', 'query:building', 'query:category', 'query:from', 'query:to', 'query:q', 'query:limit', 'query:offset']));
    const body = doc.paths['/api/announcements'].post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(['targets']);
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(['text', 'template', 'vars', 'targets', 'sendAt', 'cron', 'until', 'maxRuns', 'community']));
  });

  it('serves the UI at /docs', async () => {
    const res = await t.bot.app.inject({ url: '/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger-ui');
  });

  it('still refuses bad input with the zod reason in Chinese (fastify does not validate on its own)', async () => {
    const res = await t.bot.app.inject({ url: '/api/tickets?limit=0', headers: { authorization: `Bearer ${ADMIN}` } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(/limit/);
    expect(res.json().error).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('times with any fraction of a second', () => {
  const auth = { authorization: `Bearer ${ADMIN}` };
  it('accepts Python isoformat() times in /api/announcements and /api/tickets', async () => {
    const at = new Date(Date.now() + 2 * 86400_000);
    const bj = new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19);
    const created = await t.bot.app.inject({
      method: 'POST',
      url: '/api/announcements',
      headers: auth,
      payload: { text: '明天停电检修', targets: { buildings: ['3'] }, sendAt: `${bj}.123456+08:00` },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().nextRunAt).toBe(`${at.toISOString().slice(0, 19)}.123Z`);
    const list = await t.bot.app.inject({ url: `/api/tickets?from=${encodeURIComponent('2026-12-01T00:00:00.123456+08:00')}&to=2026-12-31T00:00:00.5`, headers: auth });
    expect(list.statusCode, list.body).toBe(200);
    const stats = await t.bot.app.inject({ url: `/api/stats?from=${encodeURIComponent('2026-12-01T00:00:00.999999999Z')}`, headers: auth });
    expect(stats.statusCode).toBe(200);
    expect(stats.json().from).toBe('2026-12-01T00:00:00.999Z');
  });
});
