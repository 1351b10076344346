import type { FastifyPluginAsync } from 'fastify';
import type { AnnouncementDeps } from '../../../services/announcements';
import { bearerAuth } from '../../plugins/auth';
import { announcementRoutes } from './announcements';
import { templateRoutes } from './templates';
import { ticketRoutes } from './tickets';
import { statsRoutes } from './stats';
import { collectionRoutes } from './collections';
import type { CollectionDeps } from '../../../services/collections';
import { buildingRoutes } from './buildings';
import { reportRoutes } from './reports';

export interface ApiOptions {
  deps: AnnouncementDeps;
  collections: CollectionDeps;
  adminToken?: string;
}

/**
 * The authenticated JSON API, registered under /api. The auth hook is added
 * in this plugin's context, so it covers every route below and nothing else
 * (the simulator and health routes stay open).
 */
export const apiRoutes: FastifyPluginAsync<ApiOptions> = async (app, opts) => {
  app.addHook('onRequest', bearerAuth({ store: opts.deps.store, adminToken: opts.adminToken }));
  await app.register(announcementRoutes, { deps: opts.deps });
  await app.register(templateRoutes);
  await app.register(ticketRoutes, { store: opts.deps.store, now: opts.deps.now });
  await app.register(statsRoutes, { store: opts.deps.store, now: opts.deps.now });
  await app.register(collectionRoutes, { deps: opts.collections });
  await app.register(buildingRoutes, { store: opts.deps.store, now: opts.deps.now });
  await app.register(reportRoutes, { store: opts.deps.store, now: opts.deps.now });
};
