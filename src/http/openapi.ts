import type { FastifyInstance, FastifySchema } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { z } from 'zod';
import { OPENAPI_DESCRIPTION, OPENAPI_TITLE } from '../templates/http';

/**
 * The API documents itself: routes declare their zod schemas through
 * `docSchema`, which turns them into the JSON Schema @fastify/swagger reads.
 * The same zod schemas validate the requests (src/http/validate.ts), so the
 * document cannot drift from what is checked. fastify's own validator is
 * switched off (see buildApp): one validator, with Chinese reasons.
 */
export interface DocParts {
  summary: string;
  tags?: string[];
  querystring?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  /** Bearer token needed (the /api routes). */
  auth?: boolean;
}

const toJson = (s: z.ZodType) => {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any', target: 'openapi-3.0' }) as Record<string, unknown>;
  return rest;
};

export function docSchema(p: DocParts): FastifySchema {
  return {
    summary: p.summary,
    ...(p.tags ? { tags: p.tags } : {}),
    ...(p.querystring ? { querystring: toJson(p.querystring) } : {}),
    ...(p.params ? { params: toJson(p.params) } : {}),
    ...(p.body ? { body: toJson(p.body) } : {}),
    ...(p.auth ? { security: [{ bearer: [] }] } : {}),
  } as FastifySchema;
}

/** Pages for people (HTML), not API: kept out of the document. */
export const HIDDEN: FastifySchema = { hide: true } as FastifySchema;

/** Registers the document (GET /docs/json) and its UI at /docs. Call before any route. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: OPENAPI_TITLE, description: OPENAPI_DESCRIPTION, version: '0.1.0' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
}

export interface RouteEntry {
  method: string;
  url: string;
  hidden: boolean;
}

type RouteSeen = { method: string | string[]; url: string; schema?: unknown };
const routeTables = new WeakMap<FastifyInstance, RouteSeen[]>();

/**
 * The routes recordRoutes saw on this app. Read when asked: a plugin's own
 * onRoute hook (the console hides its pages) runs after the root's.
 */
export function routeTableOf(app: FastifyInstance): RouteEntry[] {
  return (routeTables.get(app) ?? []).flatMap((r) =>
    (Array.isArray(r.method) ? r.method : [r.method])
      .filter((m) => m !== 'HEAD')
      .map((method) => ({ method, url: r.url, hidden: Boolean((r.schema as { hide?: boolean } | undefined)?.hide) })),
  );
}

/** Starts recording every route the app registers, for the test that checks each is documented. */
export function recordRoutes(app: FastifyInstance): void {
  const list: RouteSeen[] = [];
  routeTables.set(app, list);
  app.addHook('onRoute', (r) => {
    list.push(r);
  });
}
