import type { FastifyPluginAsync } from 'fastify';
import type { Store } from '../../store/db';
import type { TicketLinks } from '../../services/links';
import { ticketById } from '../../store/repos/tickets';
import { ticketDetailText } from '../../services/tickets/queries';
import { ticketPage, ticketPageMissing, ticketPageRefused } from '../../templates/ticket-page';

interface Opts {
  store: Store;
  links: TicketLinks;
}

/** GET /t/:id?s=… — the page behind a WeCom card's link. The signature is the permission. */
export const ticketPageRoutes: FastifyPluginAsync<Opts> = async (app, { store, links }) => {
  app.get<{ Params: { id: string }; Querystring: { s?: string } }>('/t/:id', async (req, reply) => {
    const id = Number(req.params.id);
    const html = (status: number, body: string) => reply.status(status).type('text/html; charset=utf-8').send(body);
    if (!Number.isSafeInteger(id) || id <= 0 || !links.verify(id, req.query.s ?? '')) return html(403, ticketPageRefused());
    const ticket = ticketById(store.db, id);
    if (!ticket) return html(404, ticketPageMissing(id));
    return html(200, ticketPage(id, ticketDetailText(store.db, ticket)));
  });
};
