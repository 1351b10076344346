import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';

export const ADMIN = 'console-admin-token-0123456789';

/** Signs in with the form (as a browser does) and returns the session cookie and the page's CSRF token. */
export async function signIn(app: FastifyInstance, token = ADMIN): Promise<{ cookie: string; csrf: string }> {
  const res = await app.inject({ method: 'POST', url: '/console/login', payload: new URLSearchParams({ token }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  expect(res.statusCode, res.body).toBe(303);
  const cookie = String(res.headers['set-cookie']).split(';')[0]!;
  const page = await app.inject({ url: '/console/tickets', headers: { cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  expect(csrf).toBeTruthy();
  return { cookie, csrf: csrf! };
}

export const form = (o: Record<string, string | string[]>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(o)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
  return p.toString();
};

export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
