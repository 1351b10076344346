import type { AnnouncementDeps } from '../../services/announcements';
import type { CollectionDeps } from '../../services/collections';

/** What the console's plugins need: the announcement deps (store, clock, running channels) and the sender's kick. */
export interface ConsoleDeps extends AnnouncementDeps {
  /** GRIDBOT_ADMIN_TOKEN: signs in as the office. */
  adminToken?: string;
  /** Sends queued messages now (after a ticket action or a roster import). */
  kickOutbox: () => void;
  /** The collection verbs' deps (settings, clock): the console starts and closes through them. */
  collections: CollectionDeps;
  ticketLink?: (ticketId: number) => string | null;
}
