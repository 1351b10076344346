import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Store } from '../store/db';
import { settings } from '../store/schema';

/**
 * Signed links to a ticket's page, for WeCom cards: a worker taps the card on
 * a phone and sees the ticket without logging in. The signature is the
 * capability, so it is an HMAC over the ticket id with a secret the app keeps
 * in its own store (created once), or GRIDBOT_LINK_SECRET when given.
 */
export interface TicketLinks {
  url(ticketId: number): string;
  verify(ticketId: number, signature: string): boolean;
}

const SECRET_KEY = 'ticket_link_secret';

export function linkSecret(store: Store, configured?: string): string {
  if (configured) return configured;
  const row = store.db.select().from(settings).where(eq(settings.key, SECRET_KEY)).get();
  if (row) return row.value;
  const value = randomBytes(32).toString('hex');
  store.db.insert(settings).values({ key: SECRET_KEY, value }).onConflictDoNothing().run();
  // Another process may have won the insert: read back what is stored.
  return store.db.select().from(settings).where(eq(settings.key, SECRET_KEY)).get()!.value;
}

export function createTicketLinks(publicUrl: string, secret: string): TicketLinks {
  const base = publicUrl.replace(/\/+$/, '');
  const sign = (id: number) => createHmac('sha256', secret).update(`ticket:${id}`).digest('base64url').slice(0, 22);
  return {
    url: (id) => `${base}/t/${id}?s=${sign(id)}`,
    verify: (id, signature) => {
      const expected = Buffer.from(sign(id));
      const given = Buffer.from(signature);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
