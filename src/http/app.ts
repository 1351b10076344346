import Fastify, { LogController, type FastifyBaseLogger, type FastifyReply, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import type { Store } from '../store/db';
import type { Logger } from '../logger';
import type { Channel } from '../bot/channel';
import type { BotRuntime } from '../bot/runtime';
import type { SimulatorChannel } from '../bot/simulator/channel';
import { healthRoutes, type InstanceView } from './routes/health';
import { simRoutes } from './routes/sim';
import { simPage } from './sim-page';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { recordRoutes, registerOpenApi } from './openapi';
import { FRAMEWORK_REASONS, PARSER_REASONS, internalServerError, noSuchRoute, requestRefused } from '../templates/http';

export interface AppDeps {
  store: Store;
  logger: Logger;
  runtime: BotRuntime;
  channels: ReadonlyMap<string, Channel>;
  simulator?: SimulatorChannel;
  /** This process among several on one store (for /healthz: its name, who leads). */
  instance?: InstanceView;
  /** Further plugins (WeCom callback, API) registered by concern. */
  plugins?: { plugin: FastifyPluginAsync<any>; options?: object }[];
}

/**
 * Builds the HTTP app without listening: tests call `app.inject()`, main.ts
 * calls `listen()`. Each concern is its own plugin.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    // One log line per handled message is the rule; per-request lines would drown it.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 256 * 1024,
    // Refusals fastify makes before routing (a bad URL, an over-long id) get
    // the same { error } shape, in Chinese, as everything else.
    frameworkErrors: (err, _req, reply) => {
      const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
      void (reply as unknown as FastifyReply).status(status).send({ error: FRAMEWORK_REASONS[err.code] ?? requestRefused() });
    },
    // Requests Node's parser rejects (a raw "?grid=第一网格" typed into curl, a
    // huge header) never reach fastify's handlers; without this they get
    // fastify's English { error, message, statusCode }.
    clientErrorHandler: clientErrorInChinese,
  });
  app.setErrorHandler((err: { statusCode?: number; message: string; code?: string }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    if (status >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ status, reason: err.message, url: req.url }, 'request refused');
    const reason = status >= 500 ? internalServerError() : ((err.code && FRAMEWORK_REASONS[err.code]) ?? err.message);
    void reply.status(status).send({ error: reason });
  });
  // Requests are checked by the routes' zod schemas (src/http/validate.ts), with
  // Chinese reasons; the JSON Schemas fastify sees are the same schemas, for /docs.
  app.setValidatorCompiler(() => (value) => ({ value }));
  recordRoutes(app);
  await registerOpenApi(app);
  app.setNotFoundHandler((req, reply) => {
    void reply.status(404).send({ error: noSuchRoute(req.method, req.url) });
  });
  await app.register(healthRoutes, { store: deps.store, channels: deps.channels, runtime: deps.runtime, instance: deps.instance });
  if (deps.simulator) {
    await app.register(simRoutes, { store: deps.store, simulator: deps.simulator });
    await app.register(simPage);
  }
  for (const p of deps.plugins ?? []) await app.register(p.plugin, p.options ?? {});
  return app;
}

function clientErrorInChinese(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, reason } = PARSER_REASONS[err.code ?? ''] ?? { status: 400, reason: requestRefused() };
  const body = JSON.stringify({ error: reason });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
