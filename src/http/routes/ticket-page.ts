import type { FastifyPluginAsync } from 'fastify';
import { HIDDEN } from '../openapi';
import type { Store } from '../../store/db';
import { LINK_TTL_MS, type TicketLinks } from '../../services/links';
import { ticketById } from '../../store/repos/tickets';
import { ticketDetailText } from '../../services/tickets/queries';
import { ticketPage, ticketPageExpired, ticketPageMissing, ticketPageRefused } from '../../templates/ticket-page';

interface Opts {
  store: Store;
  links: TicketLinks;
}

/** GET /t/:id?s=… — the page behind a WeCom card's link. The signature is the permission. */
export const ticketPageRoutes: FastifyPluginAsync<Opts> = async (app, { store, links }) => {
  app.get<{ Params: { id: string }; Querystring: { e?: string; s?: string } }>('/t/:id', { schema: HIDDEN }, async (req, reply) => {
    const id = Number(req.params.id);
    // Residents' phone numbers are on the page: no caching, no referrer, no indexing.
    const html = (status: number, body: string) =>
      reply
        .status(status)
        .headers({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'x-robots-tag': 'noindex' })
        .type('text/html; charset=utf-8')
        .send(body);
    const check = Number.isSafeInteger(id) && id > 0 ? links.verify(id, req.query.e ?? '', req.query.s ?? '') : 'invalid';
    if (check === 'invalid') return html(403, ticketPageRefused());
    if (check === 'expired') return html(410, ticketPageExpired(id, Math.round(LINK_TTL_MS / 86_400_000)));
    const ticket = await ticketById(store.db, id);
    if (!ticket) return html(404, ticketPageMissing(id));
    return html(200, ticketPage(id, await ticketDetailText(store.db, ticket)));
  });
};
