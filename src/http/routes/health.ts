import type { FastifyPluginAsync } from 'fastify';
import type { Store } from '../../store/db';
import type { Channel } from '../../bot/channel';
import type { BotRuntime } from '../../bot/runtime';
import { countByStatus } from '../../store/repos/outbox';
import { calendarHealth } from '../../services/sla/calendar-health';

interface Opts {
  store: Store;
  channels: ReadonlyMap<string, Channel>;
  runtime: BotRuntime;
}

/** Liveness for operators: the store answers, and each channel's state. 503 when something is down. */
export const healthRoutes: FastifyPluginAsync<Opts> = async (app, { store, channels, runtime }) => {
  app.get('/healthz', async (_req, reply) => {
    let storeOk = true;
    let outbox: Record<string, number> = {};
    try {
      store.sqlite.prepare('SELECT 1').get();
      outbox = countByStatus(store.db);
    } catch {
      storeOk = false;
    }
    const channelStates = Object.fromEntries([...channels].map(([name, ch]) => [name, ch.state()]));
    const ok = storeOk && Object.values(channelStates).every((s) => s !== 'down');
    return reply.status(ok ? 200 : 503).send({
      status: ok ? 'ok' : 'degraded',
      store: storeOk ? 'ok' : 'down',
      channels: channelStates,
      backlog: runtime.backlog,
      outbox,
      // The time limits' holiday calendar: a warning when today's year is past its data (status stays ok).
      calendar: calendarHealth(store, new Date()),
    });
  });
};
