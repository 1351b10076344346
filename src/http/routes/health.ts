import type { FastifyPluginAsync } from 'fastify';
import { sql } from 'drizzle-orm';
import { docSchema } from '../openapi';
import type { Store } from '../../store/db';
import type { Channel } from '../../bot/channel';
import type { BotRuntime } from '../../bot/runtime';
import { countByStatus } from '../../store/repos/outbox';
import { unreachableStaff } from '../../services/staff-reach';
import { triageCounts } from '../../store/repos/intake';
import { calendarHealth } from '../../services/sla/calendar-health';

/** What /healthz shows of this process among several sharing the store (src/bot/instance.ts). */
export interface InstanceView {
  readonly name: string;
  isLeader(): boolean;
  leader(): Promise<string | null>;
}

interface Opts {
  store: Store;
  channels: ReadonlyMap<string, Channel>;
  runtime: BotRuntime;
  instance?: InstanceView;
}

/** Liveness for operators: the store answers, and each channel's state. 503 when something is down. */
export const healthRoutes: FastifyPluginAsync<Opts> = async (app, { store, channels, runtime, instance }) => {
  app.get('/healthz', { schema: docSchema({ summary: '健康检查：数据库和各渠道状态', tags: ['运维'] }) }, async (_req, reply) => {
    let storeOk = true;
    let outbox: Record<string, number> = {};
    let triage: Record<string, number> = {};
    try {
      await store.execute(sql`select 1`);
      outbox = await countByStatus(store.db);
      // Unsure messages waiting for a worker, and those that expired unconfirmed (issue 12).
      triage = await triageCounts(store.db);
    } catch {
      storeOk = false;
    }
    const channelStates = Object.fromEntries([...channels].map(([name, ch]) => [name, ch.state()]));
    // Staff a ticket could be routed to but who would never hear of it (not an outage: 200 either way).
    let staff: { active: number; unreachable: number; unreachableNames: string[] } | null = null;
    if (storeOk) {
      const reach = await unreachableStaff({ store, channels: new Set(channels.keys()) });
      staff = { active: reach.active, unreachable: reach.unreachable.length, unreachableNames: reach.unreachable.slice(0, 50).map((p) => p.name) };
    }
    const ok = storeOk && Object.values(channelStates).every((s) => s !== 'down');
    // Which process this is and which one runs the schedules (several may share a PostgreSQL).
    const processInfo = instance
      ? { name: instance.name, leads: instance.isLeader(), leader: storeOk ? await instance.leader().catch(() => null) : null }
      : null;
    return reply.status(ok ? 200 : 503).send({
      status: ok ? 'ok' : 'degraded',
      store: storeOk ? 'ok' : 'down',
      engine: store.dialect === 'postgres' ? 'postgresql' : 'sqlite',
      instance: processInfo,
      channels: channelStates,
      backlog: runtime.backlog,
      outbox,
      staff,
      triage,
      // The time limits' holiday calendar: a warning when today's year is past its data (status stays ok).
      calendar: calendarHealth(store, new Date()),
    });
  });
};
